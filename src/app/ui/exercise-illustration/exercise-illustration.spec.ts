import { ComponentFixture, TestBed } from '@angular/core/testing';
import { catalogueExercise } from '@domain/exercises/catalogue';
import { ExerciseIllustration, type PicturedExercise } from './exercise-illustration';

describe('ExerciseIllustration', () => {
  let fixture: ComponentFixture<ExerciseIllustration>;

  function show(exercise: PicturedExercise, size: 'small' | 'large' = 'large'): HTMLElement {
    fixture = TestBed.createComponent(ExerciseIllustration);
    fixture.componentRef.setInput('exercise', exercise);
    fixture.componentRef.setInput('size', size);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('draws a catalogue exercise as an SVG image with its text alternative', () => {
    const el = show(catalogueExercise('glute-bridge')!);
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('Lying on back, knees bent; lift the hips');
    expect(svg.querySelector('title')?.textContent).toContain('Glute bridge');
  });

  it('draws a custom exercise from its chosen pose, mirrored when asked', () => {
    const base = {
      ...catalogueExercise('wall-sit')!,
      id: 'c1',
      name: 'Our wall sit',
      basedOn: null,
    };
    const plain = show({ ...base, poseFrom: 'wall-sit' }).innerHTML;
    const mirrored = show({ ...base, poseFrom: 'wall-sit', mirrorPose: true }).innerHTML;
    expect(plain).toContain('Our wall sit');
    expect(mirrored).not.toEqual(plain);
  });

  it('shows an uploaded picture instead of the drawing, with alt text', () => {
    const el = show({
      ...catalogueExercise('clamshell')!,
      id: 'c2',
      name: 'Photo clam',
      imageUrl: '/api/exercises/c2/image?v=1',
    });
    const img = el.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/api/exercises/c2/image?v=1');
    expect(img.alt).toBe('Photo clam: picture from the clinic.');
    expect(el.querySelector('svg')).toBeNull();
  });

  it('says there is no picture for a custom exercise with neither pose nor upload', () => {
    const el = show(
      { ...catalogueExercise('clamshell')!, id: 'c3', name: 'New', basedOn: null },
      'small',
    );
    expect(el.textContent).toContain('No picture yet');
    expect(el.classList).toContain('small');
  });
});

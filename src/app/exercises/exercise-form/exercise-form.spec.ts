import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { createCustomExerciseRequest } from '@domain/contracts/exercises';
import { catalogueExercise } from '@domain/exercises/catalogue';
import { copyAsCustom } from '@domain/exercises/copy-exercise';
import { customExercise } from '../../../testing/sample-exercises';
import { ExerciseForm } from './exercise-form';
import {
  ExerciseFormGroup,
  createExerciseForm,
  fillExerciseForm,
  formValueOf,
} from './exercise-form-model';

describe('ExerciseForm', () => {
  let fixture: ComponentFixture<ExerciseForm>;
  let element: HTMLElement;
  let form: ExerciseFormGroup;
  let submitted: jasmine.Spy;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    form = createExerciseForm();
    fixture = TestBed.createComponent(ExerciseForm);
    fixture.componentRef.setInput('form', form);
    fixture.componentRef.setInput('ladderChoices', [
      {
        label: 'Quadriceps',
        exercises: [
          { id: 'step-up', name: 'Step-up' },
          { id: customExercise().id, name: 'Step-up with a pause' },
        ],
      },
    ]);
    submitted = jasmine.createSpy('submitted');
    fixture.componentInstance.submitted.subscribe(submitted);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  /** A button by its label, leaving out its icon. */
  function button(label: string): HTMLButtonElement {
    const found = [...element.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) =>
        (candidate.querySelector('.mdc-button__label') ?? candidate).textContent!.trim() === label,
    );
    if (!found) throw new Error(`No button "${label}"`);
    return found;
  }

  async function click(label: string): Promise<void> {
    button(label).click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }

  function field(label: string): HTMLElement {
    const found = [...element.querySelectorAll<HTMLElement>('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent!.trim() === label,
    );
    if (!found) throw new Error(`No field "${label}"`);
    return found;
  }

  function errorOf(label: string): string {
    return field(label).querySelector('mat-error')?.textContent!.trim() ?? '';
  }

  async function fill(value = formValueOf(copyAsCustom(catalogueExercise('goblet-squat')!))) {
    fillExerciseForm(form, value);
    await fixture.whenStable();
  }

  it('groups every field of an exercise', async () => {
    const legends = [...element.querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).toEqual([
      'About the exercise',
      'Muscles and equipment',
      'Steps',
      'Cues',
      'Common mistakes',
      'Cautions by diagnosis',
      'Default dose',
      'Progression ladder',
      'Picture',
    ]);
  });

  it('previews the picture drawn from the chosen catalogue pose, mirrored when asked', async () => {
    const picture = () => element.querySelector('.picture svg[role="img"]')?.outerHTML;
    expect(picture()).toBeUndefined();
    form.controls.poseFrom.setValue('wall-sit');
    fixture.detectChanges();
    const facingRight = picture();
    expect(facingRight).toContain('This exercise, start and end positions.');
    form.controls.mirrorPose.setValue(true);
    fixture.detectChanges();
    expect(picture()).not.toEqual(facingRight);
  });

  it("shows the contract's messages beside each field of a blank exercise, and sends nothing", async () => {
    await click('Save exercise');
    expect(errorOf('Name')).toBe('Name the exercise.');
    expect(errorOf('Program section')).toBe(
      'Choose a section: Quadriceps, Hamstrings, Glutes & hip or Other.',
    );
    expect(errorOf('Main muscle groups')).toBe('Choose at least one main muscle group.');
    expect(errorOf('Step 1')).toBe('Write each step, or remove the empty one.');
    expect(errorOf('Cue 2')).toBe('Write each cue, or remove the empty one.');
    expect(errorOf('Mistake 1')).toBe('Write each mistake, or remove the empty one.');
    expect(submitted).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(field('Name').querySelector('input'));
  });

  it('shows a rule across fields beside the field it names', async () => {
    await fill({
      ...formValueOf(copyAsCustom(catalogueExercise('goblet-squat')!)),
      laterality: 'unilateral',
    });
    await click('Save exercise');
    expect(errorOf('Side')).toBe(
      'A one-legged exercise is done on each side, one side or alternating.',
    );
    expect(submitted).not.toHaveBeenCalled();
  });

  it('sends the exercise as the contract reads it', async () => {
    const copy = copyAsCustom(catalogueExercise('goblet-squat')!);
    await fill(formValueOf(copy));
    await click('Save exercise');
    expect(submitted).toHaveBeenCalledOnceWith(createCustomExerciseRequest.parse(copy));
  });

  it('adds and removes steps within 3 to 6', async () => {
    const addStep = () => button('Add a step');
    const removeStep = (n: number) =>
      element.querySelector<HTMLButtonElement>(`button[aria-label="Remove step ${n}"]`)!;
    expect(removeStep(1).disabled).toBeTrue();
    for (let i = 0; i < 3; i++) {
      addStep().click();
      await fixture.whenStable();
    }
    expect(form.controls.steps.length).toBe(6);
    expect(addStep().disabled).toBeTrue();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement).toBe(element.querySelector('#steps-5'));
    form.controls.steps.at(4).setValue('Fifth');
    removeStep(1).click();
    await fixture.whenStable();
    expect(form.controls.steps.length).toBe(5);
    expect(form.controls.steps.at(3).value).toBe('Fifth');
    expect(form.dirty).toBeTrue();
  });

  it('adds a caution with its diagnoses, text and source', async () => {
    expect(element.textContent).toContain('No cautions.');
    await click('Add a caution');
    expect(form.controls.precautions.length).toBe(1);
    await click('Save exercise');
    expect(errorOf('For these diagnoses')).toBe('Choose the diagnoses this caution is for.');
    expect(errorOf('Caution')).toBe('Write the caution.');
    expect(errorOf('Source')).toBe('Give the source of the caution.');
    await click('Remove caution 1');
    expect(form.controls.precautions.length).toBe(0);
  });

  it('asks for what the chosen load needs', async () => {
    await fill();
    expect(field('Kilograms').querySelector('input')!.value).toBe('8');
    form.controls.defaultDose.controls.load.controls.kind.setValue('band');
    await fixture.whenStable();
    expect(element.querySelector('mat-label')).not.toBeNull();
    expect(() => field('Kilograms')).toThrow();
    await click('Save exercise');
    expect(errorOf('Band colour')).toBe('Choose a band colour.');
  });

  it("shows the server's messages beside the fields, and its summary above the buttons", async () => {
    await fill();
    fixture.componentRef.setInput('fieldErrors', {
      'steps.1': ['A step is at most 200 characters.'],
      'defaultDose.restSeconds': ['Enter a rest of 0 to 600 seconds.'],
      _form: ['Check the highlighted fields.'],
    });
    await fixture.whenStable();
    expect(errorOf('Step 2')).toBe('A step is at most 200 characters.');
    expect(errorOf('Rest')).toBe('Enter a rest of 0 to 600 seconds.');
    expect(element.querySelector('[role="alert"]')!.textContent).toContain(
      'Check the highlighted fields.',
    );
  });

  it('says why a save failed and retries it', async () => {
    await fill();
    fixture.componentRef.setInput('failure', "Stride Rx can't reach the server.");
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')!.textContent).toContain(
      "Couldn't save the exercise. Stride Rx can't reach the server.",
    );
    await click('Retry');
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('never offers an exercise as its own regression or progression', async () => {
    fixture.componentRef.setInput('exerciseId', customExercise().id);
    await fixture.whenStable();
    field('Progression (one step harder)').querySelector<HTMLElement>('mat-select')!.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll('mat-option')].map((o) => o.textContent!.trim());
    expect(options).toEqual(['None', 'Step-up']);
  });
});

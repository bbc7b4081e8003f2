import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import type { Diagnosis } from '@domain/contracts/patients';
import type { Exercise } from '@domain/exercises/exercise';
import { catalogueResponse, customExercise } from '../../../testing/sample-exercises';
import { ExerciseDetail } from './exercise-detail';

const ladderIds = [
  'wall-sit',
  'bodyweight-squat',
  'goblet-squat',
  'split-squat',
  'bulgarian-split-squat',
];

describe('ExerciseDetail', () => {
  let fixture: ComponentFixture<ExerciseDetail>;
  let detail: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  async function render(
    exercise: ExerciseResponse,
    inputs: { ladder?: Exercise[]; basedOnName?: string; diagnosis?: Diagnosis } = {},
  ): Promise<void> {
    fixture = TestBed.createComponent(ExerciseDetail);
    fixture.componentRef.setInput('exercise', exercise);
    if (inputs.ladder) fixture.componentRef.setInput('ladder', inputs.ladder);
    if (inputs.basedOnName) fixture.componentRef.setInput('basedOnName', inputs.basedOnName);
    if (inputs.diagnosis) fixture.componentRef.setInput('diagnosis', inputs.diagnosis);
    detail = fixture.nativeElement;
    await fixture.whenStable();
  }

  function section(heading: string): HTMLElement {
    const h3 = [...detail.querySelectorAll('h3')].find((h) => h.textContent!.trim() === heading);
    if (!h3) throw new Error(`No section "${heading}"`);
    return h3.closest('section')!;
  }

  function pairs(list: Element): Record<string, string> {
    const terms = [...list.querySelectorAll('dt')];
    return Object.fromEntries(
      terms.map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]),
    );
  }

  function texts(selector: string, within: Element = detail): string[] {
    return [...within.querySelectorAll(selector)].map((e) => e.textContent!.trim());
  }

  it('names a catalogue exercise as read-only and offers a copy', async () => {
    await render(catalogueResponse('goblet-squat'));
    expect(detail.querySelector('h2')!.textContent).toBe('Goblet squat');
    expect(detail.querySelector('.origin')!.textContent!.trim()).toBe(
      'Catalogue exercise · read-only',
    );
    const copy = [...detail.querySelectorAll('a')].find((a) => a.textContent!.includes('Copy'))!;
    expect(copy.textContent!.trim()).toContain('Copy as custom');
    expect(copy.getAttribute('href')).toBe('/exercises/new?copyOf=goblet-squat');
    expect(texts('a').some((text) => text.includes('Edit'))).toBeFalse();
  });

  it('offers Edit for the clinic’s own exercise, and links the one it was copied from', async () => {
    const custom = customExercise();
    await render(custom, { basedOnName: 'Step-up' });
    expect(detail.querySelector('.origin')!.textContent).toContain("Clinic's own exercise");
    const basedOn = detail.querySelector<HTMLAnchorElement>('.origin a')!;
    expect(basedOn.textContent).toBe('Step-up');
    expect(basedOn.getAttribute('href')).toBe('/exercises/step-up');
    const edit = [...detail.querySelectorAll('a')].find((a) => a.textContent!.includes('Edit'))!;
    expect(edit.getAttribute('href')).toBe(`/exercises/${custom.id}/edit`);
    expect(texts('a').some((text) => text.includes('Copy as custom'))).toBeFalse();
  });

  it('shows what it works, with what, how and how hard', async () => {
    await render(catalogueResponse('goblet-squat'));
    expect(pairs(detail.querySelector('.facts')!)).toEqual({
      'Main muscle groups': 'Quadriceps, Glutes: hip extensors',
      'Also works': 'Hamstrings, Trunk',
      Equipment: 'Kettlebell',
      Position: 'Standing',
      Legs: 'Both legs together',
      Difficulty: '3 of 5 · Moderate',
      'Program section': 'Quadriceps',
    });
  });

  it('numbers the steps and lists the cues and common mistakes', async () => {
    const squat = catalogueResponse('goblet-squat');
    await render(squat);
    const steps = section('Steps');
    expect(steps.querySelector('ol')).not.toBeNull();
    expect(texts('li', steps)).toEqual(squat.steps);
    expect(texts('li', section('Cues'))).toEqual(squat.cues);
    expect(texts('li', section('Common mistakes'))).toEqual(squat.mistakes);
  });

  it('shows the cautions by diagnosis with their source, the chosen diagnosis first to the eye', async () => {
    await render(catalogueResponse('goblet-squat'), { diagnosis: 'meniscus_nonop' });
    const cautions = [...section('Cautions by diagnosis').querySelectorAll('.caution')];
    expect(cautions.length).toBe(2);
    expect(cautions[0].querySelector('.caution-diagnoses span')!.textContent).toBe(
      'Meniscus tear, non-operative; Meniscus tear, after surgery',
    );
    expect(cautions[0].textContent).toContain('do not bend your knee past a right angle');
    expect(cautions[0].querySelector('.source')!.textContent).toBe(
      'Source: [practice] meniscus rehabilitation',
    );
    expect(cautions.map((c) => c.classList.contains('concerns'))).toEqual([true, false]);
    expect(cautions[0].textContent).toContain(
      'Applies to the diagnosis the library is filtered for.',
    );
    expect(cautions[1].textContent).not.toContain('Applies to');
  });

  it('says when an exercise has no cautions', async () => {
    await render(catalogueResponse('clamshell'));
    expect(section('Cautions by diagnosis').textContent).toContain(
      'No cautions for any diagnosis.',
    );
  });

  it('gives the default dose in plain words, with what it leaves out', async () => {
    await render(catalogueResponse('goblet-squat'));
    const dose = section('Default dose');
    expect(pairs(dose.querySelector('dl')!)).toEqual(
      jasmine.objectContaining({
        'Sets and repetitions': '3 sets of 10 repetitions',
        Load: '8 kg',
        Rest: '60 seconds between sets',
        'How often': '3 days a week',
        For: '6 weeks',
      }),
    );
    expect(dose.querySelector('.completeness')!.textContent).toBe('Complete: all 8 parts named.');
  });

  it('shows the ladder, easiest first, each rung a link to that exercise', async () => {
    await render(catalogueResponse('goblet-squat'), {
      ladder: ladderIds.map(catalogueResponse),
    });
    const ladder = section('Progression ladder');
    const rungs = [...ladder.querySelectorAll('.ladder li')];
    expect(rungs.length).toBe(5);
    const current = ladder.querySelector('[aria-current="step"]')!;
    expect(current.textContent).toBe('Goblet squat');
    expect(current.closest('a')).toBeNull();
    const links = [...ladder.querySelectorAll<HTMLAnchorElement>('.ladder a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/exercises/wall-sit',
      '/exercises/bodyweight-squat',
      '/exercises/split-squat',
      '/exercises/bulgarian-split-squat',
    ]);
    expect(texts('.place', rungs[1])).toEqual(['Regression']);
    expect(texts('.place', rungs[3])).toEqual(['Progression']);
    expect(texts('.place', rungs[0])).toEqual([]);
  });

  it('says when an exercise is on no ladder', async () => {
    const alone = catalogueResponse('pallof-press');
    await render(alone, { ladder: [alone] });
    expect(section('Progression ladder').textContent).toContain('Not on a progression ladder.');
  });

  it('moves reading to the exercise name when asked', async () => {
    await render(catalogueResponse('clamshell'));
    fixture.componentInstance.focusHeading();
    expect(document.activeElement).toBe(detail.querySelector('h2'));
  });

  it('shows the start and end picture beside the facts, with its text alternative', async () => {
    await render(catalogueResponse('clamshell'));
    const picture = detail.querySelector('.illustration svg[role="img"]')!;
    expect(picture.getAttribute('aria-label')).toContain('Clamshell, start and end positions.');
    expect(picture.getAttribute('aria-label')).toContain('lift the top knee');
  });
});

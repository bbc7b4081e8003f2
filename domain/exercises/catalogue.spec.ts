import { completeness } from '../programs/completeness';
import { catalogue, catalogueExercise } from './catalogue';
import { exercise } from './exercise';
import { isSlug } from './exercise-id';
import { ladderProblems } from './ladders';

describe('exercise catalogue', () => {
  it('holds at least 45 exercises', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(45);
  });

  it('gives every exercise a unique slug id', () => {
    const ids = catalogue.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !isSlug(id))).toEqual([]);
  });

  it('passes the same checks a clinic custom exercise must pass, unchanged by parsing', () => {
    for (const e of catalogue) {
      const parsed = exercise.safeParse(e);
      expect(parsed.success)
        .withContext(`${e.id}: ${JSON.stringify(parsed.error?.issues)}`)
        .toBeTrue();
      expect(parsed.data).withContext(e.id).toEqual(e);
    }
  });

  it('gives every exercise 3 to 6 steps and 2 or 3 cues', () => {
    for (const e of catalogue) {
      expect(e.steps.length).withContext(e.id).toBeGreaterThanOrEqual(3);
      expect(e.steps.length).withContext(e.id).toBeLessThanOrEqual(6);
      expect(e.cues.length).withContext(e.id).toBeGreaterThanOrEqual(2);
      expect(e.cues.length).withContext(e.id).toBeLessThanOrEqual(3);
      expect(e.mistakes.length).withContext(e.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('writes steps as short sentences a patient can follow (each ends with a full stop, at most 25 words)', () => {
    for (const e of catalogue) {
      for (const text of [...e.steps, ...e.cues, ...e.mistakes]) {
        expect(text)
          .withContext(e.id)
          .toMatch(/^[A-Z].*\.$/);
        expect(text.split(/\s+/).length).withContext(`${e.id}: ${text}`).toBeLessThanOrEqual(25);
      }
    }
  });

  it('has no ladder link to a missing exercise, no one-way link and no loop', () => {
    expect(ladderProblems(catalogue)).toEqual([]);
  });

  it('links every progression back: A progresses to B exactly when B regresses to A', () => {
    for (const e of catalogue) {
      if (e.progressionId)
        expect(catalogueExercise(e.progressionId)?.regressionId).withContext(e.id).toBe(e.id);
      if (e.regressionId)
        expect(catalogueExercise(e.regressionId)?.progressionId).withContext(e.id).toBe(e.id);
    }
  });

  it('never makes a progression easier than the exercise before it', () => {
    for (const e of catalogue.filter((x) => x.progressionId)) {
      expect(catalogueExercise(e.progressionId!)!.difficulty)
        .withContext(e.id)
        .toBeGreaterThanOrEqual(e.difficulty);
    }
  });

  it('keeps each ladder inside one program section, so Progress never moves a row', () => {
    for (const e of catalogue.filter((x) => x.progressionId)) {
      expect(catalogueExercise(e.progressionId!)!.section).withContext(e.id).toBe(e.section);
    }
  });

  it('starts every exercise at a complete prescription (Holden 2018)', () => {
    for (const e of catalogue) {
      expect(completeness(e.defaultDose).missing).withContext(e.id).toEqual([]);
    }
  });

  it('works every muscle group runners need as a main group', () => {
    const main = new Set(catalogue.flatMap((e) => e.primaryMuscles));
    for (const group of [
      'quadriceps',
      'hamstrings',
      'hip_extensors',
      'hip_abductors',
      'calf',
      'trunk',
    ] as const) {
      expect(main.has(group)).withContext(group).toBeTrue();
    }
  });

  it("includes the seed story's strength exercises: squats, lunges, leg press, step-ups, bridges, clamshells", () => {
    const names = catalogue.map((e) => e.name.toLowerCase()).join('\n');
    for (const word of ['squat', 'lunge', 'leg press', 'step-up', 'bridge', 'clamshell']) {
      expect(names).withContext(word).toContain(word);
    }
  });

  it('uses every kind of equipment somewhere', () => {
    const used = new Set(catalogue.flatMap((e) => e.equipment));
    expect([...used].sort()).toEqual([
      'ball',
      'band',
      'dumbbell',
      'kettlebell',
      'machine',
      'none',
      'step_box',
      'wall',
    ]);
  });

  it('finds an exercise by id and nothing for an unknown id', () => {
    expect(catalogueExercise('goblet-squat')?.name).toBe('Goblet squat');
    expect(catalogueExercise('moon-walk')).toBeUndefined();
  });
});

import { createCustomExerciseRequest } from '@domain/contracts/exercises';
import { catalogue, catalogueExercise } from '@domain/exercises/catalogue';
import { copyAsCustom } from '@domain/exercises/copy-exercise';
import { customExercise } from '../../../testing/sample-exercises';
import {
  ExerciseFormValue,
  blankExercise,
  createExerciseForm,
  differences,
  fillExerciseForm,
  formValue,
  formValueOf,
  listLimits,
  mergeEdits,
  parseExercise,
  toUpdateRequest,
} from './exercise-form-model';

const copyOf = (id: string) => formValueOf(copyAsCustom(catalogueExercise(id)!));

function problemsOf(value: ExerciseFormValue): Record<string, string[]> {
  const parsed = parseExercise(value);
  if (parsed.ok) throw new Error('Expected the contract to refuse the exercise.');
  return parsed.problems;
}

describe('exercise form model', () => {
  it("takes each list's length from the contract", () => {
    expect(listLimits).toEqual({
      steps: { min: 3, max: 6 },
      cues: { min: 2, max: 3 },
      mistakes: { min: 1, max: 4 },
      precautions: { min: 0, max: 4 },
    });
  });

  it('starts a new exercise with its shortest lists and the ACSM novice dose', () => {
    const blank = blankExercise();
    expect(blank.steps).toEqual(['', '', '']);
    expect(blank.cues).toEqual(['', '']);
    expect(blank.mistakes).toEqual(['']);
    expect(blank.defaultDose).toEqual(
      jasmine.objectContaining({
        sets: 3,
        reps: 10,
        tempo: '2-0-2',
        load: { kind: 'body_weight', amount: null, colour: null, rpe: null },
        frequency: { kind: 'days_per_week', days: 3, weekdays: [] },
        progression: { kind: 'double_progression', text: '' },
      }),
    );
  });

  it('sends a copy of every catalogue exercise exactly as the contract reads it', () => {
    for (const exercise of catalogue) {
      const copy = copyAsCustom(exercise);
      const parsed = parseExercise(formValueOf(copy));
      expect(parsed)
        .withContext(exercise.id)
        .toEqual({
          ok: true,
          request: createCustomExerciseRequest.parse(copy),
        });
    }
  });

  it('sends the chosen picture pose and mirroring, and nothing for them when none is chosen', () => {
    const chosen = parseExercise({
      ...copyOf('clamshell'),
      poseFrom: 'side-plank',
      mirrorPose: true,
    });
    expect(chosen.ok && chosen.request.poseFrom).toBe('side-plank');
    expect(chosen.ok && chosen.request.mirrorPose).toBeTrue();
    const plain = parseExercise(copyOf('clamshell'));
    expect(plain.ok && 'poseFrom' in plain.request).toBeFalse();
    expect(plain.ok && 'mirrorPose' in plain.request).toBeFalse();
  });

  it('keeps a band, an effort, chosen weekdays and an own criterion through the form', () => {
    const value = copyOf('banded-clamshell');
    value.defaultDose.frequency = { kind: 'weekdays', days: null, weekdays: ['fri', 'mon'] };
    value.defaultDose.progression = { kind: 'custom', text: 'When 20 are easy.' };
    const parsed = parseExercise(value);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.request.defaultDose!.load).toEqual({ kind: 'band', colour: jasmine.any(String) });
    expect(parsed.request.defaultDose!.frequency).toEqual({
      kind: 'weekdays',
      weekdays: ['mon', 'fri'],
    });
    expect(parsed.request.defaultDose!.progression).toEqual({
      kind: 'custom',
      text: 'When 20 are easy.',
    });
    expect(toUpdateRequest(parsed.request, 4).version).toBe(4);
  });

  it('refuses a blank exercise with a message for each field, by its form path', () => {
    const problems = problemsOf(blankExercise());
    expect(problems['name']).toEqual(['Name the exercise.']);
    expect(problems['steps.0']).toEqual(['Write each step, or remove the empty one.']);
    expect(problems['cues.1']).toEqual(['Write each cue, or remove the empty one.']);
    expect(problems['primaryMuscles']).toEqual(['Choose at least one main muscle group.']);
    expect(problems['position']).toEqual(['Choose the starting position.']);
    expect(problems['difficulty']).toEqual(['Choose a difficulty from 1 to 5.']);
  });

  it('checks the rules across fields, and the chosen load', () => {
    const oneLegged = { ...copyOf('goblet-squat'), laterality: 'unilateral' as const };
    expect(problemsOf(oneLegged)['defaultDose.side']).toEqual([
      'A one-legged exercise is done on each side, one side or alternating.',
    ]);
    const noKilos = copyOf('goblet-squat');
    noKilos.defaultDose.load = { kind: 'kg', amount: null, colour: null, rpe: null };
    expect(problemsOf(noKilos)['defaultDose.load.amount']).toEqual([
      'Enter a load from 0.5 to 300 kg.',
    ]);
  });

  describe('the form', () => {
    it('checks each field by its contract as it is typed', () => {
      const form = createExerciseForm();
      expect(form.controls.name.errors).toEqual({ contract: ['Name the exercise.'] });
      form.controls.name.setValue('Slow step-up');
      expect(form.controls.name.errors).toBeNull();
      form.controls.steps.at(0).setValue('x'.repeat(201));
      expect(form.controls.steps.at(0).errors).toEqual({
        contract: ['A step is at most 200 characters.'],
      });
      form.controls.defaultDose.controls.tempo.setValue('fast');
      expect(form.controls.defaultDose.controls.tempo.errors).toEqual({
        contract: ['Write the tempo as seconds down-pause-up, like 2-0-2.'],
      });
    });

    it('checks a load amount only while kilograms or pounds are chosen', () => {
      const form = createExerciseForm();
      const load = form.controls.defaultDose.controls.load.controls;
      expect(load.amount.errors).toBeNull();
      load.kind.setValue('lb');
      expect(load.amount.errors).toEqual({ contract: ['Enter a load from 1 to 660 lb.'] });
      load.amount.setValue(20);
      expect(load.amount.errors).toBeNull();
      load.kind.setValue('band');
      expect(load.amount.errors).toBeNull();
      expect(load.colour.errors).toEqual({ contract: ['Choose a band colour.'] });
    });

    it('checks a list’s length apart from its items', () => {
      const form = createExerciseForm();
      expect(form.controls.steps.errors).toBeNull();
      form.controls.steps.removeAt(0);
      expect(form.controls.steps.errors).toEqual({ contract: ['Give 3 to 6 steps.'] });
    });

    it('takes in a whole exercise, lists of any length included', () => {
      const form = createExerciseForm();
      const custom = formValueOf(customExercise());
      custom.precautions = [
        { diagnoses: ['itbs'], text: 'Stop if it burns.', source: 'Clinic practice' },
      ];
      fillExerciseForm(form, custom);
      expect(form.controls.steps.length).toBe(5);
      expect(form.controls.precautions.length).toBe(1);
      expect(formValue(form)).toEqual(custom);
      expect(form.valid).toBeTrue();
      expect(form.dirty).toBeFalse();
    });
  });

  describe('after someone else saved', () => {
    const base = formValueOf(customExercise());
    const saved = { ...base, name: 'Step-up, colleague', cues: ['Slow.', 'Tall.'] };
    const mine = { ...base, difficulty: 3 as const, cues: ['Mine.', 'Also mine.'] };

    it('keeps the fields I changed and theirs elsewhere', () => {
      const merged = mergeEdits(saved, mine, base);
      expect(merged.name).toBe('Step-up, colleague');
      expect(merged.difficulty).toBe(3);
      expect(merged.cues).toEqual(['Mine.', 'Also mine.']);
    });

    it('shows where the saved exercise and mine differ, in words', () => {
      const found = differences(saved, mine, base, (id) =>
        id === 'lateral-step-down' ? 'Lateral step-down' : undefined,
      );
      expect(found).toEqual([
        {
          field: 'name',
          label: 'Name',
          saved: 'Step-up, colleague',
          yours: 'Step-up with a pause',
          kept: 'Step-up, colleague',
        },
        {
          field: 'difficulty',
          label: 'Difficulty',
          saved: '2 · Easy',
          yours: '3 · Moderate',
          kept: '3 · Moderate',
        },
        {
          field: 'cues',
          label: 'Cues',
          saved: 'Slow. · Tall.',
          yours: 'Mine. · Also mine.',
          kept: 'Mine. · Also mine.',
        },
      ]);
      const linked = differences(
        { ...saved, progressionId: null },
        mine,
        base,
        () => 'Lateral step-down',
      );
      expect(linked.find((d) => d.field === 'progressionId')).toEqual(
        jasmine.objectContaining({ saved: 'None', yours: 'Lateral step-down' }),
      );
    });
  });
});

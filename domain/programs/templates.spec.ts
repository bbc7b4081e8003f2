import { catalogueExercise } from '../exercises/catalogue';
import { completeness } from './completeness';
import { standardDose } from './dose';
import { precautionWarnings } from './precautions';
import { addItem, emptyProgram, programItems } from './program';
import { sessionEstimate } from './session-minutes';
import { applyTemplate, builtInTemplate, builtInTemplates, programTemplate } from './templates';

const exercisesOf = (id: string) =>
  programItems(builtInTemplate(id)!.program).map(({ item }) => ({
    item,
    exercise: catalogueExercise(item.exerciseId)!,
  }));

describe('built-in templates', () => {
  it('use only catalogue exercises and pass the template schema', () => {
    for (const t of builtInTemplates) {
      expect(programTemplate.safeParse(t).success).withContext(t.id).toBeTrue();
      for (const { item } of programItems(t.program)) {
        expect(catalogueExercise(item.exerciseId))
          .withContext(`${t.id} ${item.exerciseId}`)
          .toBeDefined();
      }
    }
  });

  it('show their sources, labelling common practice', () => {
    const citations = (id: string) =>
      builtInTemplate(id)!
        .sources.map((s) => s.citation)
        .join('; ');
    expect(citations('pfp-hip-knee')).toContain('Crossley et al. 2016');
    expect(citations('pfp-hip-knee')).toContain('Esculier et al. 2018');
    expect(citations('itbs-hip-abductors')).toContain('Fredericson et al. 2000');
    expect(builtInTemplate('itbs-hip-abductors')!.sources.every((s) => s.practice)).toBeTrue();
    expect(
      builtInTemplate('meniscus-nonop-flexion-limited')!.sources.every((s) => s.practice),
    ).toBeTrue();
  });

  it('prescribe complete doses (Holden 2018)', () => {
    for (const t of builtInTemplates) {
      for (const { item } of programItems(t.program)) {
        expect(completeness(item.dose).missing)
          .withContext(`${t.id} ${item.exerciseId}`)
          .toEqual([]);
      }
    }
  });

  it('raise no caution for the diagnoses they are meant for', () => {
    for (const t of builtInTemplates) {
      for (const diagnosis of t.diagnoses) {
        expect(precautionWarnings(t.program, diagnosis, catalogueExercise))
          .withContext(t.id)
          .toEqual([]);
      }
    }
  });

  it('are found by id', () => {
    expect(builtInTemplate('pfp-hip-knee')?.diagnoses).toEqual(['patellofemoral_pain']);
    expect(builtInTemplate('nope')).toBeUndefined();
  });
});

describe('patellofemoral pain template', () => {
  const items = exercisesOf('pfp-hip-knee');

  it('has both knee and hip exercises (Crossley 2016)', () => {
    const knee = items.filter(({ exercise }) => exercise.primaryMuscles.includes('quadriceps'));
    const hip = items.filter(({ exercise }) =>
      exercise.primaryMuscles.some((m) => m === 'hip_abductors' || m === 'hip_extensors'),
    );
    expect(knee.length).toBeGreaterThanOrEqual(1);
    expect(hip.length).toBeGreaterThanOrEqual(1);
    expect(
      builtInTemplate('pfp-hip-knee')!.program.sections.quadriceps.length,
    ).toBeGreaterThanOrEqual(1);
    expect(
      builtInTemplate('pfp-hip-knee')!.program.sections.glutes_hip.length,
    ).toBeGreaterThanOrEqual(1);
  });

  it('doses after Esculier 2018: 3–4 exercises 3 times a week within 20 minutes, plus one daily', () => {
    const weekly = items.filter(
      ({ item }) => item.dose.frequency?.kind === 'days_per_week' && item.dose.frequency.days === 3,
    );
    const daily = items.filter(
      ({ item }) => item.dose.frequency?.kind === 'days_per_week' && item.dose.frequency.days === 7,
    );
    expect(weekly.length).toBeGreaterThanOrEqual(3);
    expect(weekly.length).toBeLessThanOrEqual(4);
    expect(daily.length).toBe(1);
    expect(weekly.length + daily.length).toBe(items.length);
    expect(sessionEstimate(weekly.map(({ item }) => item.dose)).minutes).toBeLessThanOrEqual(20);
  });
});

describe('IT band syndrome template', () => {
  it('emphasises the hip abductors: at least half its exercises work them as a main muscle', () => {
    const items = exercisesOf('itbs-hip-abductors');
    const abductors = items.filter(({ exercise }) =>
      exercise.primaryMuscles.includes('hip_abductors'),
    );
    expect(abductors.length * 2).toBeGreaterThanOrEqual(items.length);
  });
});

describe('meniscus non-operative template', () => {
  it('holds no exercise cautioned for meniscus patients after surgery either', () => {
    const program = builtInTemplate('meniscus-nonop-flexion-limited')!.program;
    expect(precautionWarnings(program, 'meniscus_postop', catalogueExercise)).toEqual([]);
  });

  it('still works the quadriceps, hamstrings and hips', () => {
    const sections = builtInTemplate('meniscus-nonop-flexion-limited')!.program.sections;
    expect(sections.quadriceps.length).toBeGreaterThan(0);
    expect(sections.hamstrings.length).toBeGreaterThan(0);
    expect(sections.glutes_hip.length).toBeGreaterThan(0);
  });
});

describe('applying a template', () => {
  const template = builtInTemplate('pfp-hip-knee')!;

  it('replaces the program with a copy of the template', () => {
    const existing = addItem(emptyProgram(), 'other', {
      exerciseId: 'calf-raise',
      dose: standardDose(),
    });
    const applied = applyTemplate(existing, template, 'replace');
    expect(applied).toEqual(template.program);
    expect(applied.sections.quadriceps[0].dose).not.toBe(
      template.program.sections.quadriceps[0].dose,
    );
  });

  it('appends the template after what is there, with fresh ids', () => {
    const existing = addItem(emptyProgram(), 'quadriceps', {
      exerciseId: 'wall-sit',
      dose: standardDose(),
    });
    const applied = applyTemplate(existing, template, 'append');
    expect(applied.sections.quadriceps.map((i) => `${i.id} ${i.exerciseId}`)).toEqual([
      'i1 wall-sit',
      'i2 bodyweight-squat',
      'i3 step-up',
    ]);
    expect(programItems(applied).length).toBe(1 + programItems(template.program).length);
  });
});

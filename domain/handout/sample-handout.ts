import type { ExerciseResponse } from '../contracts/exercises';
import type { RunningPlanDto } from '../contracts/running';
import { swimBikePlan } from '../cross-training/sample-plan';
import { catalogue, catalogueExercise } from '../exercises/catalogue';
import { copyAsCustom } from '../exercises/copy-exercise';
import { builtInTemplate } from '../programs/templates';
import { generatePlan, withPlanDefaults } from '../training-load/plan-generator';
import { defaultHandoutOptions } from './handout-options';
import type { HandoutSources } from './handout-sources';

/** The clinic's own copy of the goblet squat, renamed: a custom exercise, so English only. */
export const customGoblet: ExerciseResponse = {
  ...copyAsCustom(catalogueExercise('goblet-squat')!),
  id: '6b1f3c1e-0a51-4c0e-9f5e-2d7f0c1b9a11',
  name: 'Goblet squat to a box',
  origin: 'custom',
  version: 1,
};

const library = new Map<string, ExerciseResponse>([
  ...catalogue.map((e): [string, ExerciseResponse] => [
    e.id,
    { ...e, origin: 'catalogue', basedOn: null, version: null },
  ]),
  [customGoblet.id, customGoblet],
]);

/** A 10 → 20 mi plan of 11 weeks from Monday 30 Nov 2026, the week the sample handout is printed. */
export function sampleMileagePlan(): Extract<RunningPlanDto, { kind: 'mileage' }> {
  const settings = withPlanDefaults({
    baselineMetres: 16093,
    targetMetres: 32187,
    startWeek: '2026-11-30',
    raceDate: null,
    unit: 'mi',
  });
  return {
    id: '0d8e6d0c-3f3b-4f43-9f0a-5a0f4d1a2b3c',
    version: 2,
    updatedAt: '2026-11-30T09:00:00.000Z',
    kind: 'mileage',
    settings,
    weeks: generatePlan(settings).weeks,
  };
}

/**
 * A runner with patellofemoral pain printed on Wednesday 2 Dec 2026: the built-in hip-and-knee program (version 3),
 * the swim + bike cross-training plan (version 1) and a mileage plan (version 2), every section, in English.
 */
export function sampleHandoutSources(changes: Partial<HandoutSources> = {}): HandoutSources {
  return {
    options: defaultHandoutOptions,
    clinic: { name: 'Riverside Physio', address: null, phone: '555-0100', logoUrl: null },
    patient: {
      firstName: 'Ana',
      lastName: 'Ruiz',
      diagnosis: 'patellofemoral_pain',
      diagnosisOther: null,
    },
    therapistName: 'Sam Lee',
    printedOn: '2026-12-02',
    program: { version: 3, program: structuredClone(builtInTemplate('pfp-hip-knee')!.program) },
    crossTraining: { version: 1, plan: swimBikePlan() },
    running: sampleMileagePlan(),
    exercise: (id) => library.get(id),
    ...changes,
  };
}

import { todayIso, type Diagnosis } from '@domain/contracts/patients';
import { catalogue, catalogueExercise } from '@domain/exercises/catalogue';
import { filterExercises } from '@domain/exercises/exercise-filter';
import {
  addItem,
  emptyProgram,
  programItems,
  updateItem,
  type Program,
} from '@domain/programs/program';
import { progress } from '@domain/programs/progress-regress';
import { applyTemplate, builtInTemplate, type ProgramTemplate } from '@domain/programs/templates';
import { addDays, daysBetween } from '@domain/training-load/calendar-weeks';
import type { NewPatient } from '../patients/repository';
import { programChangeSummary, templateAppliedSummary } from '@domain/programs/program-changes';
import { mulberry32 } from './random';

/**
 * The demo clinic's strength programs. Every active patient has one, made at the first visit from the built-in
 * template for their diagnosis (version 1); then, at a follow-up a week or so later, one exercise's dose progressed
 * (version 2, everyone in care a week or more); and for most patients in care three weeks or more, an exercise added
 * that suits their diagnosis (version 3). Change summaries are the ones the API writes for the same saves. Choices
 * come from a seeded generator and dates count back from the day of seeding: the same day gives the same programs.
 */

/** A demo patient as stored, with the id it was given. */
export type DemoProgramPatient = Pick<
  NewPatient,
  'clinicId' | 'therapistId' | 'status' | 'diagnosis' | 'startDate'
> & { id: string };

export interface DemoProgramVersion {
  program: Program;
  changeSummary: string;
  savedAt: Date;
}

export interface DemoProgram {
  patientId: string;
  clinicId: string;
  therapistId: string;
  templateId: string;
  /** Version 1 first. */
  versions: DemoProgramVersion[];
}

/**
 * The template for each diagnosis. Both meniscus diagnoses take the flexion-limited one (CLINICAL-RULES §4: no
 * loaded knee flexion past 90° early, non-operative or post-op); the rest start from hip and knee work.
 */
export const demoTemplateFor: Record<Diagnosis, string> = {
  patellofemoral_pain: 'pfp-hip-knee',
  itbs: 'itbs-hip-abductors',
  meniscus_nonop: 'meniscus-nonop-flexion-limited',
  meniscus_postop: 'meniscus-nonop-flexion-limited',
  patellar_tendinopathy: 'pfp-hip-knee',
  other: 'pfp-hip-knee',
};

const catalogueNames: ReadonlyMap<string, string> = new Map(catalogue.map((e) => [e.id, e.name]));

export function demoPrograms(patients: readonly DemoProgramPatient[], now: Date): DemoProgram[] {
  const today = todayIso(now);
  return patients.flatMap((patient, i) => {
    if (patient.status !== 'active') return [];
    const template = builtInTemplate(demoTemplateFor[patient.diagnosis]);
    if (!template) throw new Error(`no template for ${patient.diagnosis}`);
    return [programFor(patient, template, today, now, mulberry32(15_485_863 * (i + 1)))];
  });
}

function programFor(
  patient: DemoProgramPatient,
  template: ProgramTemplate,
  today: string,
  now: Date,
  random: () => number,
): DemoProgram {
  const inCare = daysBetween(patient.startDate, today);
  // Saved at the end of the visit; a visit today is saved no later than the seed.
  const at = (day: number, minute: number) => {
    const time = new Date(`${addDays(patient.startDate, day)}T17:${minute}:00Z`);
    return time < now ? time : now;
  };

  const first = applyTemplate(emptyProgram(), template, 'replace');
  const versions: DemoProgramVersion[] = [
    {
      program: first,
      changeSummary: templateAppliedSummary(template, 'replace', true),
      savedAt: at(0, 30),
    },
  ];
  const edit = (program: Program, day: number, minute: number) => {
    const before = versions[versions.length - 1].program;
    versions.push({
      program,
      changeSummary: programChangeSummary(before, program, catalogueNames),
      savedAt: at(day, minute),
    });
  };

  if (inCare >= 7) {
    // The follow-up a week or ten days in: one exercise went well, so its dose goes up one step.
    const followUp = Math.min(7 + Math.floor(random() * 4), inCare - 1);
    const items = programItems(first);
    const start = Math.floor(random() * items.length);
    for (let n = 0; n < items.length; n++) {
      const { item } = items[(start + n) % items.length];
      const step = progress(item, catalogueExercise, { via: 'dose' });
      if (step.change === 'none') continue;
      edit(updateItem(first, item.id, { dose: step.item.dose }), followUp, 40);
      break;
    }

    if (inCare >= 21 && random() < 0.75) {
      // Three weeks or more in: one more exercise that suits the diagnosis and is not too hard yet.
      const current = versions[versions.length - 1].program;
      const inProgram = new Set(programItems(current).map((p) => p.item.exerciseId));
      const candidates = filterExercises(catalogue, { suitableFor: patient.diagnosis }).filter(
        (e) => e.difficulty <= 3 && !inProgram.has(e.id),
      );
      const added = candidates[Math.floor(random() * candidates.length)];
      const day = Math.min(followUp + 14 + Math.floor(random() * 7), inCare);
      edit(
        addItem(current, added.section, { exerciseId: added.id, dose: added.defaultDose }),
        day,
        50,
      );
    }
  }

  return {
    patientId: patient.id,
    clinicId: patient.clinicId,
    therapistId: patient.therapistId,
    templateId: template.id,
    versions,
  };
}

import type { FastifyInstance } from 'fastify';
import type { HandoutPreview } from '@domain/contracts/handouts';
import type { Patient } from '@domain/contracts/patients';
import { todayIso } from '@domain/contracts/patients';
import { buildHandout } from '@domain/handout/build-handout';
import type { HandoutOptions } from '@domain/handout/handout-options';
import { handoutVersions } from '@domain/handout/handout-versions';
import type { Clock } from '../clock';
import { handoutClinic } from './handout-clinic';

/**
 * The handout as it would print now, from the patient's current saved versions (never a draft) and the clinic's
 * library, dated today on the server's calendar.
 */
export async function currentHandout(
  app: FastifyInstance,
  clinicId: string,
  patient: Patient,
  options: HandoutOptions,
  now: Clock,
): Promise<HandoutPreview> {
  const [clinic, program, crossTraining, running, library] = await Promise.all([
    handoutClinic(app.clinics, clinicId),
    app.programs.current(clinicId, patient.id),
    app.crossTraining.current(clinicId, patient.id),
    app.runningPlans.current(clinicId, patient.id),
    app.exercises.list(clinicId),
  ]);
  const exercises = new Map(library.map((e) => [e.id, e]));
  const sources = {
    options,
    clinic,
    patient,
    therapistName: patient.therapist.displayName,
    printedOn: todayIso(now()),
    program: program ? { version: program.version, program: program.program } : null,
    crossTraining: crossTraining
      ? { version: crossTraining.version, plan: crossTraining.plan }
      : null,
    running: running ?? null,
    exercise: (id: string) => exercises.get(id),
  };
  return { versions: handoutVersions(sources), document: buildHandout(sources) };
}

import { todayIso, type Diagnosis } from '@domain/contracts/patients';
import type { Modality } from '@domain/cross-training/modalities';
import { type CrossTrainingPlan, type CrossTrainingPlanInput, crossTrainingPlan } from '@domain/cross-training/plan';
import { planChangeSummary } from '@domain/cross-training/plan-changes';
import { moveSession } from '@domain/cross-training/week-schedule';
import { addDays, daysBetween, mondayOf } from '@domain/training-load/calendar-weeks';
import type { DemoProgramPatient } from './demo-programs';
import { mulberry32 } from './random';

/**
 * The demo clinic's cross-training plans. Every active patient has one, made at the first visit (version 1): two
 * low-impact sessions that suit the diagnosis, 6 to 8 weeks, most rising 10 % a week to a cap, with the week's run
 * days. In care two weeks or more, one session moved to another day at the follow-up (version 2). About one patient
 * in five trains every day of the week, so the schedule's hints have something to show. Choices come from a seeded
 * generator and dates count back from the day of seeding, as for the programs.
 */

export interface DemoCrossTrainingVersion {
  plan: CrossTrainingPlan;
  changeSummary: string;
  savedAt: Date;
}

export interface DemoCrossTraining {
  patientId: string;
  clinicId: string;
  therapistId: string;
  /** Version 1 first. */
  versions: DemoCrossTrainingVersion[];
}

/**
 * Two sessions per diagnosis: after meniscus surgery and for a tendon that dislikes impact, the pool and the bike
 * (deep-water running keeps the running pattern); for the iliotibial band, swimming and the elliptical rather than
 * much cycling, which repeats the knee flexion that irritates it [practice].
 */
const sessionsFor: Record<Diagnosis, readonly [Modality, Modality]> = {
  patellofemoral_pain: ['swimming', 'stationary_cycling'],
  itbs: ['swimming', 'elliptical'],
  meniscus_nonop: ['stationary_cycling', 'swimming'],
  meniscus_postop: ['aqua_jogging', 'stationary_cycling'],
  patellar_tendinopathy: ['aqua_jogging', 'elliptical'],
  other: ['stationary_cycling', 'swimming'],
};

export function demoCrossTraining(patients: readonly DemoProgramPatient[], now: Date): DemoCrossTraining[] {
  const today = todayIso(now);
  return patients.flatMap((patient, i) =>
    patient.status === 'active' ? [planFor(patient, today, now, mulberry32(32_452_843 * (i + 1)), i % 5 === 2)] : [],
  );
}

function planFor(
  patient: DemoProgramPatient,
  today: string,
  now: Date,
  random: () => number,
  everyDay: boolean,
): DemoCrossTraining {
  const inCare = daysBetween(patient.startDate, today);
  const at = (day: number, minute: number) => {
    const time = new Date(`${addDays(patient.startDate, day)}T17:${minute}:00Z`);
    return time < now ? time : now;
  };
  const [first, second] = sessionsFor[patient.diagnosis];
  const progresses = random() < 0.8;
  const input: CrossTrainingPlanInput = {
    startWeek: mondayOf(patient.startDate),
    weeks: 6 + Math.floor(random() * 3),
    progression: progresses ? { kind: 'percent', percentPerWeek: 10, capMinutes: 45 } : { kind: 'none' },
    sessions: [
      {
        id: 's1',
        modality: first,
        otherModality: null,
        minutes: 20 + 5 * Math.floor(random() * 3),
        intensity: { kind: 'rpe', rpe: 3 + Math.floor(random() * 2) },
        // The program's strength days are Monday, Wednesday and Friday for most: cross-training fills the gaps (and,
        // for those who train every day, Thursday and Sunday too, so Thursday stays busy after the follow-up's move).
        weekdays: everyDay ? ['tue', 'thu', 'sun'] : ['tue'],
        notes: null,
      },
      {
        id: 's2',
        modality: second,
        otherModality: null,
        minutes: 20 + 5 * Math.floor(random() * 3),
        intensity: random() < 0.5 ? { kind: 'hr_zone', zone: 3 } : { kind: 'talk_test', level: 'can_talk' },
        weekdays: ['thu'],
        notes: null,
      },
    ],
    weekEdits: [],
    runDays: [
      { weekday: 'wed', kind: 'easy' },
      { weekday: 'sat', kind: 'hard' },
    ],
  };
  const plan = crossTrainingPlan.parse(input);
  const versions: DemoCrossTrainingVersion[] = [
    { plan, changeSummary: planChangeSummary(null, plan), savedAt: at(0, 45) },
  ];
  if (inCare >= 14) {
    // The follow-up: the Thursday session fits the patient's week better on Friday.
    const moved = moveSession(plan, 's2', 'thu', 'fri');
    versions.push({ plan: moved, changeSummary: planChangeSummary(plan, moved), savedAt: at(14, 55) });
  }
  return { patientId: patient.id, clinicId: patient.clinicId, therapistId: patient.therapistId, versions };
}

import type { ExerciseResponse } from '../contracts/exercises';
import type { Diagnosis } from '../contracts/patients';
import type { RunningPlanDto } from '../contracts/running';
import type { CrossTrainingPlan } from '../cross-training/plan';
import type { Program } from '../programs/program';
import type { IsoDate } from '../training-load/calendar-weeks';
import type { PainRuleSettings } from '../training-load/pain-zones';
import type { HandoutOptions } from './handout-options';

/** The clinic's header as printed: name, and address, phone and logo when the clinic has set them. */
export interface HandoutClinic {
  name: string;
  address: string | null;
  phone: string | null;
  logoUrl: string | null;
}

/** Everything a handout is made from: the saved versions as they are at printing, never a draft. */
export interface HandoutSources {
  options: HandoutOptions;
  clinic: HandoutClinic;
  patient: {
    firstName: string;
    lastName: string;
    diagnosis: Diagnosis;
    /** The therapist's own words when the diagnosis is `other`. */
    diagnosisOther: string | null;
  };
  therapistName: string;
  /** The day the handout is printed, in the clinic's calendar. */
  printedOn: IsoDate;
  program: { version: number; program: Program } | null;
  crossTraining: { version: number; plan: CrossTrainingPlan } | null;
  running: RunningPlanDto | null;
  /** The clinic's library: catalogue exercises and its custom ones. */
  exercise: (id: string) => ExerciseResponse | undefined;
  /** The clinic's pain-rule thresholds (CLINICAL-RULES §2 defaults when left out). */
  painRules?: PainRuleSettings;
}

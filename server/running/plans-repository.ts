import { and, desc, eq, sql } from 'drizzle-orm';
import type { DistanceUnit } from '@domain/contracts/patients';
import type { RunningPlanDto, RunningPlanVersions } from '@domain/contracts/running';
import { fromMetres, toMetres } from '@domain/training-load/distance';
import type { PlannedWeek, PlannedWeekKind } from '@domain/training-load/plan-generator';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { runningPlans, runningPlanVersions, users } from '../db/schema';
import { lockPatient, type PatientScope } from '../patients/repository';
import {
  columnsOf,
  contentOf,
  newPlanSummary,
  planDto,
  weeksChangedSummary,
  type PlanContent,
} from './plan-content';

/** Who saves, and (seeds only) when; otherwise now. */
export interface SavedBy {
  userId: string;
  at?: Date;
}

/** A planned week as the therapist typed it, in `unit`. */
export interface TypedWeek {
  weekStart: string;
  distance: number;
  kind: PlannedWeekKind;
}

/**
 * The outcome of a plan write: the saved plan, or why nothing was written. `no_patient`: no such patient in
 * the scope; `discharged`: the patient's records are closed; `plan_exists`: a plan was made over one the caller
 * did not name; `stale_version`: someone saved since the version named; `no_plan`: nothing to edit yet;
 * `not_mileage`: weeks sent to a walk–jog plan.
 */
export type PlanWrite =
  | { saved: RunningPlanDto; refused?: undefined }
  | { refused: 'no_patient' | 'discharged' | 'no_plan' | 'not_mileage'; saved?: undefined }
  | { refused: 'plan_exists' | 'stale_version'; current: RunningPlanDto; saved?: undefined };

const planColumns = {
  id: runningPlans.id,
  kind: runningPlans.kind,
  settings: runningPlans.settings,
  weeks: runningPlans.weeks,
  startDate: runningPlans.startDate,
  startLevel: runningPlans.startLevel,
  version: runningPlans.version,
  updatedAt: runningPlans.updatedAt,
};
type PlanRow = { [K in keyof typeof planColumns]: (typeof runningPlans.$inferSelect)[K] };

const toDto = (row: PlanRow) => planDto(row, contentOf(row));

/**
 * Running plans: one current plan per patient, and every version ever saved (append-only). Callers check that the
 * patient is theirs to read; every write checks it again itself, with the patient's row locked, so a discharge or a
 * reassignment cannot slip in between the check and the write.
 */
export class RunningPlansRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  /** The patient's plan as it stands, or undefined before one is made. */
  async current(clinicId: string, patientId: string): Promise<RunningPlanDto | undefined> {
    const [row] = await this.db
      .select(planColumns)
      .from(runningPlans)
      .where(and(eq(runningPlans.patientId, patientId), eq(runningPlans.clinicId, clinicId)));
    return row && toDto(row);
  }

  /** Every saved version of the patient's plan, newest first, with who saved it. */
  async versions(clinicId: string, patientId: string): Promise<RunningPlanVersions['versions']> {
    const rows = await this.db
      .select({
        planId: runningPlanVersions.planId,
        kind: runningPlanVersions.kind,
        settings: runningPlanVersions.settings,
        weeks: runningPlanVersions.weeks,
        startDate: runningPlanVersions.startDate,
        startLevel: runningPlanVersions.startLevel,
        version: runningPlanVersions.version,
        summary: runningPlanVersions.summary,
        savedAt: runningPlanVersions.savedAt,
        savedBy: { id: users.id, displayName: users.displayName },
      })
      .from(runningPlanVersions)
      .innerJoin(runningPlans, eq(runningPlans.id, runningPlanVersions.planId))
      .innerJoin(users, eq(users.id, runningPlanVersions.savedBy))
      .where(and(eq(runningPlans.patientId, patientId), eq(runningPlans.clinicId, clinicId)))
      .orderBy(desc(runningPlanVersions.version));
    return rows.map((row) => ({
      version: row.version,
      savedAt: row.savedAt.toISOString(),
      savedBy: row.savedBy,
      summary: row.summary,
      plan: planDto(
        { id: row.planId, version: row.version, updatedAt: row.savedAt },
        contentOf(row),
      ),
    }));
  }

  /**
   * Makes the patient's plan. Over an existing plan only when `replacesVersion` names its current version: the
   * new plan then takes the next version number, so the history reads as one line.
   */
  create(
    scope: PatientScope,
    patientId: string,
    content: PlanContent,
    replacesVersion: number | undefined,
    by: SavedBy,
  ): Promise<PlanWrite> {
    return this.db.transaction(async (tx) => {
      const status = await lockPatient(tx, scope, patientId);
      if (!status) return { refused: 'no_patient' };
      if (status === 'discharged') return { refused: 'discharged' };
      const current = await currentForUpdate(tx, patientId);
      if (current && replacesVersion === undefined) {
        return { refused: 'plan_exists', current: toDto(current) };
      }
      if (current && current.version !== replacesVersion) {
        return { refused: 'stale_version', current: toDto(current) };
      }

      const at = by.at ?? this.now();
      const columns = columnsOf(content);
      const [row] = current
        ? await tx
            .update(runningPlans)
            .set({ ...columns, version: current.version + 1, updatedAt: at })
            .where(eq(runningPlans.id, current.id))
            .returning(planColumns)
        : await tx
            .insert(runningPlans)
            .values({
              ...columns,
              clinicId: scope.clinicId,
              patientId,
              version: 1,
              createdAt: at,
              updatedAt: at,
            })
            .returning(planColumns);
      await tx.insert(runningPlanVersions).values({
        ...columns,
        planId: row.id,
        version: row.version,
        summary: newPlanSummary(content, Boolean(current)),
        savedBy: by.userId,
        savedAt: at,
      });
      return { saved: toDto(row) };
    });
  }

  /**
   * Saves a mileage plan's weeks, edited by hand or by an applied suggestion, made at `version`. The settings it
   * was generated with stay. A week whose distance reads the same in `unit` as before keeps its stored metres,
   * so viewing a miles plan in kilometres and saving it does not shift every week by a few metres.
   */
  saveWeeks(
    scope: PatientScope,
    patientId: string,
    version: number,
    edit: { unit: DistanceUnit; weeks: readonly TypedWeek[] },
    by: SavedBy,
  ): Promise<PlanWrite> {
    return this.db.transaction(async (tx) => {
      const status = await lockPatient(tx, scope, patientId);
      if (!status) return { refused: 'no_patient' };
      if (status === 'discharged') return { refused: 'discharged' };
      const current = await currentForUpdate(tx, patientId);
      if (!current) return { refused: 'no_plan' };
      if (current.version !== version) return { refused: 'stale_version', current: toDto(current) };
      const before = contentOf(current);
      if (before.kind !== 'mileage') return { refused: 'not_mileage' };

      const stored = new Map(before.weeks.map((w) => [w.weekStart, w.plannedMetres]));
      const weeks: PlannedWeek[] = edit.weeks.map((w) => {
        const metres = stored.get(w.weekStart);
        const same = metres !== undefined && fromMetres(metres, edit.unit) === w.distance;
        return {
          weekStart: w.weekStart,
          plannedMetres: same ? metres : toMetres(w.distance, edit.unit),
          kind: w.kind,
        };
      });
      const at = by.at ?? this.now();
      const [row] = await tx
        .update(runningPlans)
        .set({ weeks, version: sql`${runningPlans.version} + 1`, updatedAt: at })
        .where(eq(runningPlans.id, current.id))
        .returning(planColumns);
      await tx.insert(runningPlanVersions).values({
        ...columnsOf(contentOf(row)),
        planId: row.id,
        version: row.version,
        summary: weeksChangedSummary(before.weeks, weeks, edit.unit),
        savedBy: by.userId,
        savedAt: at,
      });
      return { saved: toDto(row) };
    });
  }
}

/** The patient's current plan, locked for the rest of the transaction. */
async function currentForUpdate(tx: Database, patientId: string): Promise<PlanRow | undefined> {
  const [row] = await tx
    .select(planColumns)
    .from(runningPlans)
    .where(eq(runningPlans.patientId, patientId))
    .for('update');
  return row;
}

import { and, asc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type * as z from 'zod';
import type { Run, RunListQuery, walkJogSessionInput } from '@domain/contracts/running';
import { addDays, mondayOf } from '@domain/training-load/calendar-weeks';
import { maxWeeklyMetres, weekTotalMetres } from '@domain/training-load/run-log';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { runs } from '../db/schema';
import { lockPatient, type PatientScope } from '../patients/repository';

/** A run as stored: the distance in whole metres. */
export interface RunFields {
  date: string;
  distanceMetres: number;
  durationMinutes: number | null;
  painDuring: number;
  painNextMorning: number | null;
  notes: string | null;
  walkJog: z.output<typeof walkJogSessionInput> | null;
}

/** A run for `createMany` (seeds, imports): stored as it is, no checks. */
export interface NewRun extends RunFields {
  clinicId: string;
  patientId: string;
  createdAt?: Date;
  updatedAt?: Date;
}

/**
 * The outcome of a run write: the run written, or why nothing was. `no_patient`: no such patient in the scope;
 * `discharged`: the patient's records are closed; `no_run`: no such run of this patient; `stale_version`: someone
 * saved the run since the version named; `week_full`: the run would take its week over 300 km (`weekMetres`:
 * what the week holds without it).
 */
export type RunWrite =
  | { saved: Run; refused?: undefined }
  | { refused: 'no_patient' | 'discharged' | 'no_run'; saved?: undefined }
  | { refused: 'stale_version'; current: Run; saved?: undefined }
  | { refused: 'week_full'; weekMetres: number; saved?: undefined };

const runColumns = {
  id: runs.id,
  date: runs.date,
  distanceM: runs.distanceM,
  durationMinutes: runs.durationMinutes,
  painDuring: runs.painDuring,
  painNextMorning: runs.painNextMorning,
  notes: runs.notes,
  walkJog: runs.walkJog,
  version: runs.version,
  createdAt: runs.createdAt,
  updatedAt: runs.updatedAt,
};
type RunRow = { [K in keyof typeof runColumns]: (typeof runs.$inferSelect)[K] };

/**
 * A patient's run log. Callers check that the patient is theirs to read; every write checks it again itself, with
 * the patient's row locked: writes to one patient's log queue, so two runs saved at once cannot both pass the
 * week's 300 km check.
 */
export class RunsRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  /** The patient's runs between two dates (both included, either optional), in date order. */
  async list(clinicId: string, patientId: string, range: RunListQuery): Promise<Run[]> {
    const rows = await this.db
      .select(runColumns)
      .from(runs)
      .where(
        and(
          eq(runs.patientId, patientId),
          eq(runs.clinicId, clinicId),
          range.from ? gte(runs.date, range.from) : undefined,
          range.to ? lte(runs.date, range.to) : undefined,
        ),
      )
      .orderBy(asc(runs.date), asc(runs.createdAt), asc(runs.id));
    return rows.map(toRun);
  }

  create(scope: PatientScope, patientId: string, fields: RunFields): Promise<RunWrite> {
    return this.db.transaction(async (tx) => {
      const status = await lockPatient(tx, scope, patientId);
      if (!status) return { refused: 'no_patient' };
      if (status === 'discharged') return { refused: 'discharged' };
      const weekMetres = await weekWithout(tx, patientId, fields.date);
      if (weekMetres + fields.distanceMetres > maxWeeklyMetres) {
        return { refused: 'week_full', weekMetres };
      }
      const at = this.now();
      const [row] = await tx
        .insert(runs)
        .values({
          ...columnsOf(fields),
          clinicId: scope.clinicId,
          patientId,
          createdAt: at,
          updatedAt: at,
        })
        .returning(runColumns);
      return { saved: toRun(row) };
    });
  }

  /** Saves an edit of the run made at `version`. */
  update(
    scope: PatientScope,
    patientId: string,
    runId: string,
    version: number,
    fields: RunFields,
  ): Promise<RunWrite> {
    return this.db.transaction(async (tx) => {
      const status = await lockPatient(tx, scope, patientId);
      if (!status) return { refused: 'no_patient' };
      if (status === 'discharged') return { refused: 'discharged' };
      const [current] = await tx
        .select(runColumns)
        .from(runs)
        .where(and(eq(runs.id, runId), eq(runs.patientId, patientId)));
      if (!current) return { refused: 'no_run' };
      if (current.version !== version) return { refused: 'stale_version', current: toRun(current) };
      const weekMetres = await weekWithout(tx, patientId, fields.date, runId);
      if (weekMetres + fields.distanceMetres > maxWeeklyMetres) {
        return { refused: 'week_full', weekMetres };
      }
      const [row] = await tx
        .update(runs)
        .set({ ...columnsOf(fields), version: sql`${runs.version} + 1`, updatedAt: this.now() })
        .where(eq(runs.id, runId))
        .returning(runColumns);
      return { saved: toRun(row) };
    });
  }

  /** Removes the run; returns it as it was. */
  delete(
    scope: PatientScope,
    patientId: string,
    runId: string,
  ): Promise<
    { deleted: Run; refused?: undefined } | { refused: 'no_patient' | 'discharged' | 'no_run' }
  > {
    return this.db.transaction(async (tx) => {
      const status = await lockPatient(tx, scope, patientId);
      if (!status) return { refused: 'no_patient' };
      if (status === 'discharged') return { refused: 'discharged' };
      const [row] = await tx
        .delete(runs)
        .where(and(eq(runs.id, runId), eq(runs.patientId, patientId)))
        .returning(runColumns);
      return row ? { deleted: toRun(row) } : { refused: 'no_run' };
    });
  }

  /** Many runs in one statement (seeds, imports): no checks, no audit of its own. */
  async createMany(list: readonly NewRun[]): Promise<void> {
    if (!list.length) return;
    const at = this.now();
    await this.db.insert(runs).values(
      list.map((r) => ({
        ...columnsOf(r),
        clinicId: r.clinicId,
        patientId: r.patientId,
        createdAt: r.createdAt ?? at,
        updatedAt: r.updatedAt ?? at,
      })),
    );
  }
}

/** The metres logged in the (Monday–Sunday) week holding `date`, leaving out the run being edited. */
async function weekWithout(
  tx: Database,
  patientId: string,
  date: string,
  runId?: string,
): Promise<number> {
  const monday = mondayOf(date);
  const week = await tx
    .select({ date: runs.date, distanceMetres: runs.distanceM, painDuring: runs.painDuring })
    .from(runs)
    .where(
      and(
        eq(runs.patientId, patientId),
        gte(runs.date, monday),
        lte(runs.date, addDays(monday, 6)),
        runId ? ne(runs.id, runId) : undefined,
      ),
    );
  return weekTotalMetres(week, date);
}

function columnsOf(fields: RunFields) {
  return {
    date: fields.date,
    distanceM: fields.distanceMetres,
    durationMinutes: fields.durationMinutes,
    painDuring: fields.painDuring,
    painNextMorning: fields.painNextMorning,
    notes: fields.notes,
    walkJog: fields.walkJog,
  };
}

function toRun(row: RunRow): Run {
  return {
    id: row.id,
    date: row.date,
    distanceMetres: row.distanceM,
    durationMinutes: row.durationMinutes,
    painDuring: row.painDuring,
    painNextMorning: row.painNextMorning,
    notes: row.notes,
    walkJog: row.walkJog,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

import { sql } from 'drizzle-orm';
import { builtInTemplate } from '@domain/programs/templates';
import type { Database } from '../db/database';

export interface SyntheticProgramsOptions {
  clinicId: string;
  /** The user the versions are saved by. */
  savedBy: string;
  /** The share of the clinic's patients given a program (default 0.8). */
  share?: number;
  /** Same seed, same programs for the same patients (default 0.42, PostgreSQL's setseed range is −1 to 1). */
  seed?: number;
}

/**
 * Gives a share of a clinic's patients without one a strength program (the patellofemoral template) saved 1–3 times: on the
 * start date, then about every 3 weeks while that is not after today, so the clinic's programs range from fresh
 * to months old. For load tests and benchmarks; one INSERT per version number, as successive saves would be.
 * Writes no audit events: test data, never a clinic's.
 */
export async function seedSyntheticPrograms(
  db: Database,
  { clinicId, savedBy, share = 0.8, seed = 0.42 }: SyntheticProgramsOptions,
): Promise<void> {
  const program = JSON.stringify(builtInTemplate('pfp-hip-knee')!.program);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(${seed})`);
    await tx.execute(sql`
      create temporary table synthetic_programs on commit drop as
      select p.id as patient_id, p.start_date, 1 + (random() * 2)::int as saves
      from patients p where p.clinic_id = ${clinicId} and random() < ${share}
        and not exists (select from program_versions v where v.patient_id = p.id)`);
    for (const version of [1, 2, 3]) {
      await tx.execute(sql`
        insert into program_versions (clinic_id, patient_id, version, program, change_summary, saved_by, saved_at)
        select ${clinicId}::uuid, s.patient_id, ${version}::int, ${program}::jsonb,
          ${version === 1 ? 'Program made.' : 'Doses progressed.'}, ${savedBy},
          (s.start_date + ${(version - 1) * 21}::int) + time '12:00'
        from synthetic_programs s
        where s.saves >= ${version}::int and s.start_date + ${(version - 1) * 21}::int <= current_date`);
    }
  });
}

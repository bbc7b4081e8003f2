import { sql, type SQL } from 'drizzle-orm';
import type { DistanceUnit } from '@domain/contracts/patients';
import { flagLookbackWeeks, runningFlagsInWeek } from '@domain/caseload/flagged-week';
import { addDays, addWeeks, type IsoDate } from '@domain/training-load/calendar-weeks';
import { defaultPainRules } from '@domain/training-load/pain-zones';
import type { LoggedRun } from '@domain/training-load/run-log';
import type { Database } from '../db/database';
import { rowsOf } from './sql-rows';

interface WindowRow extends Record<string, unknown> {
  patient_id: string;
  therapist_id: string;
  distance_unit: DistanceUnit;
  /** Per window week, oldest first: metres, runs, highest pain during, highest next-morning pain. */
  weeks: [number, number, number | null, number | null][];
  earlier_week: string | null;
  earlier_pain: number | null;
  earlier_morning: number | null;
  max_increase: number | null;
  cutbacks: string[];
}

/**
 * Each therapist's patients with a running-load or pain flag in `week`, among the patients `patientFilter`
 * selects (a condition on `p`). The checks are the domain's (`runningFlagsInWeek`, the Running tab's own); SQL
 * only narrows and summarises, in one statement:
 * - the clinic's runs of the week and the 3 before, from an index holding what the checks read, one row per
 *   patient who ran this week with each week's totals;
 * - a patient is kept only if a flag is possible at all: this week's pain above green, or this week's distance
 *   above one of the 3 weeks before (every load flag compares with one of them), so most runners never go
 *   further;
 * - for those, their plan's settings and, only when it can change a flag (flagged-week.ts says when), the pain
 *   of their last week with runs before the window.
 */
export async function flaggedByTherapist(
  db: Database,
  clinicId: string,
  week: IsoDate,
  patientFilter: SQL,
): Promise<Map<string, number>> {
  const first = addWeeks(week, -flagLookbackWeeks);
  const last = addDays(week, 6);
  const green = defaultPainRules.greenMax;
  const weekOf = (n: number) => {
    const from = addWeeks(first, n);
    return sql`r.date >= ${from}::date and r.date < ${addWeeks(from, 1)}::date`;
  };
  const weekColumns = [0, 1, 2, 3].map(
    (n) =>
      sql`json_build_array(coalesce(sum(r.distance_m) filter (where ${weekOf(n)}), 0)::int, (count(*) filter (where ${weekOf(n)}))::int, max(r.pain_during) filter (where ${weekOf(n)}), max(r.pain_next_morning) filter (where ${weekOf(n)}))`,
  );
  const rows = await rowsOf<WindowRow>(
    db,
    sql`
    with w as (
      select r.patient_id,
        json_build_array(${sql.join(weekColumns, sql`, `)}) as weeks,
        coalesce(sum(r.distance_m) filter (where ${weekOf(3)}), 0) as m0,
        least(
          coalesce(sum(r.distance_m) filter (where ${weekOf(0)}), 0),
          coalesce(sum(r.distance_m) filter (where ${weekOf(1)}), 0),
          coalesce(sum(r.distance_m) filter (where ${weekOf(2)}), 0)
        ) as least_before,
        greatest(max(r.pain_during) filter (where ${weekOf(3)}), max(r.pain_next_morning) filter (where ${weekOf(3)})) as pain0,
        count(*) filter (where r.date < ${week}::date) as runs_before,
        count(*) filter (where r.date < ${addWeeks(week, -1)}::date) as runs_before_last
      from runs r
      where r.clinic_id = ${clinicId} and r.date between ${first}::date and ${last}::date
      group by r.patient_id
      having count(*) filter (where ${weekOf(3)}) > 0
    ),
    s as (
      select w.patient_id, w.weeks, w.runs_before, w.runs_before_last, p.therapist_id, p.distance_unit
      from w join patients p on p.id = w.patient_id
      where p.clinic_id = ${clinicId} and ${patientFilter}
        and (w.pain0 > ${green} or w.m0 > w.least_before)
    )
    select s.patient_id, s.therapist_id, s.distance_unit, s.weeks,
      e.week_start as earlier_week, e.pain as earlier_pain, e.morning as earlier_morning,
      (rp.settings ->> 'maxWeeklyIncreasePercent')::float8 as max_increase,
      coalesce((
        select json_agg(x ->> 'weekStart') from jsonb_array_elements(rp.weeks) x
        where x ->> 'kind' = 'cutback' and x ->> 'weekStart' between ${first} and ${week}
      ), '[]'::json) as cutbacks
    from s
    left join running_plans rp on rp.patient_id = s.patient_id and rp.kind = 'mileage'
    left join lateral (
      select (l.d - (extract(isodow from l.d)::int - 1))::text as week_start,
        max(r.pain_during) as pain, max(r.pain_next_morning) as morning
      from (
        select max(date) as d from runs
        where patient_id = s.patient_id and date < ${first}::date
          and (s.runs_before = 0 or (s.runs_before_last = 0 and exists (
            select from jsonb_array_elements(rp.weeks) x
            where x ->> 'kind' = 'cutback' and x ->> 'weekStart' = ${addWeeks(week, -1)}
          )))
      ) l
      join runs r on r.patient_id = s.patient_id
        and r.date between l.d - (extract(isodow from l.d)::int - 1) and l.d
      group by l.d
    ) e on true
  `,
  );

  const flagged = new Map<string, number>();
  for (const row of rows) {
    // One stand-in run per week with runs carries the week's totals: the checks read only those.
    const runs: LoggedRun[] = row.weeks.flatMap(([metres, count, pain, morning], n) =>
      count > 0
        ? [
            {
              date: addWeeks(first, n),
              distanceMetres: metres,
              painDuring: pain ?? 0,
              painNextMorning: morning,
            },
          ]
        : [],
    );
    const flags = runningFlagsInWeek(
      {
        runs,
        earlier:
          row.earlier_week === null
            ? null
            : {
                weekStart: row.earlier_week,
                maxPainDuring: row.earlier_pain ?? 0,
                maxPainNextMorning: row.earlier_morning,
              },
        unit: row.distance_unit,
        maxWeeklyIncreasePercent: row.max_increase,
        cutbackWeeks: row.cutbacks,
      },
      week,
    );
    if (flags.length) flagged.set(row.therapist_id, (flagged.get(row.therapist_id) ?? 0) + 1);
  }
  return flagged;
}

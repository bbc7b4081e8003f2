import { percentile } from './percentiles';

/** The list requests a clinic makes all day: page 1 sorted, filtered, searched, and a deep page. */
export const listScenarios = [
  { name: 'therapist, by name', who: 'therapist', query: 'sort=name' },
  { name: 'therapist, active, recently updated', who: 'therapist', query: 'status=active&sort=updatedAt&direction=desc' },
  { name: 'therapist, name search', who: 'therapist', query: 'q=ma' },
  { name: 'manager, by name', who: 'manager', query: 'sort=name' },
  { name: 'manager, on hold, by start date', who: 'manager', query: 'status=on_hold&sort=startDate&direction=desc' },
  { name: 'manager, name search "first last"', who: 'manager', query: 'q=maria%20g' },
  { name: 'manager, page 20 by name', who: 'manager', query: 'sort=name&page=20' },
] as const;

export type ListWho = (typeof listScenarios)[number]['who'];

/** p50/p95 of `count` sequential GET /api/patients requests per scenario, after a warm-up. */
export async function measurePatientList(url: string, cookies: Record<ListWho, string>, count = 200, warmUp = 20) {
  const results = [];
  for (const scenario of listScenarios) {
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < warmUp + count; i++) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/patients?pageSize=50&${scenario.query}`, {
        headers: { cookie: cookies[scenario.who] },
      });
      const body = (await res.json()) as { total: number };
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${scenario.name} answered ${res.status}`);
      total = body.total;
      if (i >= warmUp) samples.push(ms);
    }
    results.push({ scenario: scenario.name, query: scenario.query, matching: total, p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95) });
  }
  return results;
}

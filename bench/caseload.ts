import { median, percentile } from './percentiles';
import { withSignedInPage } from './signed-in-page';


/** The dashboard views a clinic opens: the clinic, one therapist, one diagnosis, a therapist's own. */
export const caseloadScenarios = [
  { name: 'manager, whole clinic, last 12 weeks', who: 'manager', query: '' },
  { name: 'manager, one diagnosis', who: 'manager', query: 'diagnosis=itbs' },
  { name: 'manager, active and on hold, a year', who: 'manager', query: 'status=active,on_hold&from=YEAR_AGO' },
  { name: 'therapist, own caseload', who: 'therapist', query: '' },
] as const;

type Who = (typeof caseloadScenarios)[number]['who'];

const yearAgo = () => new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);

/** p50/p95 of `count` sequential GET /api/caseload/summary per scenario, after a warm-up. */
export async function measureCaseloadSummary(url: string, cookies: Record<Who, string>, count = 60, warmUp = 5) {
  const results = [];
  for (const scenario of caseloadScenarios) {
    const query = scenario.query.replace('YEAR_AGO', yearAgo());
    const samples: number[] = [];
    let activePatients = 0;
    let flagged = 0;
    for (let i = 0; i < warmUp + count; i++) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/caseload/summary?${query}`, { headers: { cookie: cookies[scenario.who] } });
      const body = (await res.json()) as { kpis: { activePatients: number; flaggedThisWeek: number } };
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${scenario.name} answered ${res.status}: ${JSON.stringify(body)}`);
      activePatients = body.kpis.activePatients;
      flagged = body.kpis.flaggedThisWeek;
      if (i >= warmUp) samples.push(ms);
    }
    results.push({ scenario: scenario.name, query, activePatients, flagged, p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95) });
  }
  return results;
}

/**
 * The caseload page: from the summary's arrival (the client's mark) to the last of its four charts drawn (each
 * chart's measure), over `runs` openings of the page.
 */
export async function measureCaseloadPageRender(url: string, email: string, password: string, runs = 10) {
  return withSignedInPage({ url, email, password }, async (page) => {
    const samples: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      await page.goto(`${url}/caseload`);
      const ms = await page.waitForFunction(() => {
        const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('caseload-chart:'));
        return measures.length >= 4 ? Math.max(...measures.map((m) => m.duration)) : undefined;
      });
      if (i >= 2) samples.push((await ms.jsonValue()) as number);
    }
    return { runs, medianMs: median(samples), p95Ms: percentile(samples, 95), samples: samples.map((s) => Math.round(s * 10) / 10) };
  });
}

import { median, percentile } from './percentiles';
import { withSignedInPage } from './signed-in-page';
import { signInCookie } from './session-cookie';


/** YYYY-MM-DD of the Monday `weeksAgo` weeks before this week's. */
function mondayWeeksAgo(weeksAgo: number, plusDays = 0): string {
  const d = new Date();
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) - 7 * weeksAgo + plusDays);
  return day.toISOString().slice(0, 10);
}

/**
 * A patient with a 104-week mileage plan and two runs in each of its 104 weeks, made through the API as a
 * therapist would; returns the patient's id.
 */
async function patientWith104Weeks(url: string, cookie: string): Promise<string> {
  const post = async (path: string, body: object) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { cookie, origin: url, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const start = mondayWeeksAgo(103);
  const { id } = await post('/api/patients', {
    firstName: 'Bench', lastName: 'Twoyears', dateOfBirth: '1985-05-05', diagnosis: 'itbs', affectedSide: 'right',
    startDate: start, weeklyDistance: 8, distanceUnit: 'mi',
  });
  await post(`/api/patients/${id}/running-plan`, {
    kind: 'mileage', baselineDistance: 8, targetDistance: 40, distanceUnit: 'mi', startWeek: start,
    raceDate: mondayWeeksAgo(0, 6),
  });
  for (let week = 103; week >= 0; week--) {
    for (const [plusDays, distance] of [[1, 4 + (week % 5)], [4, 5 + (week % 3)]]) {
      const date = mondayWeeksAgo(week, plusDays);
      if (date > new Date().toISOString().slice(0, 10)) continue;
      await post(`/api/patients/${id}/runs`, { date, distance, distanceUnit: 'mi', painDuring: week % 4, painNextMorning: week % 3 });
    }
  }
  return id;
}

/**
 * The Running tab's chart at 104 weeks: the time of its first draw, read from the component's performance
 * measure `load-chart-render` (Chart.js draws in its constructor when motion is reduced), over `runs` openings.
 */
export async function measureRunningChartRender(url: string, email: string, password: string, runs = 15) {
  const patientId = await patientWith104Weeks(url, await signInCookie(url, email, password));
  return withSignedInPage({ url, email, password, reducedMotion: true }, async (page) => {
    const samples: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      await page.goto(`${url}/patients/${patientId}`);
      await page.getByRole('tab', { name: 'Running' }).click();
      const ms = await page.waitForFunction(() => {
        const [measure] = performance.getEntriesByName('load-chart-render');
        return measure?.duration;
      });
      if (i >= 2) samples.push((await ms.jsonValue()) as number);
    }
    return { weeks: 104, runs, medianMs: median(samples), p95Ms: percentile(samples, 95), samples: samples.map((s) => Math.round(s * 10) / 10) };
  });
}

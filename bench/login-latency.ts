import { percentile } from './percentiles';

/** Signs in `count` times in a row over real HTTP and reports latency percentiles (ms). */
export async function measureLogins(url: string, email: string, password: string, count: number) {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email, password }),
    });
    await res.arrayBuffer();
    samples.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`sign-in ${i + 1} answered ${res.status}`);
  }
  return { count, p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95), maxMs: percentile(samples, 100) };
}

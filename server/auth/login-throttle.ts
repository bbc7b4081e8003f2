import type { Clock } from '../clock';

const maxFailedSignIns = 10;
const failedSignInWindowMs = 15 * 60_000;

/**
 * Counts failed sign-ins per email and per client address over a sliding 15-minute window. Once either
 * reaches 10, further attempts are refused until enough failures age out: this slows both guessing one
 * account's password and trying one password against many accounts.
 *
 * Held in memory: right for one server process (PGlite allows no other); several processes behind a load
 * balancer would each count separately, and a restart forgets. Move it to the database if that changes.
 */
export class LoginThrottle {
  /** Failure times (ms since epoch), oldest first, keyed by `email:<email>` or `client:<address>`. */
  private readonly failures = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(private readonly now: Clock) {}

  /** Seconds until a sign-in for this email from this address may be tried; 0 when it may be tried now. */
  retryAfterSeconds(email: string, clientAddress: string): number {
    const now = this.now().getTime();
    const waits = keys(email, clientAddress).map((key) => {
      const times = this.recent(key, now);
      if (times.length < maxFailedSignIns) return 0;
      // Attempts resume once the count in the window drops below the limit.
      return times[times.length - maxFailedSignIns] + failedSignInWindowMs - now;
    });
    return Math.ceil(Math.max(...waits) / 1000);
  }

  recordFailure(email: string, clientAddress: string): void {
    const now = this.now().getTime();
    for (const key of keys(email, clientAddress))
      this.failures.set(key, [...this.recent(key, now), now]);
    this.sweep(now);
  }

  /** A successful sign-in forgives that account's failures (not the address's: it may be guessing others). */
  clear(email: string): void {
    this.failures.delete(emailKey(email));
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - failedSignInWindowMs);
  }

  /** Drops keys with no recent failure, so addresses and emails seen once do not pile up. */
  private sweep(now: number): void {
    if (now - this.lastSweep < failedSignInWindowMs) return;
    this.lastSweep = now;
    for (const key of this.failures.keys()) {
      if (this.recent(key, now).length === 0) this.failures.delete(key);
    }
  }
}

const emailKey = (email: string) => `email:${email.toLowerCase()}`;

function keys(email: string, clientAddress: string): string[] {
  return [emailKey(email), `client:${clientAddress}`];
}

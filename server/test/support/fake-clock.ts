import type { Clock } from '../../clock';

/** A clock that stands still until a spec moves it. */
export class FakeClock {
  private current: number;

  constructor(start = new Date('2025-03-03T08:30:00Z')) {
    this.current = start.getTime();
  }

  readonly now: Clock = () => new Date(this.current);

  setTo(at: Date): void {
    this.current = at.getTime();
  }

  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }

  advanceSeconds(seconds: number): void {
    this.current += seconds * 1000;
  }
}

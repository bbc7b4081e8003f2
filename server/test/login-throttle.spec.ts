import { LoginThrottle } from '../auth/login-throttle';
import { FakeClock } from './support/fake-clock';

describe('LoginThrottle', () => {
  let clock: FakeClock;
  let throttle: LoginThrottle;

  beforeEach(() => {
    clock = new FakeClock();
    throttle = new LoginThrottle(clock.now);
  });

  function fail(times: number, email: string, address: string, minutesApart = 0): void {
    for (let i = 0; i < times; i++) {
      throttle.recordFailure(email, address);
      clock.advanceMinutes(minutesApart);
    }
  }

  it('lets ten failures for one email through and holds the eleventh attempt', () => {
    fail(9, 'pat@clinic.test', '10.0.0.1');
    expect(throttle.retryAfterSeconds('pat@clinic.test', '10.0.0.1')).toBe(0);
    fail(1, 'pat@clinic.test', '10.0.0.1');
    expect(throttle.retryAfterSeconds('pat@clinic.test', '10.0.0.2')).toBe(15 * 60);
  });

  it('waits until the oldest failure in the window is 15 minutes old', () => {
    fail(10, 'pat@clinic.test', '10.0.0.1', 1); // failures at minutes 0..9, now minute 10
    expect(throttle.retryAfterSeconds('pat@clinic.test', '10.0.0.1')).toBe(5 * 60);
    clock.advanceMinutes(5);
    expect(throttle.retryAfterSeconds('pat@clinic.test', '10.0.0.1')).toBe(0);
  });

  it('counts failures from one client address across different emails', () => {
    for (let i = 0; i < 10; i++) throttle.recordFailure(`person${i}@clinic.test`, '10.0.0.9');
    expect(throttle.retryAfterSeconds('someone.else@clinic.test', '10.0.0.9')).toBe(15 * 60);
    expect(throttle.retryAfterSeconds('someone.else@clinic.test', '10.0.0.10')).toBe(0);
  });

  it('lets attempts resume once the failures leave the 15-minute window', () => {
    fail(10, 'pat@clinic.test', '10.0.0.1');
    clock.advanceMinutes(15);
    expect(throttle.retryAfterSeconds('pat@clinic.test', '10.0.0.1')).toBe(0);
  });

  it("forgives an email's failures on success but keeps the address's", () => {
    fail(10, 'pat@clinic.test', '10.0.0.1');
    throttle.clear('pat@clinic.test');
    expect(throttle.retryAfterSeconds('pat@clinic.test', '10.0.0.2')).toBe(0);
    expect(throttle.retryAfterSeconds('pat@clinic.test', '10.0.0.1')).toBe(15 * 60);
  });

  it('treats emails that differ only in case as one', () => {
    fail(10, 'Pat@Clinic.test', '10.0.0.1');
    expect(throttle.retryAfterSeconds('pat@clinic.test', '10.0.0.2')).toBe(15 * 60);
  });

  it('rounds a part-second wait up to a whole second', () => {
    fail(10, 'pat@clinic.test', '10.0.0.1');
    clock.advanceSeconds(15 * 60 - 0.5);
    expect(throttle.retryAfterSeconds('pat@clinic.test', '10.0.0.1')).toBe(1);
  });
});

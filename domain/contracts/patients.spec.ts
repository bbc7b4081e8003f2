import type * as z from 'zod';
import { createPatientRequest, patientListQuery, todayIso, updatePatientRequest } from './patients';
import { fieldErrors } from './api-error';

const valid = {
  firstName: ' Ana ',
  lastName: 'García',
  dateOfBirth: '1988-06-02',
  diagnosis: 'patellofemoral_pain',
  affectedSide: 'left',
  startDate: '2026-11-02',
  weeklyDistance: 12.5,
  distanceUnit: 'mi',
};

function errorsOf(input: unknown, schema: z.ZodType = createPatientRequest) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

describe('patient contract', () => {
  it('accepts a minimal record, trims names and fills optional fields with null', () => {
    const parsed = createPatientRequest.parse(valid);
    expect(parsed.firstName).toBe('Ana');
    expect(parsed.phone).toBeNull();
    expect(parsed.email).toBeNull();
    expect(parsed.preferredLanguage).toBe('en');
    expect(parsed.yearsRunning).toBeNull();
  });

  it('turns empty optional text into null rather than storing blanks', () => {
    const parsed = createPatientRequest.parse({ ...valid, phone: '  ', email: '', clinicalNotes: '' });
    expect(parsed.phone).toBeNull();
    expect(parsed.email).toBeNull();
    expect(parsed.clinicalNotes).toBeNull();
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['firstName', { firstName: '  ' }, 'Enter the first name.'],
    ['lastName', { lastName: 'x'.repeat(81) }, 'The last name is at most 80 characters.'],
    ['dateOfBirth', { dateOfBirth: '2026-02-30' }, 'Enter a date as YYYY-MM-DD.'],
    ['dateOfBirth', { dateOfBirth: '2999-01-01', startDate: '2999-01-02' }, 'Date of birth cannot be in the future.'],
    ['phone', { phone: '12-34' }, 'Enter a phone number of 7 to 15 digits, like (555) 010-2030.'],
    ['phone', { phone: 'call me' }, 'Enter a phone number of 7 to 15 digits, like (555) 010-2030.'],
    ['email', { email: 'ana@' }, 'Enter a valid email address, like name@example.com.'],
    ['diagnosis', { diagnosis: 'broken' }, 'Choose a diagnosis.'],
    ['diagnosisOther', { diagnosis: 'other' }, 'Describe the diagnosis.'],
    ['affectedSide', { affectedSide: 'middle' }, 'Choose the affected side.'],
    ['weeklyDistance', { weeklyDistance: -1 }, 'Weekly distance cannot be negative.'],
    ['weeklyDistance', { weeklyDistance: 301, distanceUnit: 'km' }, 'Weekly distance is at most 300 km.'],
    ['weeklyDistance', { weeklyDistance: 186.5 }, 'Weekly distance is at most 186.4 mi.'],
    ['weeklyDistance', { weeklyDistance: '12' }, 'Enter the current weekly distance as a number.'],
    ['yearsRunning', { yearsRunning: 2.5 }, 'Enter whole years.'],
    ['goalRace', { goalRaceDate: '2027-04-20' }, 'Name the race for this date.'],
    ['startDate', { startDate: '1980-01-01' }, 'Start date cannot be before the date of birth.'],
  ];
  for (const [field, change, message] of bad) {
    it(`rejects ${field} = ${JSON.stringify(Object.values(change)[0])} with "${message}"`, () => {
      expect(errorsOf({ ...valid, ...change })[field]).toContain(message);
    });
  }

  it('needs the version and refuses discharge through an ordinary edit', () => {
    const errors = errorsOf({ ...valid, status: 'discharged' }, updatePatientRequest);
    expect(errors['version']).toBeDefined();
    expect(errors['status']).toEqual(['Use discharge to discharge a patient.']);
  });

  it('compares dates with today', () => {
    expect(todayIso(new Date(2026, 10, 5))).toBe('2026-11-05');
  });
});

describe('patient list query', () => {
  it('fills defaults and coerces numbers from the query string', () => {
    expect(patientListQuery.parse({ page: '2' })).toEqual(
      jasmine.objectContaining({ page: 2, pageSize: 50, sort: 'name', direction: 'asc' }),
    );
  });
  it('splits comma-separated status filters and rejects unknown values', () => {
    expect(patientListQuery.parse({ status: 'active,on_hold' }).status).toEqual(['active', 'on_hold']);
    expect(patientListQuery.safeParse({ status: 'active,gone' }).success).toBeFalse();
  });
  it('caps the page size at 100', () => {
    const parsed = patientListQuery.safeParse({ pageSize: '500' });
    expect(parsed.success).toBeFalse();
  });
});

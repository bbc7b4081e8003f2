import type { Diagnosis, DistanceUnit, PatientStatus, Side } from '@domain/contracts/patients';
import { todayIso } from '@domain/contracts/patients';
import type { NewPatient } from '../patients/repository';
import { addDays } from './calendar';

/**
 * The demo clinic's 40 patients, dealt to its three therapists (`therapist` indexes them). Dates are
 * relative to the day of seeding, so ages, time in care and upcoming races read the same whenever the demo
 * is started; nothing is random, so screenshots and end-to-end journeys see the same list every time.
 */
interface DemoPatient {
  therapist: 0 | 1 | 2;
  first: string;
  last: string;
  /** Age in whole years on the day of seeding; the birthday fell `birthdayDaysAgo` days before. */
  age: number;
  birthdayDaysAgo: number;
  sex: 'female' | 'male' | 'other' | null;
  language: 'en' | 'es';
  diagnosis: Diagnosis;
  diagnosisOther?: string;
  side: Side;
  status: PatientStatus;
  startedDaysAgo: number;
  weekly: number;
  unit: DistanceUnit;
  yearsRunning: number | null;
  goal: string | null;
  race?: string;
  raceInDays?: number;
  /** Discharged patients: days from the start date to the discharge, and why. */
  dischargedAfterDays?: number;
  dischargeReason?: string;
  phone?: string;
  email?: string;
  notes?: string;
}

// Discharged patients end their care between 4 and 81 days before the day of seeding, one every week or two, so
// the caseload dashboard's last 12 weeks show discharges beside the intakes.
// prettier-ignore
const demoPatients: DemoPatient[] = [
  { therapist: 0, first: 'Ana', last: 'García', age: 34, birthdayDaysAgo: 40, sex: 'female', language: 'es', diagnosis: 'patellofemoral_pain', side: 'left', status: 'active', startedDaysAgo: 21, weekly: 32, unit: 'km', yearsRunning: 6, goal: 'Run a half marathon without knee pain.', race: 'Medio Maratón de Portland', raceInDays: 84, phone: '(503) 555-0117', email: 'ana.garcia@example.com', notes: 'Pain on stairs and after long runs; worse downhill.' },
  { therapist: 0, first: 'James', last: 'Whitaker', age: 45, birthdayDaysAgo: 120, sex: 'male', language: 'en', diagnosis: 'itbs', side: 'right', status: 'active', startedDaysAgo: 35, weekly: 25, unit: 'mi', yearsRunning: 20, goal: 'Back to trail running on weekends.', phone: '(503) 555-0123' },
  { therapist: 0, first: 'Sophie', last: 'Nguyen', age: 16, birthdayDaysAgo: 200, sex: 'female', language: 'en', diagnosis: 'other', diagnosisOther: 'Osgood–Schlatter disease', side: 'both', status: 'active', startedDaysAgo: 14, weekly: 15, unit: 'mi', yearsRunning: 3, goal: 'Finish the cross-country season.', race: 'District Cross-Country Championship', raceInDays: 45, notes: 'High-school cross-country; parent attends sessions.' },
  { therapist: 0, first: 'Daniel', last: 'Okafor', age: 29, birthdayDaysAgo: 10, sex: 'male', language: 'en', diagnosis: 'patellar_tendinopathy', side: 'left', status: 'active', startedDaysAgo: 60, weekly: 40, unit: 'km', yearsRunning: 8, goal: 'Return to track intervals.', email: 'dan.okafor@example.com' },
  { therapist: 0, first: 'Margaret', last: 'Olsen', age: 62, birthdayDaysAgo: 300, sex: 'female', language: 'en', diagnosis: 'meniscus_nonop', side: 'right', status: 'active', startedDaysAgo: 48, weekly: 10, unit: 'mi', yearsRunning: 30, goal: 'Keep running 3 days a week.', notes: 'Degenerative medial meniscus tear on MRI; no locking.' },
  { therapist: 0, first: 'Luis', last: 'Hernández', age: 38, birthdayDaysAgo: 75, sex: 'male', language: 'es', diagnosis: 'meniscus_postop', side: 'left', status: 'active', startedDaysAgo: 28, weekly: 0, unit: 'km', yearsRunning: 12, goal: 'Volver a correr 10 km.', race: 'Carrera del Día de los Muertos 10K', raceInDays: 150, phone: '(503) 555-0131', notes: 'Partial meniscectomy 5 weeks before starting here.' },
  { therapist: 0, first: 'Hannah', last: 'Kowalski', age: 24, birthdayDaysAgo: 150, sex: 'female', language: 'en', diagnosis: 'itbs', side: 'left', status: 'on_hold', startedDaysAgo: 90, weekly: 18, unit: 'mi', yearsRunning: 4, goal: 'First marathon.', race: 'Portland Marathon', raceInDays: 190, notes: 'On hold while travelling for work for a month.' },
  { therapist: 0, first: 'Robert', last: 'Chen', age: 51, birthdayDaysAgo: 220, sex: 'male', language: 'en', diagnosis: 'patellofemoral_pain', side: 'both', status: 'discharged', startedDaysAgo: 74, weekly: 22, unit: 'mi', yearsRunning: 15, goal: 'Run pain-free 5 days a week.', dischargedAfterDays: 70, dischargeReason: 'Goals met: pain-free at 22 mi a week.' },
  { therapist: 0, first: 'Fatima', last: 'Rahman', age: 33, birthdayDaysAgo: 5, sex: 'female', language: 'en', diagnosis: 'patellar_tendinopathy', side: 'right', status: 'active', startedDaysAgo: 7, weekly: 20, unit: 'km', yearsRunning: 2, goal: 'Run a 10K.', email: 'fatima.r@example.com' },
  { therapist: 0, first: 'Tomás', last: 'Álvarez', age: 70, birthdayDaysAgo: 60, sex: 'male', language: 'es', diagnosis: 'meniscus_nonop', side: 'left', status: 'active', startedDaysAgo: 42, weekly: 12, unit: 'km', yearsRunning: 40, goal: 'Seguir corriendo con su club.', phone: '(503) 555-0148' },
  { therapist: 0, first: 'Emily', last: 'Brooks', age: 27, birthdayDaysAgo: 280, sex: 'female', language: 'en', diagnosis: 'other', diagnosisOther: 'Fat pad irritation (Hoffa)', side: 'right', status: 'discharged', startedDaysAgo: 67, weekly: 28, unit: 'mi', yearsRunning: 9, goal: 'Return to racing.', dischargedAfterDays: 56, dischargeReason: 'Returned to full training; home program continues.' },
  { therapist: 0, first: 'Kwame', last: 'Mensah', age: 41, birthdayDaysAgo: 180, sex: 'male', language: 'en', diagnosis: 'itbs', side: 'both', status: 'active', startedDaysAgo: 100, weekly: 35, unit: 'mi', yearsRunning: 18, goal: 'Ultra preparation.', race: 'Mount Hood 50K', raceInDays: 120 },
  { therapist: 0, first: 'Isabella', last: 'Romero', age: 19, birthdayDaysAgo: 95, sex: 'female', language: 'es', diagnosis: 'patellofemoral_pain', side: 'right', status: 'active', startedDaysAgo: 18, weekly: 24, unit: 'km', yearsRunning: 5, goal: 'Volver al equipo universitario.' },
  { therapist: 0, first: 'Alex', last: 'Morgan', age: 36, birthdayDaysAgo: 33, sex: 'other', language: 'en', diagnosis: 'meniscus_postop', side: 'right', status: 'on_hold', startedDaysAgo: 150, weekly: 5, unit: 'mi', yearsRunning: 7, goal: 'Jog 30 minutes continuously.', notes: 'Paused after a second arthroscopy; resumes when cleared by surgeon.' },

  { therapist: 1, first: 'Michael', last: "O'Brien", age: 55, birthdayDaysAgo: 140, sex: 'male', language: 'en', diagnosis: 'meniscus_nonop', side: 'right', status: 'active', startedDaysAgo: 30, weekly: 15, unit: 'mi', yearsRunning: 25, goal: 'Run the Turkey Trot with his kids.', race: 'Thanksgiving Turkey Trot 5K', raceInDays: 40 },
  { therapist: 1, first: 'Priscilla', last: 'Adeyemi', age: 31, birthdayDaysAgo: 250, sex: 'female', language: 'en', diagnosis: 'patellofemoral_pain', side: 'left', status: 'active', startedDaysAgo: 12, weekly: 30, unit: 'km', yearsRunning: 6, goal: 'Pain-free long runs over 15 km.' },
  { therapist: 1, first: 'Carlos', last: 'Mendoza', age: 47, birthdayDaysAgo: 20, sex: 'male', language: 'es', diagnosis: 'itbs', side: 'left', status: 'active', startedDaysAgo: 55, weekly: 45, unit: 'km', yearsRunning: 14, goal: 'Maratón por debajo de 3:30.', race: 'Maratón de Eugene', raceInDays: 160, phone: '(503) 555-0159', email: 'carlos.mendoza@example.com' },
  { therapist: 1, first: 'Grace', last: 'Thompson', age: 68, birthdayDaysAgo: 310, sex: 'female', language: 'en', diagnosis: 'meniscus_postop', side: 'left', status: 'active', startedDaysAgo: 40, weekly: 6, unit: 'mi', yearsRunning: 35, goal: 'Walk-run program back to 5K.', notes: 'Meniscus repair; protect deep flexion under load until 12 weeks post-op.' },
  { therapist: 1, first: 'Ethan', last: 'Park', age: 22, birthdayDaysAgo: 170, sex: 'male', language: 'en', diagnosis: 'patellar_tendinopathy', side: 'both', status: 'active', startedDaysAgo: 75, weekly: 28, unit: 'mi', yearsRunning: 6, goal: 'Back to steeplechase.' },
  { therapist: 1, first: 'Lucía', last: 'Ramírez', age: 26, birthdayDaysAgo: 210, sex: 'female', language: 'es', diagnosis: 'other', diagnosisOther: 'Plica syndrome', side: 'right', status: 'active', startedDaysAgo: 25, weekly: 18, unit: 'km', yearsRunning: 3, goal: 'Correr su primera media maratón.' },
  { therapist: 1, first: 'Samuel', last: 'Cohen', age: 59, birthdayDaysAgo: 90, sex: 'male', language: 'en', diagnosis: 'patellofemoral_pain', side: 'right', status: 'discharged', startedDaysAgo: 81, weekly: 20, unit: 'mi', yearsRunning: 22, goal: 'Run without a knee brace.', dischargedAfterDays: 63, dischargeReason: 'Goals met; running without a brace.' },
  { therapist: 1, first: 'Olivia', last: 'Bennett', age: 35, birthdayDaysAgo: 15, sex: 'female', language: 'en', diagnosis: 'itbs', side: 'right', status: 'on_hold', startedDaysAgo: 120, weekly: 12, unit: 'mi', yearsRunning: 10, goal: 'Return to half marathons.', notes: 'On hold: maternity leave; plans to return in the spring.' },
  { therapist: 1, first: 'Raj', last: 'Patel', age: 44, birthdayDaysAgo: 130, sex: 'male', language: 'en', diagnosis: 'meniscus_nonop', side: 'left', status: 'active', startedDaysAgo: 8, weekly: 25, unit: 'km', yearsRunning: 11, goal: 'Keep running the Sunday club 10K.' },
  { therapist: 1, first: 'María José', last: 'Torres Vega', age: 52, birthdayDaysAgo: 260, sex: 'female', language: 'es', diagnosis: 'patellofemoral_pain', side: 'both', status: 'active', startedDaysAgo: 65, weekly: 15, unit: 'km', yearsRunning: 4, goal: 'Correr sin dolor al bajar escaleras.', phone: '(503) 555-0166' },
  { therapist: 1, first: 'Noah', last: 'Fischer', age: 17, birthdayDaysAgo: 100, sex: 'male', language: 'en', diagnosis: 'patellar_tendinopathy', side: 'left', status: 'discharged', startedDaysAgo: 79, weekly: 30, unit: 'mi', yearsRunning: 4, goal: 'Track season.', dischargedAfterDays: 49, dischargeReason: 'Moved out of state; program handed to his new clinic.' },
  { therapist: 1, first: 'Chloe', last: 'Martin', age: 30, birthdayDaysAgo: 345, sex: 'female', language: 'en', diagnosis: 'meniscus_postop', side: 'right', status: 'active', startedDaysAgo: 50, weekly: 8, unit: 'mi', yearsRunning: 9, goal: 'Return to running 20 mi a week.' },
  { therapist: 1, first: 'Yusuf', last: 'Abubakar', age: 39, birthdayDaysAgo: 70, sex: 'male', language: 'en', diagnosis: 'other', diagnosisOther: 'Quadriceps tendinopathy', side: 'left', status: 'active', startedDaysAgo: 33, weekly: 38, unit: 'km', yearsRunning: 16, goal: 'Sub-40 10K.' },

  { therapist: 2, first: 'Valentina', last: 'Cruz', age: 28, birthdayDaysAgo: 45, sex: 'female', language: 'es', diagnosis: 'itbs', side: 'left', status: 'active', startedDaysAgo: 16, weekly: 35, unit: 'km', yearsRunning: 7, goal: 'Media maratón en primavera.', race: 'Shamrock Run Half Marathon', raceInDays: 110, email: 'vale.cruz@example.com' },
  { therapist: 2, first: 'Diego', last: 'Sánchez', age: 33, birthdayDaysAgo: 190, sex: 'male', language: 'es', diagnosis: 'patellar_tendinopathy', side: 'right', status: 'active', startedDaysAgo: 80, weekly: 50, unit: 'km', yearsRunning: 13, goal: 'Volver a las series en pista.', phone: '(503) 555-0172' },
  { therapist: 2, first: 'Evelyn', last: 'Harris', age: 64, birthdayDaysAgo: 5, sex: 'female', language: 'en', diagnosis: 'meniscus_nonop', side: 'both', status: 'active', startedDaysAgo: 22, weekly: 9, unit: 'mi', yearsRunning: 28, goal: 'Stay active with her walking-running group.' },
  { therapist: 2, first: 'Jorge', last: 'Gutiérrez', age: 49, birthdayDaysAgo: 230, sex: 'male', language: 'es', diagnosis: 'meniscus_postop', side: 'right', status: 'active', startedDaysAgo: 45, weekly: 3, unit: 'km', yearsRunning: 20, goal: 'Correr 5 km sin dolor.', notes: 'Meniscus repair; surgeon cleared jogging from week 16.' },
  { therapist: 2, first: 'Amara', last: 'Okoye', age: 21, birthdayDaysAgo: 115, sex: 'female', language: 'en', diagnosis: 'patellofemoral_pain', side: 'right', status: 'active', startedDaysAgo: 5, weekly: 20, unit: 'mi', yearsRunning: 5, goal: 'College cross-country tryouts.' },
  { therapist: 2, first: 'William', last: 'Sato', age: 57, birthdayDaysAgo: 160, sex: 'male', language: 'en', diagnosis: 'itbs', side: 'left', status: 'discharged', startedDaysAgo: 123, weekly: 26, unit: 'mi', yearsRunning: 30, goal: 'Boston qualifier.', dischargedAfterDays: 84, dischargeReason: 'Goals met: completed his marathon pain-free.' },
  { therapist: 2, first: 'Camila', last: 'Flores', age: 37, birthdayDaysAgo: 275, sex: 'female', language: 'es', diagnosis: 'other', diagnosisOther: 'Pes anserine bursitis', side: 'left', status: 'on_hold', startedDaysAgo: 110, weekly: 10, unit: 'km', yearsRunning: 6, goal: 'Correr con su hija los domingos.', notes: 'On hold for unrelated surgery (appendectomy).' },
  { therapist: 2, first: 'Benjamin', last: 'Lee', age: 25, birthdayDaysAgo: 35, sex: 'male', language: 'en', diagnosis: 'patellar_tendinopathy', side: 'both', status: 'active', startedDaysAgo: 95, weekly: 22, unit: 'mi', yearsRunning: 8, goal: 'Back to basketball and running.' },
  { therapist: 2, first: 'Rosa', last: 'Jiménez', age: 66, birthdayDaysAgo: 185, sex: 'female', language: 'es', diagnosis: 'patellofemoral_pain', side: 'left', status: 'discharged', startedDaysAgo: 130, weekly: 8, unit: 'km', yearsRunning: 10, goal: 'Caminar y trotar sin dolor.', dischargedAfterDays: 77, dischargeReason: 'Goals met; continues the home program.' },
  { therapist: 2, first: 'Aiden', last: 'Walsh', age: 43, birthdayDaysAgo: 240, sex: 'male', language: 'en', diagnosis: 'meniscus_nonop', side: 'right', status: 'discharged', startedDaysAgo: 109, weekly: 18, unit: 'mi', yearsRunning: 12, goal: 'Run the Hood to Coast relay.', dischargedAfterDays: 42, dischargeReason: 'Referred to orthopaedics for a locking knee.' },
  { therapist: 2, first: 'Mei', last: 'Tanaka', age: 48, birthdayDaysAgo: 125, sex: 'female', language: 'en', diagnosis: 'itbs', side: 'right', status: 'active', startedDaysAgo: 70, weekly: 30, unit: 'km', yearsRunning: 15, goal: 'Trail 25K in the summer.', race: 'Forest Park Trail 25K', raceInDays: 200 },
  { therapist: 2, first: 'Javier', last: 'Morales', age: 18, birthdayDaysAgo: 80, sex: 'male', language: 'es', diagnosis: 'meniscus_postop', side: 'left', status: 'on_hold', startedDaysAgo: 140, weekly: 0, unit: 'mi', yearsRunning: 5, goal: 'Return to high-school soccer and running.', notes: 'On hold pending the surgeon’s review of a second MRI.' },
  { therapist: 2, first: 'Zoe', last: 'Campbell', age: 46, birthdayDaysAgo: 355, sex: 'female', language: 'en', diagnosis: 'patellofemoral_pain', side: 'both', status: 'discharged', startedDaysAgo: 141, weekly: 16, unit: 'mi', yearsRunning: 3, goal: 'First 10K.', dischargedAfterDays: 60, dischargeReason: 'Goals met: ran her first 10K.' },
];

/** The demo patients as rows for `PatientsRepository.createMany`, relative to `now`. */
export function demoPatientRows(
  clinicId: string,
  therapistIds: readonly [string, string, string],
  now: Date,
): NewPatient[] {
  const today = todayIso(now);
  return demoPatients.map((p, i) => {
    const startDate = addDays(today, -p.startedDaysAgo);
    const birthday = `${Number(today.slice(0, 4)) - p.age}${today.slice(4)}`;
    const dischargedOn =
      p.status === 'discharged' ? addDays(startDate, p.dischargedAfterDays ?? 0) : null;
    // Each record last touched at its own minute (its discharge, or within its first weeks), so the
    // "last updated" order is as stable as the others.
    const touched = dischargedOn ?? addDays(startDate, Math.min(p.startedDaysAgo, 3 + (i % 10)));
    const createdAt = new Date(`${startDate}T16:${String(i).padStart(2, '0')}:00Z`);
    const updatedAt = new Date(`${touched}T17:${String(i).padStart(2, '0')}:00Z`);
    return {
      clinicId,
      therapistId: therapistIds[p.therapist],
      firstName: p.first,
      lastName: p.last,
      dateOfBirth: addDays(birthday, -p.birthdayDaysAgo),
      sex: p.sex,
      phone: p.phone ?? null,
      email: p.email ?? null,
      preferredLanguage: p.language,
      diagnosis: p.diagnosis,
      diagnosisOther: p.diagnosisOther ?? null,
      affectedSide: p.side,
      startDate,
      weeklyDistance: p.weekly,
      distanceUnit: p.unit,
      yearsRunning: p.yearsRunning,
      runningGoal: p.goal,
      goalRace: p.race ?? null,
      goalRaceDate: p.raceInDays === undefined ? null : addDays(today, p.raceInDays),
      clinicalNotes: p.notes ?? null,
      status: p.status,
      dischargedOn,
      dischargeReason: p.dischargeReason ?? null,
      createdAt,
      updatedAt: updatedAt < now ? updatedAt : now,
    };
  });
}

import { sql } from 'drizzle-orm';
import { diagnoses, sides, todayIso } from '@domain/contracts/patients';
import { systemClock, type Clock } from '../clock';
import type { Database } from '../db/database';
import { PatientsRepository, type NewPatient } from '../patients/repository';
import { addDays } from './calendar';
import { mulberry32 } from './random';

export interface SyntheticPatientsOptions {
  clinicId: string;
  /** The clinic's therapists; patients are dealt to them in turn. */
  therapistIds: readonly string[];
  count: number;
  /** Same seed, same patients (default 1). */
  seed?: number;
  now?: Clock;
}

const rowsPerInsert = 1_000;

/**
 * Inserts `count` made-up patients for load tests and benchmarks: 1,000 rows per INSERT, names drawn from
 * a few hundred first × last names (so name searches match realistic shares), every diagnosis and status,
 * start dates over the past year. Deterministic for a given seed and day. Writes no audit events: this is
 * test data, never a clinic's. Ends with VACUUM ANALYZE of the table.
 */
export async function seedSyntheticPatients(
  db: Database,
  { clinicId, therapistIds, count, seed = 1, now = systemClock }: SyntheticPatientsOptions,
): Promise<void> {
  if (therapistIds.length === 0) throw new Error('synthetic patients need at least one therapist');
  const repository = new PatientsRepository(db, now);
  const random = mulberry32(seed);
  const at = now();
  const today = todayIso(at);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

  for (let done = 0; done < count; done += rowsPerInsert) {
    const batch: NewPatient[] = [];
    for (let i = done; i < Math.min(count, done + rowsPerInsert); i++) {
      const female = random() < 0.55;
      const diagnosis = pick(diagnoses);
      const startDate = addDays(today, -Math.floor(random() * 365));
      const roll = random();
      const status = roll < 0.7 ? 'active' : roll < 0.85 ? 'on_hold' : 'discharged';
      const unit = random() < 0.6 ? 'mi' : 'km';
      // Edited at some moment since the start, so "last updated" spreads like a real clinic's.
      const createdAt = new Date(`${startDate}T12:00:00Z`);
      const updatedAt = new Date(
        createdAt.getTime() + random() * Math.max(0, at.getTime() - createdAt.getTime()),
      );
      batch.push({
        clinicId,
        therapistId: therapistIds[i % therapistIds.length],
        firstName: pick(female ? femaleNames : maleNames),
        lastName: pick(lastNames),
        dateOfBirth: addDays(today, -Math.floor((16 + random() * 54) * 365.25)),
        sex: female ? 'female' : 'male',
        phone: null,
        email: null,
        preferredLanguage: random() < 0.2 ? 'es' : 'en',
        diagnosis,
        diagnosisOther: diagnosis === 'other' ? 'Pes anserine bursitis' : null,
        affectedSide: pick(sides),
        startDate,
        weeklyDistance: Math.round(random() * (unit === 'mi' ? 40 : 65)),
        distanceUnit: unit,
        yearsRunning: Math.floor(random() * 25),
        runningGoal: null,
        goalRace: null,
        goalRaceDate: null,
        clinicalNotes: null,
        status,
        dischargedOn: status === 'discharged' ? earliest(addDays(startDate, 42), today) : null,
        dischargeReason: status === 'discharged' ? 'Goals met.' : null,
        createdAt,
        updatedAt,
      });
    }
    await repository.createMany(batch);
  }
  // As autovacuum would after a bulk load (PGlite has none): statistics for the planner, and the
  // visibility map that lets a count read the index alone.
  await db.execute(sql`vacuum analyze patients`);
}

const earliest = (a: string, b: string) => (a < b ? a : b);

// prettier-ignore
const femaleNames = [
  'Ana', 'María', 'Lucía', 'Sofía', 'Camila', 'Valentina', 'Isabel', 'Carmen', 'Rosa', 'Elena',
  'Emma', 'Olivia', 'Ava', 'Mia', 'Charlotte', 'Amelia', 'Harper', 'Evelyn', 'Abigail', 'Emily',
  'Grace', 'Chloe', 'Zoe', 'Hannah', 'Nora', 'Leah', 'Maya', 'Priya', 'Aisha', 'Fatima',
  'Mei', 'Yuki', 'Hana', 'Ngozi', 'Amara', 'Zainab', 'Sarah', 'Rachel', 'Laura', 'Julia',
  'Megan', 'Jessica', 'Ashley', 'Nicole', 'Samantha', 'Lauren', 'Kayla', 'Brianna', 'Alexis', 'Taylor',
];
// prettier-ignore
const maleNames = [
  'José', 'Luis', 'Carlos', 'Juan', 'Miguel', 'Javier', 'Diego', 'Andrés', 'Mateo', 'Santiago',
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Daniel',
  'Matthew', 'Anthony', 'Mark', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kevin', 'Brian', 'Ethan',
  'Noah', 'Liam', 'Lucas', 'Oliver', 'Elijah', 'Marcus', 'Raj', 'Arjun', 'Wei', 'Hiroshi',
  'Kwame', 'Tunde', 'Omar', 'Yusuf', 'Ali', 'Samuel', 'Isaac', 'Nathan', 'Ryan', 'Tyler',
];
// prettier-ignore
const lastNames = [
  'García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres',
  'Flores', 'Rivera', 'Gómez', 'Díaz', 'Reyes', 'Morales', 'Cruz', 'Ortiz', 'Gutiérrez', 'Chávez',
  'Ramos', 'Ruiz', 'Álvarez', 'Mendoza', 'Castillo', 'Jiménez', 'Vásquez', 'Romero', 'Herrera', 'Medina',
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis',
  'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green', 'Adams',
  'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins',
  'Nguyen', 'Tran', 'Le', 'Pham', 'Kim', 'Park', 'Chen', 'Wang', 'Li', 'Zhang',
  'Patel', 'Shah', 'Singh', 'Kumar', 'Gupta', 'Okafor', 'Adeyemi', 'Mensah', 'Okoye', 'Abubakar',
  'Tanaka', 'Sato', 'Suzuki', "O'Brien", 'Murphy', 'Kelly', 'Sullivan', 'Cohen', 'Novak', 'Kowalski',
];

import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Role } from '@domain/contracts/users';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { clinics, sessions, users } from '../db/schema';

/** A staff account as the app sees it; the password hash stays in the repository unless sign-in asks. */
export interface User {
  id: string;
  clinicId: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: Date;
}

/** What sign-in needs: the account, its hash, and the clinic's name for the current-user reply. */
export interface SignInCandidate extends User {
  passwordHash: string;
  clinicName: string;
}

export interface NewUser {
  clinicId: string;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
}

const userColumns = {
  id: users.id,
  clinicId: users.clinicId,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
};

/** The accounts a patient can be assigned to: the clinic's active therapists. */
export const activeTherapistOf = (clinicId: string) =>
  and(eq(users.clinicId, clinicId), eq(users.role, 'therapist'), eq(users.active, true));

/** Staff accounts. Every read or write but sign-in's is scoped to one clinic, so clinics never see each other. */
export class UsersRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  async findForSignIn(email: string): Promise<SignInCandidate | undefined> {
    const [row] = await this.db
      .select({ ...userColumns, passwordHash: users.passwordHash, clinicName: clinics.name })
      .from(users)
      .innerJoin(clinics, eq(clinics.id, users.clinicId))
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
    return row;
  }

  listForClinic(clinicId: string): Promise<User[]> {
    return this.db
      .select(userColumns)
      .from(users)
      .where(eq(users.clinicId, clinicId))
      .orderBy(asc(users.displayName), asc(users.email));
  }

  /** The clinic's active therapists by name: whom a patient can be assigned to. */
  listActiveTherapists(clinicId: string): Promise<User[]> {
    return this.db
      .select(userColumns)
      .from(users)
      .where(activeTherapistOf(clinicId))
      .orderBy(asc(users.displayName), asc(users.id));
  }

  /** The account when it is an active therapist of this clinic, else undefined. */
  async findActiveTherapist(clinicId: string, id: string): Promise<User | undefined> {
    const [row] = await this.db
      .select(userColumns)
      .from(users)
      .where(and(activeTherapistOf(clinicId), eq(users.id, id)));
    return row;
  }

  /** Creates the account, or returns undefined when the email is taken (ignoring case, in any clinic). */
  async create(user: NewUser): Promise<User | undefined> {
    const at = this.now();
    const [row] = await this.db
      .insert(users)
      .values({ ...user, createdAt: at, updatedAt: at })
      .onConflictDoNothing()
      .returning(userColumns);
    return row;
  }

  /**
   * Activates or deactivates an account in this clinic; undefined when there is none. Deactivating also
   * ends the account's sessions in the same transaction, so its next request is already signed out.
   */
  setActive(clinicId: string, id: string, active: boolean): Promise<User | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(users)
        .set({ active, updatedAt: this.now() })
        .where(and(eq(users.clinicId, clinicId), eq(users.id, id)))
        .returning(userColumns);
      if (row && !active) await tx.delete(sessions).where(eq(sessions.userId, id));
      return row;
    });
  }

  /**
   * Replaces the password hash and ends the account's sessions, except `keepSessionIdHash` (a manager
   * resetting their own password stays signed in where they did it). False when the account is not in
   * this clinic.
   */
  setPasswordHash(
    clinicId: string,
    id: string,
    passwordHash: string,
    keepSessionIdHash?: string,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const updated = await tx
        .update(users)
        .set({ passwordHash, updatedAt: this.now() })
        .where(and(eq(users.clinicId, clinicId), eq(users.id, id)))
        .returning({ id: users.id });
      if (updated.length === 0) return false;
      const ended = eq(sessions.userId, id);
      await tx
        .delete(sessions)
        .where(keepSessionIdHash ? and(ended, ne(sessions.idHash, keepSessionIdHash)) : ended);
      return true;
    });
  }
}

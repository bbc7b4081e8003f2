import { eq, lt, or } from 'drizzle-orm';
import type { Role } from '@domain/contracts/users';
import type { Database } from '../db/database';
import { clinics, sessions, users } from '../db/schema';

export interface NewSession {
  idHash: string;
  userId: string;
  clientAddress: string;
  at: Date;
}

/** A session with the account and clinic it belongs to: everything a request needs to know who is asking. */
export interface SessionWithUser {
  idHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  user: {
    id: string;
    clinicId: string;
    clinicName: string;
    email: string;
    displayName: string;
    role: Role;
    active: boolean;
  };
}

/** Sign-in sessions, found by the sha256 of the cookie token (the token itself is never stored). */
export class SessionsRepository {
  constructor(private readonly db: Database) {}

  async create(session: NewSession): Promise<void> {
    await this.db.insert(sessions).values({
      idHash: session.idHash,
      userId: session.userId,
      clientAddress: session.clientAddress,
      createdAt: session.at,
      lastSeenAt: session.at,
    });
  }

  async findWithUser(idHash: string): Promise<SessionWithUser | undefined> {
    const [row] = await this.db
      .select({
        idHash: sessions.idHash,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        user: {
          id: users.id,
          clinicId: users.clinicId,
          clinicName: clinics.name,
          email: users.email,
          displayName: users.displayName,
          role: users.role,
          active: users.active,
        },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(clinics, eq(clinics.id, users.clinicId))
      .where(eq(sessions.idHash, idHash));
    return row;
  }

  async touch(idHash: string, at: Date): Promise<void> {
    await this.db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.idHash, idHash));
  }

  async delete(idHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.idHash, idHash));
  }

  /** Removes sessions idle since `idleBefore` or started before `startedBefore`: closed tabs leave these behind. */
  async deleteEnded(idleBefore: Date, startedBefore: Date): Promise<void> {
    await this.db
      .delete(sessions)
      .where(or(lt(sessions.lastSeenAt, idleBefore), lt(sessions.createdAt, startedBefore)));
  }
}

import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { roles } from '@domain/contracts/users';

/*
 * One schema for PGlite (PostgreSQL 18) and PostgreSQL 15: keep to SQL that 15 supports.
 * Later features add their tables here and ship them as new migrations (`npm run db:generate`).
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const clinics = pgTable('clinics', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  // Printed on handouts; a clinic created from the command line has none until a manager fills them in.
  address: text('address'),
  phone: text('phone'),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Sign-in looks people up by email whatever case they type, so uniqueness ignores case too.
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    index('users_clinic_id_idx').on(t.clinicId),
    check('users_role_check', sql.raw(`role in (${roles.map((r) => `'${r}'`).join(', ')})`)),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha256 (hex) of the cookie token: a stolen database copy cannot be replayed as a cookie.
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    clientAddress: text('client_address').notNull(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    // An identity column rather than a uuid: the log is append-only and reads back in insertion order.
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    // Null when the event belongs to no clinic yet, e.g. a failed sign-in with an unknown email.
    clinicId: uuid('clinic_id').references(() => clinics.id),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    clientAddress: text('client_address').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_events_clinic_at_idx').on(t.clinicId, t.at)],
);

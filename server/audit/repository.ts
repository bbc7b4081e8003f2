import { and, desc, eq } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { auditEvents, users } from '../db/schema';

/** Every action the audit log knows. Features add theirs here (patients: 'patient.viewed', ...). */
export type AuditAction =
  | 'auth.login_succeeded'
  | 'auth.login_failed'
  | 'auth.login_throttled'
  | 'auth.logged_out'
  | 'clinic.created'
  | 'clinic.updated'
  | 'clinic.logo_uploaded'
  | 'clinic.logo_removed'
  | 'team.listed'
  | 'team.member_created'
  | 'team.member_activated'
  | 'team.member_deactivated'
  | 'team.password_reset'
  | 'patient.listed'
  | 'patient.viewed'
  | 'patient.created'
  | 'patient.updated'
  | 'patient.discharged'
  | 'patient.reactivated'
  | 'patient.reassigned'
  | 'patient.audit_viewed'
  | 'patient.access_denied'
  | 'running_plan.viewed'
  | 'running_plan.created'
  | 'running_plan.updated'
  | 'running_plan.versions_viewed'
  | 'runs.listed'
  | 'run.viewed'
  | 'run.created'
  | 'run.updated'
  | 'run.deleted'
  | 'exercise.listed'
  | 'exercise.viewed'
  | 'exercise.created'
  | 'exercise.updated'
  | 'exercise.image_uploaded'
  | 'exercise.image_removed'
  | 'template.listed'
  | 'template.created'
  | 'program.viewed'
  | 'program.saved'
  | 'program.template_applied'
  | 'program.versions_viewed'
  | 'program.version_viewed'
  | 'cross_training.viewed'
  | 'cross_training.saved'
  | 'cross_training.versions_viewed'
  | 'cross_training.version_viewed'
  | 'caseload.viewed'
  | 'handout.previewed'
  | 'handout.recorded'
  | 'handout.history_viewed'
  | 'handout.viewed'
  | 'handout.pdf_downloaded';

export interface AuditEvent {
  action: AuditAction;
  /** Null when the event belongs to no clinic, e.g. a sign-in attempt for an unknown email. */
  clinicId: string | null;
  /** The signed-in user who acted; null before sign-in and for the command line. */
  actorUserId: string | null;
  clientAddress: string;
  /** What was touched: a table-like name ('user', 'team') and, where there is one, its id. */
  recordType: string;
  recordId?: string | null;
  /** Facts an investigator needs that have no column, e.g. the email tried. Never a password. */
  detail?: Record<string, unknown>;
}

/**
 * The append-only record of who did what to which record, when and from where. Health-data rules ask
 * for every read and write of clinic records; `record` is the one way to add to it.
 */
export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  async record(event: AuditEvent): Promise<void> {
    await this.db
      .insert(auditEvents)
      .values({ ...event, recordId: event.recordId ?? null, at: this.now() });
  }

  /** One record's events in a clinic, newest first, with the name of whoever acted. */
  trail(clinicId: string, recordType: string, recordId: string): Promise<AuditTrailEntry[]> {
    return this.db
      .select({
        id: auditEvents.id,
        action: auditEvents.action,
        actor: { id: users.id, displayName: users.displayName },
        at: auditEvents.at,
        clientAddress: auditEvents.clientAddress,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(
        and(
          eq(auditEvents.recordType, recordType),
          eq(auditEvents.recordId, recordId),
          eq(auditEvents.clinicId, clinicId),
        ),
      )
      .orderBy(desc(auditEvents.at), desc(auditEvents.id));
  }
}

export interface AuditTrailEntry {
  id: number;
  action: string;
  /** Null for events without a signed-in user (the command line). */
  actor: { id: string; displayName: string } | null;
  at: Date;
  clientAddress: string;
}

import type { CrossTrainingPlan } from '@domain/cross-training/plan';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { DocumentVersions } from '../db/document-versions';
import { crossTrainingVersions } from '../db/schema';

/** A patient's cross-training plan as its saved versions (append-only `cross_training_versions`). */
export class CrossTrainingRepository extends DocumentVersions<'plan', CrossTrainingPlan> {
  constructor(db: Database, now: Clock) {
    super(
      db,
      now,
      {
        table: crossTrainingVersions,
        clinicId: crossTrainingVersions.clinicId,
        patientId: crossTrainingVersions.patientId,
        version: crossTrainingVersions.version,
        document: crossTrainingVersions.plan,
        changeSummary: crossTrainingVersions.changeSummary,
        savedBy: crossTrainingVersions.savedBy,
        savedAt: crossTrainingVersions.savedAt,
        insert: (tx, { document, ...row }) => tx.insert(crossTrainingVersions).values({ ...row, plan: document }),
      },
      'plan',
    );
  }
}

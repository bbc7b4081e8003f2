import type { ExerciseNames } from '@domain/programs/program-changes';

export type { ExerciseNames };
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { CustomExerciseFields, ExerciseResponse } from '@domain/contracts/exercises';
import { catalogue, catalogueExercise } from '@domain/exercises/catalogue';
import type { Exercise } from '@domain/exercises/exercise';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { customExercises, exerciseImages } from '../db/schema';
import { isUuid } from '../patients/access';
import type { SavedBy } from '../running/plans-repository';

/**
 * The outcome of an edit of a custom exercise: the saved exercise, or why nothing was written. `no_exercise`: no
 * such custom exercise in the clinic; `stale_version`: someone saved it since the version named.
 */
export type ExerciseWrite =
  | { saved: ExerciseResponse; refused?: undefined }
  | { refused: 'no_exercise'; saved?: undefined }
  | { refused: 'stale_version'; current: ExerciseResponse; saved?: undefined };

const customColumns = {
  id: customExercises.id,
  basedOn: customExercises.basedOn,
  fields: customExercises.fields,
  version: customExercises.version,
  imageId: customExercises.imageId,
};
type CustomRow = Pick<
  typeof customExercises.$inferSelect,
  'id' | 'basedOn' | 'fields' | 'version' | 'imageId'
>;

/** A custom exercise's uploaded picture. */
export interface ExerciseImage {
  contentType: string;
  bytes: Buffer;
}

/** A catalogue exercise as the library lists it: read-only, so no version. */
export function catalogueEntry(exercise: Exercise): ExerciseResponse {
  return { ...exercise, origin: 'catalogue', basedOn: null, version: null };
}

/** A picture's own URL: each upload has its own, so a printed handout keeps showing the picture it printed. */
export const exerciseImageUrl = (id: string, imageId: string) =>
  `/api/exercises/${id}/image?v=${imageId}`;

function customEntry(row: CustomRow): ExerciseResponse {
  return {
    ...row.fields,
    id: row.id,
    origin: 'custom',
    basedOn: row.basedOn,
    version: row.version,
    ...(row.imageId === null ? {} : { imageUrl: exerciseImageUrl(row.id, row.imageId) }),
  };
}

const catalogueEntries = catalogue.map(catalogueEntry);
const catalogueNames = catalogue.map((e): [string, string] => [e.id, e.name]);

/**
 * The exercise library: the built-in catalogue (domain/exercises, read-only, the same for every clinic) and each
 * clinic's custom exercises. Custom exercises are the clinic's: every query names the clinic, so another clinic's
 * exercise is as unknown as an id that does not exist.
 */
export class ExercisesRepository {
  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {}

  /** The catalogue in its own order, then the clinic's exercises by name. */
  async list(clinicId: string): Promise<ExerciseResponse[]> {
    const rows = await this.db
      .select(customColumns)
      .from(customExercises)
      .where(eq(customExercises.clinicId, clinicId))
      .orderBy(asc(sql`lower(${customExercises.fields}->>'name')`), asc(customExercises.id));
    return [...catalogueEntries, ...rows.map(customEntry)];
  }

  /** One exercise of the clinic's library, or undefined. */
  async find(clinicId: string, id: string): Promise<ExerciseResponse | undefined> {
    const builtIn = catalogueExercise(id);
    if (builtIn) return catalogueEntry(builtIn);
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select(customColumns)
      .from(customExercises)
      .where(and(eq(customExercises.id, id), eq(customExercises.clinicId, clinicId)));
    return row && customEntry(row);
  }

  /**
   * The names of every exercise the clinic can use: to check that what a program or a ladder names exists, and
   * to name exercises in a version's change summary. A clinic has tens of custom exercises, not thousands.
   */
  async names(clinicId: string): Promise<ExerciseNames> {
    const rows = await this.db
      .select({ id: customExercises.id, name: sql<string>`${customExercises.fields}->>'name'` })
      .from(customExercises)
      .where(eq(customExercises.clinicId, clinicId));
    return new Map([...catalogueNames, ...rows.map((r): [string, string] => [r.id, r.name])]);
  }

  async create(
    clinicId: string,
    exercise: CustomExerciseFields,
    by: SavedBy,
  ): Promise<ExerciseResponse> {
    const { basedOn, ...fields } = exercise;
    const at = by.at ?? this.now();
    const [row] = await this.db
      .insert(customExercises)
      .values({
        clinicId,
        basedOn,
        fields,
        version: 1,
        createdBy: by.userId,
        createdAt: at,
        updatedBy: by.userId,
        updatedAt: at,
      })
      .returning(customColumns);
    return customEntry(row);
  }

  /** Replaces a custom exercise's fields, if it is still at `version`. */
  async update(
    clinicId: string,
    id: string,
    version: number,
    exercise: CustomExerciseFields,
    by: SavedBy,
  ): Promise<ExerciseWrite> {
    const { basedOn, ...fields } = exercise;
    const mine = and(eq(customExercises.id, id), eq(customExercises.clinicId, clinicId));
    const [row] = await this.db
      .update(customExercises)
      .set({
        basedOn,
        fields,
        version: sql`${customExercises.version} + 1`,
        updatedBy: by.userId,
        updatedAt: by.at ?? this.now(),
      })
      .where(and(mine, eq(customExercises.version, version)))
      .returning(customColumns);
    if (row) return { saved: customEntry(row) };
    const [current] = await this.db.select(customColumns).from(customExercises).where(mine);
    return current
      ? { refused: 'stale_version', current: customEntry(current) }
      : { refused: 'no_exercise' };
  }

  /**
   * Adds a picture to a custom exercise and shows it from now on (the earlier ones are kept for the handouts that
   * printed them); undefined when the clinic has no such custom exercise.
   */
  async saveImage(
    clinicId: string,
    exerciseId: string,
    image: ExerciseImage,
    by: SavedBy,
  ): Promise<string | undefined> {
    if (!isUuid(exerciseId)) return undefined;
    return this.db.transaction(async (tx) => {
      const [owner] = await tx
        .select({ id: customExercises.id })
        .from(customExercises)
        .where(and(eq(customExercises.id, exerciseId), eq(customExercises.clinicId, clinicId)))
        .for('update');
      if (!owner) return undefined;
      const [added] = await tx
        .insert(exerciseImages)
        .values({
          exerciseId,
          clinicId,
          contentType: image.contentType,
          bytes: image.bytes,
          uploadedBy: by.userId,
          uploadedAt: by.at ?? this.now(),
        })
        .returning({ id: exerciseImages.id });
      await tx
        .update(customExercises)
        .set({ imageId: added.id })
        .where(eq(customExercises.id, exerciseId));
      return exerciseImageUrl(exerciseId, added.id);
    });
  }

  /**
   * A custom exercise's picture, only for the clinic that owns it: the one named by `imageId` (any the exercise
   * ever had), or without one the picture shown now.
   */
  async image(
    clinicId: string,
    exerciseId: string,
    imageId?: string,
  ): Promise<ExerciseImage | undefined> {
    if (!isUuid(exerciseId)) return undefined;
    const mine = and(
      eq(exerciseImages.exerciseId, exerciseId),
      eq(exerciseImages.clinicId, clinicId),
    );
    const columns = { contentType: exerciseImages.contentType, bytes: exerciseImages.bytes };
    if (imageId !== undefined) {
      if (!isUuid(imageId)) return undefined;
      const [row] = await this.db
        .select(columns)
        .from(exerciseImages)
        .where(and(mine, eq(exerciseImages.id, imageId)));
      return row;
    }
    const [row] = await this.db
      .select(columns)
      .from(customExercises)
      .innerJoin(exerciseImages, eq(exerciseImages.id, customExercises.imageId))
      .where(mine);
    return row;
  }

  /**
   * Stops showing the picture (the exercise is drawn from its poses again; the picture stays for handouts that
   * printed it); false when there was none.
   */
  async removeImage(clinicId: string, exerciseId: string): Promise<boolean> {
    if (!isUuid(exerciseId)) return false;
    const removed = await this.db
      .update(customExercises)
      .set({ imageId: null })
      .where(
        and(
          eq(customExercises.id, exerciseId),
          eq(customExercises.clinicId, clinicId),
          isNotNull(customExercises.imageId),
        ),
      )
      .returning({ id: customExercises.id });
    return removed.length > 0;
  }
}

import { Params } from '@angular/router';
import { type ExerciseOrigin, exerciseListQuery } from '@domain/contracts/exercises';
import type { Diagnosis } from '@domain/contracts/patients';
import type { ExerciseFilter } from '@domain/exercises/exercise-filter';
import type { EquipmentKind, MuscleGroup } from '@domain/exercises/exercise';
import type * as z from 'zod';

/**
 * What the library shows: the search and the filters, all in the address bar so a reload, Back and a
 * shared link show the same list.
 */
export interface LibraryQuery {
  q: string;
  muscleGroup: MuscleGroup[];
  equipment: EquipmentKind[];
  difficulty: number[];
  /** Leaves out the exercises with a caution for this diagnosis (see `showCautioned`). */
  suitableFor: Diagnosis | null;
  /** With a diagnosis chosen: list the exercises with a caution for it too, each with its caution. */
  showCautioned: boolean;
  origin: ExerciseOrigin | null;
}

export const defaultLibraryQuery: LibraryQuery = {
  q: '',
  muscleGroup: [],
  equipment: [],
  difficulty: [],
  suitableFor: null,
  showCautioned: false,
  origin: null,
};

const fields = exerciseListQuery.shape;

/**
 * The query from the address bar, each parameter read by the API contract's own schema. The address
 * bar is typed by hand too: a parameter the contract refuses falls back to its default rather than
 * failing the page.
 */
export function libraryQueryFromParams(params: Params): LibraryQuery {
  const read = <T>(schema: z.ZodType<T | undefined>, name: string): T | undefined => {
    const value: unknown = params[name];
    if (typeof value !== 'string') return undefined;
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const suitableFor = read(fields.suitableFor, 'suitableFor') ?? null;
  return {
    q: read(fields.q, 'q') ?? '',
    muscleGroup: read(fields.muscleGroup, 'muscleGroup') ?? [],
    equipment: read(fields.equipment, 'equipment') ?? [],
    difficulty: read(fields.difficulty, 'difficulty') ?? [],
    suitableFor,
    showCautioned: suitableFor !== null && params['cautioned'] === 'show',
    origin: read(fields.origin, 'origin') ?? null,
  };
}

/** The query as address-bar parameters, leaving out defaults so the whole library has a plain URL. */
export function toQueryParams(query: LibraryQuery): Params {
  const params: Params = {};
  if (query.q.trim()) params['q'] = query.q.trim();
  if (query.muscleGroup.length) params['muscleGroup'] = query.muscleGroup.join(',');
  if (query.equipment.length) params['equipment'] = query.equipment.join(',');
  if (query.difficulty.length) params['difficulty'] = query.difficulty.join(',');
  if (query.suitableFor) {
    params['suitableFor'] = query.suitableFor;
    if (query.showCautioned) params['cautioned'] = 'show';
  }
  if (query.origin) params['origin'] = query.origin;
  return params;
}

/** The query as `filterExercises` takes it; origin is the library's own filter. */
export function toExerciseFilter(query: LibraryQuery): ExerciseFilter {
  return {
    q: query.q,
    muscleGroup: query.muscleGroup,
    equipment: query.equipment,
    difficulty: query.difficulty,
  };
}

export function isFiltered(query: LibraryQuery): boolean {
  return (
    query.q.trim() !== '' ||
    query.muscleGroup.length > 0 ||
    query.equipment.length > 0 ||
    query.difficulty.length > 0 ||
    query.suitableFor !== null ||
    query.origin !== null
  );
}

/** Every filter off; the search stays (it has its own field). */
export function withoutFilters(query: LibraryQuery): LibraryQuery {
  return { ...defaultLibraryQuery, q: query.q };
}

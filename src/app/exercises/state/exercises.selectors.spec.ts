import type { ExerciseResponse } from '@domain/contracts/exercises';
import type { Dictionary } from '@ngrx/entity';
import {
  catalogueResponse,
  customExercise,
  sampleLibrary,
} from '../../../testing/sample-exercises';
import { manager } from '../../../testing/sample-users';
import { defaultLibraryQuery } from '../library-query';
import {
  libraryList,
  selectCopySource,
  selectDraftOwnerId,
  selectEditedExercise,
  selectLadderChoices,
  selectLibraryList,
  selectSelectedExercise,
  selectSelectedExerciseNotFound,
  selectSelectedLadder,
} from './exercises.selectors';

const library = sampleLibrary();
const entities: Dictionary<ExerciseResponse> = Object.fromEntries(library.map((e) => [e.id, e]));
const custom = customExercise();

function names(list: ReturnType<typeof libraryList>): string[] {
  return list.sections.flatMap((s) => s.rows.map((r) => r.exercise.name));
}

describe('exercises selectors', () => {
  describe('the library list', () => {
    it('lists every exercise by program section, the clinic’s own in their section', () => {
      const list = selectLibraryList.projector(library, defaultLibraryQuery);
      expect(list.sections.map((s) => s.label)).toEqual([
        'Quadriceps',
        'Hamstrings',
        'Glutes & hip',
        'Other',
      ]);
      expect(list.count).toBe(library.length);
      const quadriceps = list.sections[0].rows.map((r) => r.exercise.id);
      expect(quadriceps[quadriceps.length - 1]).toBe(custom.id);
      const indexes = list.sections.flatMap((s) => s.rows.map((r) => r.index));
      expect(indexes).toEqual(library.map((_, i) => i));
    });

    it('searches and filters with filterExercises', () => {
      const list = libraryList(library, {
        ...defaultLibraryQuery,
        q: 'squat',
        equipment: ['kettlebell'],
      });
      expect(names(list)).toEqual(['Goblet squat']);
      expect(list.sections.map((s) => s.section)).toEqual(['quadriceps']);
    });

    it('filters by origin', () => {
      const own = libraryList(library, { ...defaultLibraryQuery, origin: 'custom' });
      expect(names(own)).toEqual([custom.name]);
      const catalogue = libraryList(library, { ...defaultLibraryQuery, origin: 'catalogue' });
      expect(catalogue.count).toBe(library.length - 1);
    });

    it('leaves out the exercises with a caution for the chosen diagnosis, and counts them', () => {
      const squats = { ...defaultLibraryQuery, q: 'squat', muscleGroup: ['quadriceps' as const] };
      const all = libraryList(library, squats);
      const suitable = libraryList(library, { ...squats, suitableFor: 'meniscus_nonop' });
      expect(names(suitable)).not.toContain('Goblet squat');
      expect(names(suitable)).toContain('Mini squat');
      expect(suitable.count + suitable.cautionedCount).toBe(all.count);
      expect(suitable.cautionedCount).toBeGreaterThan(0);
      expect(suitable.sections.flatMap((s) => s.rows).every((r) => r.cautions.length === 0)).toBe(
        true,
      );
    });

    it('lists the cautioned ones on request, each with its caution', () => {
      const list = libraryList(library, {
        ...defaultLibraryQuery,
        q: 'goblet',
        suitableFor: 'patellofemoral_pain',
        showCautioned: true,
      });
      const [row] = list.sections[0].rows;
      expect(row.exercise.id).toBe('goblet-squat');
      expect(row.cautions.map((c) => c.text)).toEqual([
        jasmine.stringMatching(/^Knee pain up to 5 out of 10/),
      ]);
      expect(list.cautionedCount).toBe(1);
    });
  });

  describe('the open exercise', () => {
    it('is the one the address names, once loaded', () => {
      expect(selectSelectedExercise.projector(entities, 'goblet-squat')).toBe(
        entities['goblet-squat']!,
      );
      expect(selectSelectedExercise.projector(entities, undefined)).toBeNull();
      expect(selectSelectedExercise.projector({}, 'goblet-squat')).toBeNull();
    });

    it('is "not found" only once the library has loaded without it', () => {
      const squat = entities['goblet-squat']!;
      expect(selectSelectedExerciseNotFound.projector(true, 'nope', null)).toBeTrue();
      expect(selectSelectedExerciseNotFound.projector(false, 'nope', null)).toBeFalse();
      expect(selectSelectedExerciseNotFound.projector(true, 'goblet-squat', squat)).toBeFalse();
      expect(selectSelectedExerciseNotFound.projector(true, undefined, null)).toBeFalse();
    });

    it('stands on its whole ladder, easiest first', () => {
      const ladder = selectSelectedLadder.projector(entities, entities['goblet-squat']!);
      expect(ladder.map((e) => e.id)).toEqual([
        'wall-sit',
        'bodyweight-squat',
        'goblet-squat',
        'split-squat',
        'bulgarian-split-squat',
      ]);
      expect(selectSelectedLadder.projector(entities, null)).toEqual([]);
    });

    it('of a custom copy, leads into the catalogue’s ladder', () => {
      const ladder = selectSelectedLadder.projector(entities, custom);
      expect(ladder.map((e) => e.id)).toContain('lateral-step-down');
      expect(ladder[0].id).toBe(custom.id);
    });
  });

  describe('the editor', () => {
    it('copies the exercise ?copyOf names', () => {
      expect(selectCopySource.projector(entities, 'goblet-squat')).toBe(entities['goblet-squat']!);
      expect(selectCopySource.projector(entities, undefined)).toBeNull();
      expect(selectCopySource.projector(entities, ['a', 'b'])).toBeNull();
      expect(selectCopySource.projector(entities, 'unknown')).toBeNull();
    });

    it('edits the exercise once read fresh', () => {
      const edited = { id: custom.id, loading: false, error: null };
      expect(selectEditedExercise.projector(entities, edited)).toEqual(custom);
      expect(selectEditedExercise.projector(entities, { ...edited, loading: true })).toBeNull();
      expect(selectEditedExercise.projector(entities, { ...edited, id: null })).toBeNull();
      const offline = { error: 'network_error', message: 'Offline.' };
      expect(selectEditedExercise.projector(entities, { ...edited, error: offline })).toBeNull();
    });

    it('offers every exercise as a ladder link, by section', () => {
      const choices = selectLadderChoices.projector([
        catalogueResponse('clamshell'),
        catalogueResponse('wall-sit'),
      ]);
      expect(choices).toEqual([
        {
          section: 'quadriceps',
          label: 'Quadriceps',
          exercises: [{ id: 'wall-sit', name: 'Wall sit' }],
        },
        {
          section: 'glutes_hip',
          label: 'Glutes & hip',
          exercises: [{ id: 'clamshell', name: 'Clamshell' }],
        },
      ]);
    });

    it('keeps drafts per signed-in user', () => {
      expect(selectDraftOwnerId.projector(manager)).toBe(manager.id);
      expect(selectDraftOwnerId.projector(null)).toBe('');
    });
  });
});

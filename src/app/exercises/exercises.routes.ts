import { Routes, UrlMatchResult, UrlSegment } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { unsavedChangesGuard } from '../ui/forms/unsaved-changes-guard';
import { ExerciseLibraryPage } from './exercise-library-page/exercise-library-page';
import * as exercisesEffects from './state/exercises.effects';
import { exercisesFeature } from './state/exercises.feature';

/**
 * `/exercises` and `/exercises/:id` are one route: moving from one exercise to the next keeps the
 * page (the list's scroll and keyboard focus) and changes only the open exercise, which the address
 * bar names so a reload or a shared link opens it again.
 */
export function libraryMatcher(segments: UrlSegment[]): UrlMatchResult | null {
  if (segments.length === 0) return { consumed: [] };
  if (segments.length === 1) return { consumed: segments, posParams: { id: segments[0] } };
  return null;
}

// The library comes with the feature; the editor (forms, every field of an exercise) loads when
// first opened.
export default [
  {
    path: '',
    providers: [provideState(exercisesFeature), provideEffects(exercisesEffects)],
    children: [
      {
        path: 'new',
        title: 'New exercise · Stride Rx',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () =>
          import('./exercise-editor-page/exercise-editor-page').then((m) => m.ExerciseEditorPage),
      },
      {
        path: ':id/edit',
        title: 'Edit exercise · Stride Rx',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () =>
          import('./exercise-editor-page/exercise-editor-page').then((m) => m.ExerciseEditorPage),
      },
      {
        matcher: libraryMatcher,
        title: 'Exercise library · Stride Rx',
        component: ExerciseLibraryPage,
      },
    ],
  },
] satisfies Routes;

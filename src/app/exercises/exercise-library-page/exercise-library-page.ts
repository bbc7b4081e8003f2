import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  effect,
  inject,
  linkedSignal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ExerciseOrigin, ExerciseResponse } from '@domain/contracts/exercises';
import { type Diagnosis, diagnosisLabels } from '@domain/contracts/patients';
import type { EquipmentKind, MuscleGroup } from '@domain/exercises/exercise';
import { Store } from '@ngrx/store';
import { Subject, catchError, debounceTime, map, of, switchMap } from 'rxjs';
import { PatientsClient } from '../../patients/patients-client';
import { defaultListQuery } from '../../patients/patient-list-query';
import { AddToProgram, AddToProgramForm } from './add-to-program';
import { ExerciseDetail } from '../exercise-detail/exercise-detail';
import { ExerciseFilters } from '../exercise-filters/exercise-filters';
import { ExerciseList } from '../exercise-list/exercise-list';
import {
  type LibraryQuery,
  isFiltered,
  libraryQueryFromParams,
  withoutFilters,
} from '../library-query';
import { exerciseLibraryPageActions } from '../state/exercises.actions';
import { exercisesFeature } from '../state/exercises.feature';
import {
  selectLibraryList,
  selectSelectedExercise,
  selectSelectedExerciseId,
  selectSelectedExerciseNotFound,
  selectSelectedLadder,
} from '../state/exercises.selectors';

/**
 * A pause in typing before the address bar follows the search. Filtering is local and instant;
 * this only keeps one history entry per word rather than per key.
 */
export const searchDebounceMs = 150;

/** From this width the open exercise shows beside the list; below it, on a view of its own. */
export const sideBySideLayout = '(min-width: 1100px)';

/**
 * The exercise library (`/exercises`, and `/exercises/:id` with that exercise open): search,
 * filters, the list and the open exercise's detail.
 */
@Component({
  selector: 'app-exercise-library-page',
  imports: [
    RouterLink,
    MatButton,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatPrefix,
    MatProgressBar,
    ExerciseDetail,
    ExerciseFilters,
    ExerciseList,
    AddToProgramForm,
  ],
  templateUrl: './exercise-library-page.html',
  styleUrl: './exercise-library-page.scss',
  host: {
    '(document:keydown)': 'focusSearchOnSlash($event)',
    '(keydown.escape)': 'leaveDetail($event)',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseLibraryPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly breakpoints = inject(BreakpointObserver);
  private readonly patients = inject(PatientsClient);
  private readonly search = viewChild<ElementRef<HTMLInputElement>>('search');
  private readonly list = viewChild(ExerciseList);
  private readonly detail = viewChild(ExerciseDetail);
  private readonly searchTyped = new Subject<string>();
  private readonly patientTyped = new Subject<string>();
  /** The exercise the keyboard opened, whose name takes focus once it shows. */
  private focusDetailOf: string | null = null;
  /** The address bar is the list's source of truth: back, forward and reload restore it. */
  private readonly addressQuery = toSignal(
    inject(ActivatedRoute).queryParams.pipe(map(libraryQueryFromParams)),
    { requireSync: true },
  );

  /**
   * Active patients whose name matches what was typed in "Add to a patient's program". A read of the patients
   * list only this form needs, so it stays here rather than in the exercises state.
   */
  protected readonly patientMatches = toSignal(
    this.patientTyped.pipe(
      debounceTime(searchDebounceMs),
      switchMap((q) =>
        q.trim()
          ? this.patients
              .list({
                ...defaultListQuery,
                q: q.trim(),
                status: ['active', 'on_hold'],
                pageSize: 10,
              })
              .pipe(
                map((list) => list.items),
                catchError(() => of([])),
              )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );
  protected readonly query = this.store.selectSignal(exercisesFeature.selectQuery);
  protected readonly library = this.store.selectSignal(selectLibraryList);
  private readonly all = this.store.selectSignal(exercisesFeature.selectAllExercises);
  protected readonly total = computed(() => this.all().length);
  protected readonly loaded = this.store.selectSignal(exercisesFeature.selectLoaded);
  protected readonly loading = this.store.selectSignal(exercisesFeature.selectLoading);
  protected readonly loadError = this.store.selectSignal(exercisesFeature.selectLoadError);
  protected readonly selectedId = this.store.selectSignal(selectSelectedExerciseId);
  protected readonly selected = this.store.selectSignal(selectSelectedExercise);
  protected readonly notFound = this.store.selectSignal(selectSelectedExerciseNotFound);
  protected readonly ladder = this.store.selectSignal(selectSelectedLadder);
  /** Where the keyboard picks up in the list: the open exercise, or the one last open. */
  protected readonly lastOpenedId = linkedSignal<string | undefined, string | null>({
    source: this.selectedId,
    computation: (id, previous) => id ?? previous?.value ?? null,
  });
  private readonly entities = this.store.selectSignal(exercisesFeature.selectEntities);
  protected readonly basedOnName = computed(() => {
    const basedOn = this.selected()?.basedOn;
    return basedOn ? (this.entities()[basedOn]?.name ?? null) : null;
  });
  protected readonly sideBySide = toSignal(
    this.breakpoints.observe(sideBySideLayout).pipe(map((state) => state.matches)),
    { initialValue: this.breakpoints.isMatched(sideBySideLayout) },
  );
  /** On a phone the open exercise has the screen to itself; Back to the library returns. */
  protected readonly showList = computed(
    () => this.sideBySide() || this.selectedId() === undefined,
  );
  protected readonly showDetail = computed(
    () => this.sideBySide() || this.selectedId() !== undefined,
  );
  protected readonly filtered = computed(() => isFiltered(this.query()));
  protected readonly diagnosisLabel = computed(() => {
    const diagnosis = this.query().suitableFor;
    return diagnosis ? diagnosisLabels[diagnosis] : '';
  });
  protected readonly summary = computed(() => {
    if (!this.loaded()) return '';
    const { count } = this.library();
    const total = this.total();
    const exercises = (n: number) => (n === 1 ? '1 exercise' : `${n} exercises`);
    return count === total ? exercises(total) : `${count} of ${exercises(total)}`;
  });

  constructor() {
    this.store.dispatch(exerciseLibraryPageActions.opened());
    effect(() => {
      const query = this.addressQuery();
      untracked(() => this.store.dispatch(exerciseLibraryPageActions.queryChanged({ query })));
    });
    this.searchTyped
      .pipe(debounceTime(searchDebounceMs), takeUntilDestroyed())
      .subscribe((text) => {
        const q = text.trim();
        if (q === this.query().q) return;
        this.change(exerciseLibraryPageActions.searchChanged, { q });
      });
    // On a phone, closing the open exercise brings the list back: the keyboard picks up there.
    let previousId = this.selectedId();
    effect(() => {
      const id = this.selectedId();
      const closed = previousId !== undefined && id === undefined;
      previousId = id;
      if (closed && !untracked(this.sideBySide)) {
        afterNextRender(() => this.list()?.focusActiveRow(), { injector: this.injector });
      }
    });
    afterRenderEffect(() => {
      const detail = this.detail();
      if (detail && this.selected()?.id === this.focusDetailOf) {
        this.focusDetailOf = null;
        detail.focusHeading();
      }
    });
    // Back and forward change the search too; never overwrite what the user is typing.
    afterRenderEffect(() => {
      const q = this.query().q;
      const input = this.search()?.nativeElement;
      if (input && document.activeElement !== input && input.value.trim() !== q) input.value = q;
    });
  }

  protected findPatient(text: string): void {
    this.patientTyped.next(text);
  }

  /** The patient's Program tab adds the exercise as an unsaved edit: the therapist doses it and saves. */
  protected addToProgram(exercise: ExerciseResponse, { patientId, section }: AddToProgram): void {
    void this.router.navigate(['/patients', patientId], {
      queryParams: { addExercise: exercise.id, section },
    });
  }

  protected typeSearch(text: string): void {
    this.searchTyped.next(text);
  }

  protected focusSearchOnSlash(event: KeyboardEvent): void {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const search = this.search()?.nativeElement;
    if (!search || isTypingTarget(event.target)) return;
    event.preventDefault();
    search.focus();
    search.select();
  }

  protected enterList(event: Event): void {
    const list = this.list();
    if (!list) return;
    event.preventDefault();
    list.focusActiveRow();
  }

  /** Enter on a row: open it, and move reading to its name once it shows. */
  protected open(exercise: ExerciseResponse): void {
    const detail = this.detail();
    if (detail && this.selected()?.id === exercise.id) {
      detail.focusHeading();
      return;
    }
    this.focusDetailOf = exercise.id;
    void this.router.navigate(['/exercises', exercise.id], { queryParamsHandling: 'preserve' });
  }

  /** Escape in the open exercise: back to the list where the keyboard left it. */
  protected leaveDetail(event: Event): void {
    if (!(event.target as HTMLElement | null)?.closest('.detail-pane')) return;
    if (this.sideBySide()) {
      const list = this.list();
      if (!list) return;
      event.preventDefault();
      list.focusActiveRow();
    } else {
      event.preventDefault();
      void this.router.navigate(['/exercises'], { queryParamsHandling: 'preserve' });
    }
  }

  protected changeMuscleGroup(muscleGroup: MuscleGroup[]): void {
    this.change(exerciseLibraryPageActions.muscleGroupFilterChanged, { muscleGroup });
  }

  protected changeEquipment(equipment: EquipmentKind[]): void {
    this.change(exerciseLibraryPageActions.equipmentFilterChanged, { equipment });
  }

  protected changeDifficulty(difficulty: number[]): void {
    this.change(exerciseLibraryPageActions.difficultyFilterChanged, { difficulty });
  }

  protected changeSuitableFor(suitableFor: Diagnosis | null): void {
    this.change(exerciseLibraryPageActions.suitableForChanged, {
      suitableFor,
      showCautioned: false,
    });
  }

  protected toggleCautioned(): void {
    this.change(exerciseLibraryPageActions.cautionedShownChanged, {
      showCautioned: !this.query().showCautioned,
    });
  }

  protected changeOrigin(origin: ExerciseOrigin | null): void {
    this.change(exerciseLibraryPageActions.originFilterChanged, { origin });
  }

  protected clearFilters(): void {
    this.store.dispatch(
      exerciseLibraryPageActions.filtersCleared({ query: withoutFilters(this.query()) }),
    );
  }

  protected showEverything(): void {
    const search = this.search()?.nativeElement;
    if (search) search.value = '';
    this.store.dispatch(
      exerciseLibraryPageActions.filtersCleared({
        query: withoutFilters({ ...this.query(), q: '' }),
      }),
    );
  }

  protected retry(): void {
    this.store.dispatch(exerciseLibraryPageActions.retrySelected());
  }

  private change(
    action: (props: { query: LibraryQuery }) => { type: string },
    changes: Partial<LibraryQuery>,
  ): void {
    this.store.dispatch(action({ query: { ...this.query(), ...changes } }));
  }
}

/** `/` types a slash in a field; it only jumps to the search from elsewhere on the page. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="combobox"], [role="dialog"]') !== null
  );
}

import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { CreateCustomExerciseRequest, ExerciseResponse } from '@domain/contracts/exercises';
import { copyAsCustom } from '@domain/exercises/copy-exercise';
import { Store } from '@ngrx/store';
import { type Observable, map, switchMap } from 'rxjs';
import { DraftOffer } from '../../ui/forms/draft-offer/draft-offer';
import { EditorDraft } from '../../ui/forms/editor-draft';
import { StaleEditPanel } from '../../ui/forms/stale-edit-panel/stale-edit-panel';
import { HasUnsavedChanges } from '../../ui/forms/unsaved-changes-guard';
import { failureMessageOf, fieldMessagesOf } from '../../ui/forms/save-messages';
import { ExerciseForm } from '../exercise-form/exercise-form';
import { ExercisePictureUpload } from '../exercise-picture-upload/exercise-picture-upload';
import { ExercisesClient } from '../exercises-client';
import {
  type ExerciseFormValue,
  blankExercise,
  createExerciseForm,
  differences,
  fillExerciseForm,
  formValue,
  formValueOf,
  mergeEdits,
  parseExercise,
  toUpdateRequest,
} from '../exercise-form/exercise-form-model';
import { exerciseEditorPageActions, exercisesApiActions } from '../state/exercises.actions';
import { exercisesFeature } from '../state/exercises.feature';
import {
  selectCopyOfId,
  selectCopySource,
  selectDraftOwnerId,
  selectEditedExercise,
  selectLadderChoices,
  selectSelectedExerciseId,
} from '../state/exercises.selectors';

/**
 * New exercise (`/exercises/new`, or `?copyOf=<id>` to start from a catalogue exercise) and Edit
 * (`/exercises/:id/edit`, the clinic's own only). Unsaved work is kept as a draft in the tab's
 * session storage while the form is dirty, offered back after a reload or a new sign-in, and
 * forgotten once saved; leaving with changes asks first. Saving returns to the library with the
 * exercise open.
 */
@Component({
  selector: 'app-exercise-editor-page',
  imports: [
    RouterLink,
    MatButton,
    MatProgressBar,
    DraftOffer,
    ExerciseForm,
    ExercisePictureUpload,
    StaleEditPanel,
  ],
  templateUrl: './exercise-editor-page.html',
  styleUrl: './exercise-editor-page.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseEditorPage implements HasUnsavedChanges {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly client = inject(ExercisesClient);
  private readonly destroyRef = inject(DestroyRef);
  private readonly userId = this.store.selectSignal(selectDraftOwnerId)();
  // Read once: leaving the editor changes the address before this page goes away.
  /** The exercise edited; null for a new one. */
  protected readonly id = this.store.selectSignal(selectSelectedExerciseId)() ?? null;
  /** The exercise a new one is copied from. */
  protected readonly copyOf = this.copyOfFromAddress();
  private readonly draft = new EditorDraft<ExerciseFormValue>(
    this.userId,
    this.id !== null
      ? `exercise.${this.id}`
      : this.copyOf !== null
        ? `exercise.copy.${this.copyOf}`
        : 'exercise.new',
  );

  private readonly entities = this.store.selectSignal(exercisesFeature.selectEntities);
  private readonly edited = this.store.selectSignal(exercisesFeature.selectEdited);
  private readonly editedExercise = this.store.selectSignal(selectEditedExercise);
  private readonly copySource = this.store.selectSignal(selectCopySource);
  private readonly libraryLoaded = this.store.selectSignal(exercisesFeature.selectLoaded);
  private readonly libraryError = this.store.selectSignal(exercisesFeature.selectLoadError);
  protected readonly save = this.store.selectSignal(exercisesFeature.selectSave);
  protected readonly ladderChoices = this.store.selectSignal(selectLadderChoices);
  protected readonly form = createExerciseForm();
  protected readonly formValue = toSignal(
    this.form.valueChanges.pipe(map(() => formValue(this.form))),
    { initialValue: formValue(this.form) },
  );
  /** The form holds the exercise (edit), its copy or a blank one, ready to type in. */
  protected readonly ready = signal(false);
  protected readonly draftOffer = this.draft.offer;
  protected readonly notFound = computed(() => {
    if (this.id !== null) return this.edited().error?.error === 'not_found';
    return this.copyOf !== null && this.libraryLoaded() && this.copySource() === null;
  });
  /** Catalogue exercises are the same for every clinic: they are copied, never edited. */
  protected readonly readOnly = computed(() => this.editedExercise()?.origin === 'catalogue');
  /** Why the exercise to edit or copy did not load (offline, server error): said with a Retry. */
  protected readonly loadFailure = computed(() => {
    if (this.ready()) return null;
    const error = this.id !== null ? this.edited().error : this.libraryError();
    return error && error.error !== 'not_found' ? error.message : null;
  });
  protected readonly heading = computed(() => {
    if (this.id !== null) {
      const name = this.editedExercise()?.name;
      return name ? `Edit ${name}` : 'Edit exercise';
    }
    const source = this.copySource();
    return this.copyOf !== null && source ? `New exercise from ${source.name}` : 'New exercise';
  });
  protected readonly basedOnName = computed(() => {
    const basedOn = this.formValue().basedOn;
    return basedOn ? (this.entities()[basedOn]?.name ?? basedOn) : null;
  });
  protected readonly saving = computed(() => this.save().status === 'saving');
  /** The custom exercise's uploaded picture, and how the last upload or removal went. */
  protected readonly imageUrl = computed(() => this.editedExercise()?.imageUrl);
  protected readonly pictureBusy = signal(false);
  protected readonly pictureMessage = signal('');
  protected readonly pictureFailed = signal(false);
  /** Someone else saved first: their exercise, and the fields where it and the form differ. */
  protected readonly conflict = computed(() => {
    const { status, current, error } = this.save();
    const base = this.draft.baseValue();
    if (status !== 'stale' || !current || !base) return null;
    const saved = formValueOf(current);
    const nameOf = (id: string) => this.entities()[id]?.name;
    return {
      current,
      message: error?.message ?? '',
      differences: differences(saved, this.formValue(), base, nameOf),
    };
  });
  /** A rejected save with field messages: beside the fields, and the summary above the buttons. */
  protected readonly fieldErrors = computed(() => fieldMessagesOf(this.save()));
  /** A save that failed for no field's sake (offline, a catalogue exercise): said with a Retry. */
  protected readonly saveFailure = computed(() => failureMessageOf(this.save()));

  constructor() {
    this.store.dispatch(exerciseEditorPageActions.opened({ id: this.id }));
    if (this.id === null && this.copyOf === null) this.start(blankExercise(), null);
    effect(() => {
      const source = this.copySource();
      if (this.ready() || this.id !== null || !source) return;
      untracked(() => this.start(formValueOf(copyAsCustom(source)), null));
    });
    effect(() => {
      const exercise = this.editedExercise();
      if (this.ready() || !exercise || exercise.origin !== 'custom') return;
      untracked(() => this.start(formValueOf(exercise), exercise.version));
    });
    effect(() => {
      if (this.save().status === 'saved') untracked(() => this.showSavedExercise());
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.keepDraft());
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && this.save().status !== 'saved';
  }

  discardChanges(): void {
    this.draft.discard();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected retryLoad(): void {
    this.store.dispatch(exerciseEditorPageActions.opened({ id: this.id }));
  }

  protected restoreDraft(): void {
    const value = this.draft.restore();
    if (!value) return;
    fillExerciseForm(this.form, value);
    this.form.markAsDirty();
  }

  protected discardDraft(): void {
    this.draft.discard();
  }

  protected submit(request: CreateCustomExerciseRequest): void {
    if (this.id === null) {
      this.store.dispatch(exerciseEditorPageActions.createSubmitted({ request }));
    } else {
      this.store.dispatch(
        exerciseEditorPageActions.updateSubmitted({
          id: this.id,
          request: toUpdateRequest(request, this.draft.baseVersion ?? 0),
        }),
      );
    }
  }

  protected keepMine(current: ExerciseResponse): void {
    const saved = formValueOf(current);
    const merged = mergeEdits(saved, formValue(this.form), this.draft.baseValue() ?? saved);
    fillExerciseForm(this.form, merged);
    this.form.markAsDirty();
    this.draft.rebase(saved, current.version);
    this.keepDraft();
    const parsed = parseExercise(merged);
    if (parsed.ok) this.submit(parsed.request);
    else this.form.markAllAsTouched();
  }

  protected takeSaved(current: ExerciseResponse): void {
    const saved = formValueOf(current);
    fillExerciseForm(this.form, saved);
    this.draft.rebase(saved, current.version);
    this.draft.discard();
    this.store.dispatch(exerciseEditorPageActions.currentVersionTaken({ exercise: current }));
  }

  // The picture is stored apart from the exercise's fields (no version, no draft): it is sent at once, and the
  // exercise read back so the library shows it.
  protected uploadPicture(file: File): void {
    this.changePicture(this.client.uploadImage(this.id!, file), 'Picture saved.');
  }

  protected removePicture(): void {
    this.changePicture(
      this.client.removeImage(this.id!),
      'Picture removed: the drawing is shown again.',
    );
  }

  private changePicture(request: Observable<unknown>, done: string): void {
    const id = this.id!;
    this.pictureBusy.set(true);
    this.pictureMessage.set('');
    request
      .pipe(
        switchMap(() => this.client.get(id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (exercise) => {
          this.store.dispatch(exercisesApiActions.exerciseLoadSucceeded({ exercise }));
          this.pictureBusy.set(false);
          this.pictureFailed.set(false);
          this.pictureMessage.set(done);
        },
        error: (failure: unknown) => {
          this.pictureBusy.set(false);
          this.pictureFailed.set(true);
          const message = (failure as { error?: { message?: unknown } }).error?.message;
          this.pictureMessage.set(
            typeof message === 'string'
              ? message
              : "Couldn't send the picture. Check the connection and try again.",
          );
        },
      });
  }

  protected cancel(): void {
    const back = this.id ?? this.copyOf;
    void this.router.navigate(back === null ? ['/exercises'] : ['/exercises', back]);
  }

  private copyOfFromAddress(): string | null {
    const copyOf = this.store.selectSignal(selectCopyOfId)();
    return this.id === null && typeof copyOf === 'string' ? copyOf : null;
  }

  private start(value: ExerciseFormValue, version: number | null): void {
    fillExerciseForm(this.form, value);
    this.draft.start(value, version);
    this.ready.set(true);
  }

  private keepDraft(): void {
    if (this.form.dirty) this.draft.keep(formValue(this.form));
  }

  private showSavedExercise(): void {
    this.discardChanges();
    this.form.markAsPristine();
    const savedId = this.save().savedId;
    if (savedId) void this.router.navigate(['/exercises', savedId]);
  }
}

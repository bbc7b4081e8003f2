import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { ProgramVersion } from '@domain/contracts/programs';
import type { Dose } from '@domain/programs/dose';
import { programSections, type Program, type ProgramSection } from '@domain/programs/program';
import { programSources } from '@domain/programs/sources';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../core/auth/state/auth.feature';
import { DraftOffer } from '../../ui/forms/draft-offer/draft-offer';
import { FormDraft, FormDrafts } from '../../ui/forms/form-drafts';
import { UnsavedWork } from '../../ui/forms/unsaved-work';
import { ExercisePicked, ExercisePicker } from '../exercise-picker/exercise-picker';
import { ItemMoved, ProgramBuilder } from '../program-builder/program-builder';
import {
  ProgramTemplates,
  TemplateChoice,
  TemplateDetails,
} from '../program-templates/program-templates';
import { ProgramVersions } from '../program-versions/program-versions';
import { StaleProgramPanel } from '../stale-program-panel/stale-program-panel';
import { ProgramsStateRegistration } from '../state/programs-state-registration';
import { StepDirection, programTabActions } from '../state/programs.actions';
import { programsFeature } from '../state/programs.feature';
import {
  selectBuilderSections,
  selectBuiltInTemplates,
  selectCanRedo,
  selectCanUndo,
  selectClinicTemplates,
  selectExerciseNames,
  selectExercisesById,
  selectItemCount,
  selectProgramDirty,
  selectProgramLoad,
  selectProgramPatient,
  selectProgramReadOnly,
  selectSessionEstimate,
  selectShownVersion,
  selectVersionComparison,
} from '../state/programs.selectors';

/**
 * The patient page's Program tab: the strength program builder, its templates and its versions. It is the
 * programs feature's page (the patient page loads it when the tab opens; tabs are not routes), so it alone reads
 * the store and dispatches; everything under it is presentational.
 */
@Component({
  selector: 'app-program-tab',
  imports: [
    DraftOffer,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    ExercisePicker,
    ProgramBuilder,
    ProgramTemplates,
    ProgramVersions,
    StaleProgramPanel,
  ],
  templateUrl: './program-tab.html',
  styleUrl: './program-tab.scss',
  host: { '(keydown)': 'shortcut($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramTab {
  private readonly store = inject(Store);
  private readonly drafts = inject(FormDrafts);
  private readonly injector = inject(Injector);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  private readonly userId = computed(() => this.user()?.id ?? '');

  protected readonly patient = this.store.selectSignal(selectProgramPatient);
  protected readonly readOnly = this.store.selectSignal(selectProgramReadOnly);
  protected readonly load = this.store.selectSignal(selectProgramLoad);
  protected readonly loadError = this.store.selectSignal(programsFeature.selectError);
  protected readonly saved = this.store.selectSignal(programsFeature.selectSaved);
  protected readonly program = this.store.selectSignal(programsFeature.selectProgram);
  protected readonly baseVersion = this.store.selectSignal(programsFeature.selectBaseVersion);
  protected readonly sections = this.store.selectSignal(selectBuilderSections);
  protected readonly exercises = this.store.selectSignal(programsFeature.selectExercises);
  protected readonly exercisesById = this.store.selectSignal(selectExercisesById);
  protected readonly names = this.store.selectSignal(selectExerciseNames);
  protected readonly itemCount = this.store.selectSignal(selectItemCount);
  protected readonly estimate = this.store.selectSignal(selectSessionEstimate);
  protected readonly dirty = this.store.selectSignal(selectProgramDirty);
  protected readonly canUndo = this.store.selectSignal(selectCanUndo);
  protected readonly canRedo = this.store.selectSignal(selectCanRedo);
  protected readonly announcement = this.store.selectSignal(programsFeature.selectAnnouncement);
  protected readonly write = this.store.selectSignal(programsFeature.selectWrite);
  protected readonly builtInTemplates = this.store.selectSignal(selectBuiltInTemplates);
  protected readonly clinicTemplates = this.store.selectSignal(selectClinicTemplates);
  protected readonly templateSave = this.store.selectSignal(programsFeature.selectTemplateSave);
  protected readonly history = this.store.selectSignal(programsFeature.selectHistory);
  protected readonly shownVersion = this.store.selectSignal(selectShownVersion);
  protected readonly comparison = this.store.selectSignal(selectVersionComparison);
  protected readonly versionError = this.store.selectSignal(programsFeature.selectVersionError);

  protected readonly esculier = programSources['runner-pfp-dosing'];
  protected readonly changeSummary = signal('');
  protected readonly templatesOpen = signal(false);
  protected readonly historyOpen = signal(false);
  protected readonly draftOffer = signal<FormDraft<Program> | null>(null);
  protected readonly saving = computed(() => this.write().status === 'saving');
  protected readonly stale = computed(() =>
    this.write().status === 'stale' ? this.write().current : null,
  );
  protected readonly failure = computed(() => {
    const { status, error } = this.write();
    if (status !== 'failed' || !error) return null;
    const fields = Object.values(error.fields ?? {}).flat();
    return [error.message, ...fields].join(' ');
  });
  protected readonly applyBlocked = computed(() => {
    if (this.readOnly())
      return 'This patient is discharged: their program can be read, not changed.';
    if (this.dirty()) return 'Save or discard your changes before using a template.';
    if (this.saving()) return 'Saving…';
    return null;
  });
  protected readonly restoreBlocked = computed(() =>
    this.dirty() ? 'Save or discard your changes first.' : this.saving() ? 'Saving…' : null,
  );
  protected readonly templateErrors = computed(() => {
    const { status, error } = this.templateSave();
    return status === 'failed' && error ? (error.fields ?? { name: [error.message] }) : {};
  });
  protected readonly longSession = computed(() => this.estimate().minutes > 20);
  private readonly draftKey = computed(() => `program.${this.patient()?.id ?? ''}`);

  constructor() {
    inject(ProgramsStateRegistration).register();
    const patientId = computed(() => this.patient()?.id);
    effect(() => {
      const id = patientId();
      if (id !== undefined) {
        untracked(() => this.store.dispatch(programTabActions.opened({ patientId: id })));
      }
    });
    inject(UnsavedWork).hold('program', {
      hasUnsavedChanges: () => this.dirty(),
      discardChanges: () => {
        this.store.dispatch(programTabActions.editsDiscarded());
        this.drafts.clear(this.userId(), this.draftKey());
      },
    });
    effect(() => {
      // A summary belongs to the save it was written for.
      if (this.write().status === 'saved') untracked(() => this.changeSummary.set(''));
    });
    this.keepDraft();
    this.addQueuedExercise();
  }

  /**
   * "Add to a patient's program" on the library page opens this tab with `?addExercise=<id>&section=<section>`:
   * the exercise is added as an unsaved edit, at its starting dose, for the therapist to dose and save.
   */
  private addQueuedExercise(): void {
    const route = inject(ActivatedRoute);
    const router = inject(Router);
    let done = false;
    effect(() => {
      if (this.load() !== 'ready' || done || this.readOnly()) return;
      done = true;
      untracked(() => {
        const params = route.snapshot.queryParamMap;
        const exercise = this.exercisesById().get(params.get('addExercise') ?? '');
        if (!exercise) return;
        const asked = params.get('section') as ProgramSection | null;
        const section = asked && programSections.includes(asked) ? asked : exercise.section;
        this.store.dispatch(
          programTabActions.exerciseAdded({
            section,
            exerciseId: exercise.id,
            dose: exercise.defaultDose,
          }),
        );
        void router.navigate([], {
          relativeTo: route,
          queryParams: { addExercise: null, section: null },
          queryParamsHandling: 'merge',
          replaceUrl: true,
        });
      });
    });
  }

  /**
   * Unsaved work is kept in the session (FormDrafts) as it changes, so a reload or a crash loses nothing; it is
   * offered back when the tab next opens. No beforeunload prompt: the draft makes a reload safe.
   */
  private keepDraft(): void {
    let offered = false;
    effect(() => {
      if (this.load() !== 'ready' || offered) return;
      offered = true;
      untracked(() => {
        const draft = this.drafts.load<Program>(this.userId(), this.draftKey());
        const differs = draft && JSON.stringify(draft.value) !== JSON.stringify(this.program());
        if (draft && differs && !this.dirty()) this.draftOffer.set(draft);
      });
    });
    let wasDirty = false;
    let pending: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      const dirty = this.dirty();
      const program = this.program();
      untracked(() => {
        clearTimeout(pending);
        if (dirty) {
          const key = this.draftKey();
          const draft = {
            savedAt: new Date().toISOString(),
            baseVersion: this.baseVersion(),
            baseValue: null,
            value: program,
          };
          // Written just after the view is drawn: serialising a long program stays out of the edit's frame.
          pending = setTimeout(() => this.drafts.save<Program>(this.userId(), key, draft));
          this.draftOffer.set(null);
        } else if (wasDirty) {
          this.drafts.clear(this.userId(), this.draftKey());
        }
        wasDirty = dirty;
      });
    });
  }

  protected restoreDraft(): void {
    const draft = this.draftOffer();
    if (!draft) return;
    this.draftOffer.set(null);
    this.store.dispatch(
      programTabActions.draftRestored({
        program: draft.value,
        baseVersion: draft.baseVersion ?? 0,
      }),
    );
  }

  protected discardDraft(): void {
    this.draftOffer.set(null);
    this.drafts.clear(this.userId(), this.draftKey());
  }

  /** Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes a builder edit; in a text field they edit the text. */
  protected shortcut(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || this.readOnly()) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, [contenteditable="true"]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      this.redo();
    }
  }

  protected retryLoad(): void {
    const patient = this.patient();
    if (patient)
      this.store.dispatch(programTabActions.retryLoadSelected({ patientId: patient.id }));
  }

  protected addExercise({ exercise, section }: ExercisePicked): void {
    this.store.dispatch(
      programTabActions.exerciseAdded({
        section,
        exerciseId: exercise.id,
        dose: exercise.defaultDose,
      }),
    );
  }

  protected moveExercise({ itemId, section, index }: ItemMoved): void {
    this.store.dispatch(programTabActions.exerciseMoved({ itemId, section, index }));
  }

  protected removeExercise(itemId: string): void {
    this.store.dispatch(programTabActions.exerciseRemoved({ itemId }));
  }

  protected stepExercise({
    itemId,
    direction,
  }: {
    itemId: string;
    direction: StepDirection;
  }): void {
    this.store.dispatch(programTabActions.exerciseStepped({ itemId, direction }));
  }

  /**
   * A dose edit is the builder's most frequent action; `program-dose-edit` measures it from the dispatch to the
   * view drawn (bench/program-builder.ts reads it; the target is one frame, 16 ms, in a 30-exercise program).
   */
  protected changeDose({ itemId, dose }: { itemId: string; dose: Dose }): void {
    const start = performance.now();
    this.store.dispatch(programTabActions.doseChanged({ itemId, dose }));
    afterNextRender(() => performance.measure('program-dose-edit', { start }), {
      injector: this.injector,
    });
  }

  protected undo(): void {
    this.store.dispatch(programTabActions.editUndone());
  }

  protected redo(): void {
    this.store.dispatch(programTabActions.editRedone());
  }

  protected discard(): void {
    this.store.dispatch(programTabActions.editsDiscarded());
  }

  protected saveProgram(): void {
    const patient = this.patient();
    if (!patient) return;
    const request = {
      version: this.baseVersion(),
      program: this.program(),
      changeSummary: this.changeSummary(),
    };
    this.store.dispatch(programTabActions.saveSubmitted({ patientId: patient.id, request }));
  }

  /** Sends the interrupted write again: a failed save's Retry, or "Keep mine" at the newer version. */
  protected resend(atVersion?: number): void {
    const patient = this.patient();
    const write = this.write().write;
    if (!patient || !write) return;
    const version = atVersion ?? write.request.version;
    this.store.dispatch(
      write.kind === 'save'
        ? programTabActions.saveSubmitted({
            patientId: patient.id,
            request: { ...write.request, version },
          })
        : programTabActions.templateApplied({
            patientId: patient.id,
            request: { ...write.request, version },
          }),
    );
  }

  protected keepMine(current: ProgramVersion): void {
    this.resend(current.version);
  }

  protected takeTheirs(current: ProgramVersion): void {
    this.store.dispatch(programTabActions.savedVersionTaken({ current }));
  }

  protected toggleTemplates(): void {
    this.templatesOpen.update((open) => !open);
  }

  protected applyTemplate({ templateId, mode }: TemplateChoice): void {
    const patient = this.patient();
    if (!patient) return;
    this.store.dispatch(
      programTabActions.templateApplied({
        patientId: patient.id,
        request: { version: this.baseVersion(), templateId, mode },
      }),
    );
  }

  protected saveTemplate({ name, summary }: TemplateDetails): void {
    const patient = this.patient();
    this.store.dispatch(
      programTabActions.templateSaved({
        request: {
          name,
          summary,
          diagnoses: patient ? [patient.diagnosis] : [],
          program: this.program(),
        },
      }),
    );
  }

  protected toggleHistory(): void {
    const patient = this.patient();
    const open = !this.historyOpen();
    this.historyOpen.set(open);
    if (open && patient)
      this.store.dispatch(programTabActions.historyOpened({ patientId: patient.id }));
  }

  protected viewVersion(version: number): void {
    const patient = this.patient();
    if (patient)
      this.store.dispatch(programTabActions.versionViewed({ patientId: patient.id, version }));
  }

  protected compareVersions({ older, newer }: { older: number; newer: number }): void {
    const patient = this.patient();
    if (patient) {
      this.store.dispatch(
        programTabActions.comparisonChosen({ patientId: patient.id, older, newer }),
      );
    }
  }

  protected closeVersion(): void {
    this.store.dispatch(programTabActions.versionClosed());
  }

  protected restoreVersion(version: ProgramVersion): void {
    const patient = this.patient();
    if (!patient) return;
    this.store.dispatch(
      programTabActions.versionRestored({
        patientId: patient.id,
        request: {
          version: this.baseVersion(),
          program: version.program,
          changeSummary: `Restored version ${version.version}`,
        },
      }),
    );
  }
}

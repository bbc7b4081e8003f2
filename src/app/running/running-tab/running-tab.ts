import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { ApiError } from '@domain/contracts/api-error';
import { todayIso } from '@domain/contracts/patients';
import type {
  CreateRunRequest,
  CreateRunningPlanRequest,
  Run,
  RunningPlanDto,
  SaveRunningPlanRequest,
} from '@domain/contracts/running';
import { formatDistance } from '@domain/training-load/distance';
import { sources } from '@domain/training-load/sources';
import { Store } from '@ngrx/store';
import { ClinicDatePipe, formatClinicDate } from '../../ui/clinic-date-pipe';
import { DraftOffer } from '../../ui/forms/draft-offer/draft-offer';
import { fullName } from '../../patients/patient-name';
import { DeleteRunData, DeleteRunDialog } from '../delete-run-dialog/delete-run-dialog';
import { describePlan, describeSettings } from '../describe-plan';
import { FlagsPanel } from '../flags-panel/flags-panel';
import { DistanceChange, KindChange, PlanEditor } from '../plan-editor/plan-editor';
import { PlanForm } from '../plan-form/plan-form';
import type { PlanFormStart } from '../plan-form/plan-form-model';
import { PlanHistory } from '../plan-history/plan-history';
import { RuleSource } from '../rule-source/rule-source';
import { RunForm } from '../run-form/run-form';
import type { RunFormValue } from '../run-form/run-form-model';
import { RunLog } from '../run-log/run-log';
import { StalePlanPanel } from '../stale-plan-panel/stale-plan-panel';
import { StaleRunPanel } from '../stale-run-panel/stale-run-panel';
import { SuggestionPreview } from '../suggestion-preview/suggestion-preview';
import { RunningStateRegistration } from '../state/running-state-registration';
import { runningTabActions } from '../state/running.actions';
import { runningFeature } from '../state/running.feature';
import {
  selectCurrentRatio,
  selectEditedRun,
  selectFlagItems,
  selectLoadError,
  selectLoadWeeks,
  selectPlanConflict,
  selectPlanEditor,
  selectRunningLoad,
  selectRunningPatient,
  selectRunningDraft,
  selectRunningReadOnly,
  selectRunningUnit,
  selectSuggestionPreview,
  selectWalkJogAdvice,
} from '../state/running.selectors';
import { TrainingLoadChart } from '../training-load-chart/training-load-chart';
import { WalkJogLevels } from '../walk-jog-levels/walk-jog-levels';

/**
 * The patient page's Running tab: the plan (made, edited, adjusted by suggestions), the flags, the chart and the
 * run log. It is the running feature's page: the patient page loads it when the tab first opens (its tabs are not routes),
 * so it is the one running component that reads the store and dispatches; everything under it is presentational.
 */
@Component({
  selector: 'app-running-tab',
  imports: [
    ClinicDatePipe,
    DraftOffer,
    MatButton,
    MatIcon,
    MatProgressBar,
    FlagsPanel,
    PlanEditor,
    PlanForm,
    PlanHistory,
    RuleSource,
    RunForm,
    RunLog,
    StalePlanPanel,
    StaleRunPanel,
    SuggestionPreview,
    TrainingLoadChart,
    WalkJogLevels,
  ],
  templateUrl: './running-tab.html',
  styleUrl: './running-tab.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunningTab {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly locale = inject(LOCALE_ID);

  protected readonly patient = this.store.selectSignal(selectRunningPatient);
  protected readonly readOnly = this.store.selectSignal(selectRunningReadOnly);
  protected readonly load = this.store.selectSignal(selectRunningLoad);
  protected readonly loadError = this.store.selectSignal(selectLoadError);
  protected readonly plan = this.store.selectSignal(runningFeature.selectPlan);
  protected readonly unit = this.store.selectSignal(selectRunningUnit);
  protected readonly today = this.store.selectSignal(runningFeature.selectToday);
  protected readonly flagItems = this.store.selectSignal(selectFlagItems);
  protected readonly ratio = this.store.selectSignal(selectCurrentRatio);
  protected readonly weeks = this.store.selectSignal(selectLoadWeeks);
  protected readonly editor = this.store.selectSignal(selectPlanEditor);
  protected readonly preview = this.store.selectSignal(selectSuggestionPreview);
  protected readonly planSave = this.store.selectSignal(runningFeature.selectPlanSave);
  protected readonly planConflict = this.store.selectSignal(selectPlanConflict);
  protected readonly planCreate = this.store.selectSignal(runningFeature.selectPlanCreate);
  protected readonly draft = this.store.selectSignal(runningFeature.selectDraft);
  protected readonly runs = this.store.selectSignal(runningFeature.selectRuns);
  protected readonly runForm = this.store.selectSignal(runningFeature.selectRunForm);
  protected readonly editedRun = this.store.selectSignal(selectEditedRun);
  protected readonly runSave = this.store.selectSignal(runningFeature.selectRunSave);
  protected readonly runDelete = this.store.selectSignal(runningFeature.selectRunDelete);
  protected readonly versions = this.store.selectSignal(runningFeature.selectVersions);
  protected readonly advice = this.store.selectSignal(selectWalkJogAdvice);
  private readonly unsaved = this.store.selectSignal(selectRunningDraft);
  protected readonly draftOffer = this.store.selectSignal(runningFeature.selectDraftOffer);
  protected readonly offerWhat = computed(() => {
    const draft = this.draftOffer()?.draft;
    if (draft?.plan && draft.run) return 'changes to the planned weeks and the run log';
    return draft?.plan ? 'changes to the planned weeks' : 'changes to the run log';
  });

  /** "Make a new plan" over the current one. */
  protected readonly replacing = signal(false);
  protected readonly historyOpen = signal(false);
  protected readonly tenPercentSource = sources['ten-percent-rule'];

  protected readonly planStart = computed((): PlanFormStart | null => {
    const patient = this.patient();
    const today = this.today();
    if (!patient || !today) return null;
    return {
      unit: patient.distanceUnit,
      weeklyDistance: patient.weeklyDistance,
      goalRaceDate: patient.goalRaceDate,
      today,
    };
  });
  protected readonly description = computed(() => {
    const plan = this.plan();
    return plan ? describePlan(plan, this.locale) : '';
  });
  protected readonly settings = computed(() => {
    const plan = this.plan();
    return plan?.kind === 'mileage' ? describeSettings(plan, this.locale) : '';
  });
  protected readonly weeklyIncrease = computed(() => {
    const plan = this.plan();
    return plan?.kind === 'mileage' ? plan.settings.maxWeeklyIncreasePercent : null;
  });
  protected readonly nextLevel = computed(() => {
    const plan = this.plan();
    return this.advice()?.level ?? (plan?.kind === 'walk-jog' ? plan.startLevel : null);
  });
  protected readonly chartFileName = computed(() => {
    const patient = this.patient();
    const name = patient ? fullName(patient).toLowerCase().replace(/[^a-z0-9]+/g, '-') : 'patient';
    return `running-${name}-${this.today()}`;
  });
  protected readonly planFormErrors = computed(() => fieldMessages(this.planCreate()));
  protected readonly planFormFailure = computed(() => failureMessage(this.planCreate()));
  protected readonly editorFailure = computed(() =>
    this.planSave().origin === 'edit' ? failureMessage(this.planSave()) : null,
  );
  protected readonly previewFailure = computed(() =>
    this.planSave().origin === 'suggestion' ? failureMessage(this.planSave()) : null,
  );
  protected readonly savingPlan = computed(() => this.planSave().status === 'saving');
  protected readonly applyBlocked = computed(() => {
    if (this.editor()?.dirty) {
      return 'Save or discard your edits to the planned weeks before applying a suggestion.';
    }
    if (this.planSave().status === 'saving') return 'Saving the plan…';
    if (this.planSave().status === 'stale') return 'Choose which plan to keep before applying a suggestion.';
    return null;
  });
  protected readonly runFormErrors = computed(() => fieldMessages(this.runSave()));
  protected readonly runFailure = computed(() => failureMessage(this.runSave()));

  constructor() {
    inject(RunningStateRegistration).register();
    const patientId = computed(() => this.patient()?.id);
    effect(() => {
      const id = patientId();
      if (id !== undefined) {
        untracked(() =>
          this.store.dispatch(runningTabActions.opened({ patientId: id, today: todayIso() })),
        );
      }
    });
    effect(() => {
      if (this.planCreate().status === 'saved') untracked(() => this.replacing.set(false));
    });
  }

  /** Unsaved work is kept as a draft too, but closing the browser tab is still asked about first. */
  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.unsaved()) event.preventDefault();
  }

  protected restoreDraft(): void {
    this.store.dispatch(runningTabActions.draftRestored());
  }

  protected dismissDraft(): void {
    this.store.dispatch(runningTabActions.draftDismissed());
  }

  protected keepRunEdits(value: RunFormValue): void {
    this.store.dispatch(runningTabActions.runFormEdited({ value }));
  }

  protected retryLoad(): void {
    const patient = this.patient();
    if (patient) this.store.dispatch(runningTabActions.retryLoadSelected({ patientId: patient.id }));
  }

  protected createPlan(request: CreateRunningPlanRequest): void {
    const patient = this.patient();
    if (!patient) return;
    const replacesVersion = this.replacing() ? (this.plan()?.version ?? null) : null;
    this.store.dispatch(
      runningTabActions.planSubmitted({
        patientId: patient.id,
        creation: { request, replacesVersion },
      }),
    );
  }

  /** Someone made or changed the plan first; this therapist's new plan replaces it as the next version. */
  protected keepMyNewPlan(current: RunningPlanDto): void {
    const patient = this.patient();
    const request = this.planCreate().request?.request;
    if (!patient || !request) return;
    this.store.dispatch(
      runningTabActions.planSubmitted({
        patientId: patient.id,
        creation: { request, replacesVersion: current.version },
      }),
    );
  }

  protected takeSavedPlan(current: RunningPlanDto): void {
    this.replacing.set(false);
    this.store.dispatch(runningTabActions.savedPlanTaken({ plan: current }));
  }

  protected startNewPlan(): void {
    this.replacing.set(true);
  }

  protected toggleHistory(): void {
    const patient = this.patient();
    const open = !this.historyOpen();
    this.historyOpen.set(open);
    if (open && patient) {
      this.store.dispatch(runningTabActions.planHistoryOpened({ patientId: patient.id }));
    }
  }

  protected changeDistance({ index, distance }: DistanceChange): void {
    this.store.dispatch(runningTabActions.plannedDistanceChanged({ index, distance }));
  }

  protected changeKind({ index, kind }: KindChange): void {
    this.store.dispatch(runningTabActions.plannedKindChanged({ index, kind }));
  }

  protected addWeek(): void {
    this.store.dispatch(runningTabActions.planWeekAdded());
  }

  protected removeLastWeek(): void {
    this.store.dispatch(runningTabActions.lastPlanWeekRemoved());
  }

  protected undoEdit(): void {
    this.store.dispatch(runningTabActions.planEditUndone());
  }

  protected discardEdits(): void {
    this.store.dispatch(runningTabActions.planEditsDiscarded());
  }

  protected savePlan(request: SaveRunningPlanRequest): void {
    const patient = this.patient();
    if (patient) {
      this.store.dispatch(runningTabActions.planEditsSubmitted({ patientId: patient.id, request }));
    }
  }

  /** Someone saved the plan first; the weeks this therapist changed go on top of theirs as the next version. */
  protected keepMyPlanChanges(): void {
    const patient = this.patient();
    const conflict = this.planConflict();
    if (!patient || !conflict) return;
    const { request } = conflict;
    const suggestionId = this.preview()?.suggestion.id;
    this.store.dispatch(
      this.planSave().origin === 'suggestion' && suggestionId
        ? runningTabActions.suggestionApplied({ patientId: patient.id, suggestionId, request })
        : runningTabActions.planEditsSubmitted({ patientId: patient.id, request }),
    );
  }

  protected previewSuggestion(suggestionId: string): void {
    this.store.dispatch(runningTabActions.suggestionPreviewed({ suggestionId }));
  }

  protected closePreview(): void {
    this.store.dispatch(runningTabActions.suggestionPreviewClosed());
  }

  protected applySuggestion(): void {
    const patient = this.patient();
    const preview = this.preview();
    if (!patient || !preview) return;
    this.store.dispatch(
      runningTabActions.suggestionApplied({
        patientId: patient.id,
        suggestionId: preview.suggestion.id,
        request: preview.request,
      }),
    );
  }

  protected openRunForm(runId: string | null): void {
    this.store.dispatch(runningTabActions.runFormOpened({ runId }));
  }

  protected closeRunForm(): void {
    this.store.dispatch(runningTabActions.runFormClosed());
  }

  protected saveRun(request: CreateRunRequest): void {
    const patient = this.patient();
    if (!patient) return;
    const run = this.editedRun();
    this.store.dispatch(
      run
        ? runningTabActions.runEditSubmitted({
            patientId: patient.id,
            runId: run.id,
            request: { ...request, version: run.version },
          })
        : runningTabActions.runSubmitted({ patientId: patient.id, request }),
    );
  }

  /** Someone saved the run first; this therapist's values go on top of their save. */
  protected keepMyRun(current: Run): void {
    const patient = this.patient();
    const request = this.runSave().request;
    if (!patient || !request) return;
    this.store.dispatch(
      runningTabActions.runEditSubmitted({
        patientId: patient.id,
        runId: current.id,
        request: { ...request, version: current.version },
      }),
    );
  }

  protected takeSavedRun(current: Run): void {
    this.store.dispatch(runningTabActions.savedRunTaken({ run: current }));
  }

  protected confirmDelete(run: Run): void {
    const patient = this.patient();
    if (!patient) return;
    const data: DeleteRunData = {
      day: formatClinicDate(run.date, 'date', this.locale),
      distance: formatDistance(run.distanceMetres, this.unit()),
    };
    this.dialog
      .open<DeleteRunDialog, DeleteRunData, boolean>(DeleteRunDialog, {
        data,
        width: '440px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed === true) {
          this.store.dispatch(
            runningTabActions.runDeleteConfirmed({ patientId: patient.id, runId: run.id }),
          );
        }
      });
  }
}

interface Write {
  status: string;
  error: ApiError | null;
}

/** A rejected save's field messages, beside the fields, with the summary above the buttons. */
function fieldMessages(write: Write): Record<string, string[]> {
  const { status, error } = write;
  return status === 'failed' && error?.fields ? { ...error.fields, _form: [error.message] } : {};
}

/** A save that failed for no field's sake (offline, server error, a discharged patient): said with a Retry. */
function failureMessage(write: Write): string | null {
  const { status, error } = write;
  return status === 'failed' && error && !error.fields ? error.message : null;
}

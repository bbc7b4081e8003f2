import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { todayIso } from '@domain/contracts/patients';
import type { CrossTrainingVersion } from '@domain/contracts/cross-training';
import { moveSession, withRunDay } from '@domain/cross-training/week-schedule';
import { mondayOf } from '@domain/training-load/calendar-weeks';
import { Store } from '@ngrx/store';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { blankSession, nextSessionId, toPlanInput, withWeekMinutes } from '../plan-draft';
import { PlanEdit, PlanForm } from '../plan-form/plan-form';
import { PlanVersions } from '../plan-versions/plan-versions';
import { ProgressionTable, WeekMinutesEdit } from '../progression-table/progression-table';
import { Replacement, ReplaceRunHelper } from '../replace-run-helper/replace-run-helper';
import { StaleCrossTrainingPanel } from '../stale-plan-panel/stale-plan-panel';
import { CrossTrainingStateRegistration } from '../state/cross-training-state-registration';
import { crossTrainingTabActions } from '../state/cross-training.actions';
import { crossTrainingFeature } from '../state/cross-training.feature';
import {
  selectCanRedo,
  selectCanUndo,
  selectCrossTrainingDirty,
  selectCrossTrainingPatient,
  selectCrossTrainingReadOnly,
  selectPlanCheck,
  selectPlannedWeeks,
  selectScheduleHints,
  selectWeekSchedules,
  selectTablePlan,
  selectWeeklyTotals,
} from '../state/cross-training.selectors';
import {
  RunDayChange,
  SessionMove,
  WeekScheduleGrid,
} from '../week-schedule-grid/week-schedule-grid';
import { LazyTotalsChart } from '../weekly-totals-chart/lazy-totals-chart';
import { WeeklyTotalsTable } from '../weekly-totals-table/weekly-totals-table';

/**
 * The patient page's Cross-training tab: the plan's settings and sessions, its weeks and weekly totals, saved as
 * versions. The patient page loads it when the tab first opens; it is the one cross-training component that reads
 * the store and dispatches, everything under it is presentational.
 */
@Component({
  selector: 'app-cross-training-tab',
  imports: [
    ClinicDatePipe,
    LazyTotalsChart,
    MatButton,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatProgressBar,
    PlanForm,
    PlanVersions,
    ProgressionTable,
    ReplaceRunHelper,
    StaleCrossTrainingPanel,
    WeekScheduleGrid,
    WeeklyTotalsTable,
  ],
  templateUrl: './cross-training-tab.html',
  styleUrl: './cross-training-tab.scss',
  host: {
    '(keydown)': 'shortcut($event)',
    '(window:beforeunload)': 'warnBeforeUnload($event)',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrossTrainingTab {
  private readonly store = inject(Store);

  protected readonly patient = this.store.selectSignal(selectCrossTrainingPatient);
  protected readonly readOnly = this.store.selectSignal(selectCrossTrainingReadOnly);
  protected readonly load = this.store.selectSignal(crossTrainingFeature.selectLoad);
  protected readonly loadError = this.store.selectSignal(crossTrainingFeature.selectLoadError);
  protected readonly saved = this.store.selectSignal(crossTrainingFeature.selectSaved);
  protected readonly plan = this.store.selectSignal(crossTrainingFeature.selectPlan);
  protected readonly save = this.store.selectSignal(crossTrainingFeature.selectSave);
  protected readonly check = this.store.selectSignal(selectPlanCheck);
  protected readonly tablePlan = this.store.selectSignal(selectTablePlan);
  protected readonly weeks = this.store.selectSignal(selectPlannedWeeks);
  protected readonly totals = this.store.selectSignal(selectWeeklyTotals);
  protected readonly schedules = this.store.selectSignal(selectWeekSchedules);
  protected readonly hints = this.store.selectSignal(selectScheduleHints);
  protected readonly strength = this.store.selectSignal(crossTrainingFeature.selectStrength);
  protected readonly running = this.store.selectSignal(crossTrainingFeature.selectRunning);
  protected readonly canUndo = this.store.selectSignal(selectCanUndo);
  protected readonly canRedo = this.store.selectSignal(selectCanRedo);
  protected readonly history = this.store.selectSignal(crossTrainingFeature.selectHistory);
  protected readonly shownVersion = this.store.selectSignal(crossTrainingFeature.selectShown);
  protected readonly historyOpen = signal(false);
  private readonly dirty = this.store.selectSignal(selectCrossTrainingDirty);

  protected readonly changeSummary = signal('');
  protected readonly today = todayIso();
  protected readonly errors = computed(() => this.check()?.errors ?? {});
  protected readonly saving = computed(() => this.save().status === 'saving');
  protected readonly restoreBlocked = computed(() =>
    this.readOnly()
      ? 'This patient is discharged.'
      : this.dirty()
        ? 'Save or undo your changes first.'
        : this.saving()
          ? 'Saving…'
          : null,
  );
  protected readonly canSave = computed(
    () =>
      !this.readOnly() &&
      !this.saving() &&
      this.save().status !== 'stale' &&
      !!this.check()?.plan &&
      (this.dirty() || this.saved() === null),
  );
  /** A save refused for no conflict's sake: offline, a server error, a discharged patient, a field. */
  protected readonly saveFailure = computed(() => {
    const { status, error } = this.save();
    return status === 'failed' && error ? error.message : null;
  });

  constructor() {
    inject(CrossTrainingStateRegistration).register();
    const patientId = computed(() => this.patient()?.id);
    effect(() => {
      const id = patientId();
      if (id !== undefined) {
        untracked(() => this.store.dispatch(crossTrainingTabActions.opened({ patientId: id })));
      }
    });
    effect(() => {
      if (this.save().status === 'saved') untracked(() => this.changeSummary.set(''));
    });
  }

  /** Closing the browser tab over unsaved edits is asked about first. */
  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.dirty()) event.preventDefault();
  }

  /** Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes a plan edit; in a text field they edit the text. */
  protected shortcut(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || this.readOnly()) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
      event.preventDefault();
      this.redo();
    }
  }

  protected retryLoad(): void {
    const patient = this.patient();
    if (patient)
      this.store.dispatch(crossTrainingTabActions.retryLoadSelected({ patientId: patient.id }));
  }

  protected startPlan(): void {
    this.store.dispatch(crossTrainingTabActions.planStarted({ startWeek: mondayOf(todayIso()) }));
  }

  protected editPlan({ plan, field }: PlanEdit): void {
    this.store.dispatch(crossTrainingTabActions.planEdited({ plan, field }));
  }

  protected editWeekMinutes({ week, sessionId, minutes }: WeekMinutesEdit): void {
    const plan = this.plan();
    if (!plan) return;
    this.store.dispatch(
      crossTrainingTabActions.planEdited({
        plan: withWeekMinutes(plan, week, sessionId, minutes),
        field: `week.${week}.${sessionId}`,
      }),
    );
  }

  protected moveSession({ sessionId, from, to }: SessionMove): void {
    const plan = this.plan();
    if (!plan) return;
    this.store.dispatch(
      crossTrainingTabActions.planEdited({
        plan: moveSession(plan, sessionId, from, to),
        field: null,
      }),
    );
  }

  protected changeRunDay({ weekday, kind }: RunDayChange): void {
    const plan = this.plan();
    if (!plan) return;
    this.store.dispatch(
      crossTrainingTabActions.planEdited({ plan: withRunDay(plan, weekday, kind), field: null }),
    );
  }

  protected addReplacement({ modality, minutes, rpe }: Replacement): void {
    const plan = this.plan();
    if (!plan) return;
    const session = blankSession(nextSessionId(plan), {
      modality,
      minutes,
      intensity: { kind: 'rpe', rpe, zone: 3, level: 'can_talk' },
      notes: 'Replaces run time at a similar effort.',
    });
    this.store.dispatch(
      crossTrainingTabActions.planEdited({
        plan: { ...plan, sessions: [...plan.sessions, session] },
        field: null,
      }),
    );
  }

  protected undo(): void {
    if (this.canUndo()) this.store.dispatch(crossTrainingTabActions.editUndone());
  }

  protected redo(): void {
    if (this.canRedo()) this.store.dispatch(crossTrainingTabActions.editRedone());
  }

  protected toggleHistory(): void {
    const patient = this.patient();
    const open = !this.historyOpen();
    this.historyOpen.set(open);
    if (open && patient)
      this.store.dispatch(crossTrainingTabActions.historyOpened({ patientId: patient.id }));
  }

  protected viewVersion(version: number): void {
    const patient = this.patient();
    if (patient)
      this.store.dispatch(
        crossTrainingTabActions.versionViewed({ patientId: patient.id, version }),
      );
  }

  protected closeVersion(): void {
    this.store.dispatch(crossTrainingTabActions.versionClosed());
  }

  /** The earlier plan saved again on top of the newest version, which stays in the history. */
  protected restoreVersion(version: CrossTrainingVersion): void {
    const patient = this.patient();
    if (!patient) return;
    this.store.dispatch(
      crossTrainingTabActions.versionRestored({
        patientId: patient.id,
        request: {
          version: this.saved()?.version ?? 0,
          plan: version.plan,
          changeSummary: `Restored version ${version.version}.`,
        },
      }),
    );
  }

  protected changeSummaryTyped(event: Event): void {
    this.changeSummary.set((event.target as HTMLInputElement).value);
  }

  protected savePlan(): void {
    this.submit(this.saved()?.version ?? 0);
  }

  /** Someone saved first; this therapist's plan goes on top of theirs as the next version. */
  protected keepMine(current: CrossTrainingVersion): void {
    this.submit(current.version);
  }

  protected takeSaved(current: CrossTrainingVersion): void {
    this.store.dispatch(crossTrainingTabActions.savedPlanTaken({ version: current }));
  }

  private submit(version: number): void {
    const patient = this.patient();
    const plan = this.plan();
    if (!patient || !plan) return;
    const changeSummary = this.changeSummary().trim() || null;
    this.store.dispatch(
      crossTrainingTabActions.saveSubmitted({
        patientId: patient.id,
        request: { version, plan: toPlanInput(plan), changeSummary },
      }),
    );
  }
}

import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import type { EffortBand } from '@domain/cross-training/intensity';
import { modalityName } from '@domain/cross-training/modalities';
import type { CrossTrainingSession, RunDay, RunDayKind } from '@domain/cross-training/plan';
import { isRestDay, type ScheduleHint } from '@domain/cross-training/schedule-hints';
import { crossTrainingSources } from '@domain/cross-training/sources';
import { nextFreeDay, type WeekSchedule } from '@domain/cross-training/week-schedule';
import type { DistanceUnit } from '@domain/contracts/patients';
import { type Weekday, weekdays } from '@domain/programs/dose';
import { mondayOf } from '@domain/training-load/calendar-weeks';
import { formatDistance } from '@domain/training-load/distance';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { weekdayLabels } from '../../exercises/exercise-labels';

/** A cross-training session moved from one weekday to another (in every week: a session's days are the same). */
export interface SessionMove {
  sessionId: string;
  from: Weekday;
  to: Weekday;
}

/** The run on one weekday set to easy or hard, or taken away (null). */
export interface RunDayChange {
  weekday: Weekday;
  kind: RunDayKind | null;
}

/** What a session chip carries while it is dragged. */
interface DraggedSession {
  sessionId: string;
  weekday: Weekday;
}

const effortWords: Readonly<Record<EffortBand, string>> = {
  light: 'light',
  moderate: 'moderate',
  vigorous: 'vigorous',
};

/**
 * The plan's weeks as Monday–Sunday grids, one week at a time: run days, the program's strength days, the
 * cross-training sessions and the rest days, with the week's hints beside it (never blocking). A session moves to
 * another day by dragging it, by Alt+Left / Alt+Right on its chip, or through its "Move to…" menu; each move is
 * announced and is one step to undo.
 */
@Component({
  selector: 'app-week-schedule-grid',
  imports: [
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    ClinicDatePipe,
    MatIcon,
    MatIconButton,
    MatMenu,
    MatMenuContent,
    MatMenuItem,
    MatMenuTrigger,
  ],
  templateUrl: './week-schedule-grid.html',
  styleUrl: './week-schedule-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeekScheduleGrid {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly schedules = input.required<WeekSchedule[]>();
  readonly hints = input.required<ScheduleHint[][]>();
  readonly sessions = input.required<CrossTrainingSession[]>();
  /** The plan's run days: the choices beside each day, even in a week the running plan has no running. */
  readonly runDays = input.required<RunDay[]>();
  /** The clinic's date (YYYY-MM-DD): the grid opens on its week when the plan has it. */
  readonly today = input<string | null>(null);
  readonly readOnly = input(false);
  /** False when the program could not be read: the grid says its strength days are missing. */
  readonly strengthKnown = input(true);
  /** The mileage plan's unit, to say each week's planned distance; null without a mileage plan. */
  readonly runUnit = input<DistanceUnit | null>(null);
  /** False when the running plan could not be read: the run days are drawn every week, and the grid says so. */
  readonly runningKnown = input(true);
  readonly sessionMoved = output<SessionMove>();
  readonly runDayChanged = output<RunDayChange>();

  protected readonly dayNames = weekdayLabels;
  protected readonly source = crossTrainingSources.scheduleHints;
  /** The week on screen (0 = the first): this week at first, then kept within the plan when its weeks change. */
  protected readonly shownWeek = linkedSignal<WeekSchedule[], number>({
    source: this.schedules,
    computation: (weeks, previous) => {
      const monday = this.today() ? mondayOf(this.today()!) : null;
      const first = Math.max(
        weeks.findIndex((week) => week.weekStart === monday),
        0,
      );
      return Math.min(previous?.value ?? first, Math.max(weeks.length - 1, 0));
    },
  });
  protected readonly week = computed(() => this.schedules()[this.shownWeek()]);
  protected readonly weekHints = computed(() => this.hints()[this.shownWeek()] ?? []);
  protected readonly flaggedDays = computed(
    () => new Set(this.weekHints().flatMap((hint) => hint.days)),
  );
  protected readonly announcement = signal('');
  /** What the running plan says of the week on screen. */
  protected readonly runningNote = computed(() => {
    const week = this.week();
    const unit = this.runUnit();
    if (!this.runningKnown())
      return 'The running plan could not be read: the run days are drawn every week.';
    if (!week || week.plannedRunMetres === null || !unit) return null;
    if (week.plannedRunMetres === 0)
      return 'The running plan has no running this week: its run days are left off.';
    return `Running plan: ${formatDistance(week.plannedRunMetres, unit)} this week.`;
  });
  private readonly sessionsById = computed(() => new Map(this.sessions().map((s) => [s.id, s])));

  protected showWeek(step: -1 | 1): void {
    this.shownWeek.update((week) =>
      Math.min(Math.max(week + step, 0), this.schedules().length - 1),
    );
  }

  protected sessionName(sessionId: string): string {
    const session = this.sessionsById().get(sessionId);
    return session ? modalityName(session.modality, session.otherModality) : 'Session';
  }

  protected effortWord(effort: EffortBand): string {
    return effortWords[effort];
  }

  protected isRest(day: WeekSchedule['days'][number]): boolean {
    return isRestDay(day);
  }

  protected runOn(weekday: Weekday): RunDayKind | null {
    return this.runDays().find((day) => day.weekday === weekday)?.kind ?? null;
  }

  protected changeRunDay(weekday: Weekday, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.runDayChanged.emit({ weekday, kind: value === 'easy' || value === 'hard' ? value : null });
  }

  /** Days the menu offers: every other day that does not hold the session already. */
  protected moveTargets(sessionId: string, from: Weekday): Weekday[] {
    const days = this.sessionsById().get(sessionId)?.weekdays ?? [];
    return weekdays.filter((day) => day !== from && !days.includes(day));
  }

  /** A drop onto a day that already holds the dragged session would merge the two: it is not offered. */
  protected readonly acceptsDrop = (
    drag: CdkDrag<DraggedSession>,
    drop: CdkDropList<Weekday>,
  ): boolean => {
    const days = this.sessionsById().get(drag.data.sessionId)?.weekdays ?? [];
    return drag.data.weekday === drop.data || !days.includes(drop.data);
  };

  protected dropped(event: CdkDragDrop<Weekday, Weekday, DraggedSession>): void {
    const { sessionId, weekday } = event.item.data;
    if (event.container.data !== weekday) this.move(sessionId, weekday, event.container.data);
  }

  /** Alt+Left / Alt+Right moves the focused session to the nearest free day that way. */
  protected moveByKey(event: KeyboardEvent, sessionId: string, from: Weekday): void {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    if (this.readOnly()) return;
    const days = this.sessionsById().get(sessionId)?.weekdays ?? [];
    const to = nextFreeDay(days, from, event.key === 'ArrowLeft' ? -1 : 1);
    if (to) {
      this.move(sessionId, from, to);
    } else {
      const edge = event.key === 'ArrowLeft' ? 'earlier' : 'later';
      this.announcement.set(
        `${this.sessionName(sessionId)} cannot move ${edge}: no free day that way this week.`,
      );
    }
  }

  protected move(sessionId: string, from: Weekday, to: Weekday): void {
    this.sessionMoved.emit({ sessionId, from, to });
    this.announcement.set(
      `${this.sessionName(sessionId)} moved from ${weekdayLabels[from]} to ${weekdayLabels[to]} in every week. ` +
        'Undo takes it back.',
    );
    // The chip is drawn again in its new day: keep the keyboard on it.
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`[data-chip="${sessionId}:${to}"]`)
          ?.focus(),
      { injector: this.injector },
    );
  }
}

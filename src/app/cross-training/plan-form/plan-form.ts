import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import {
  cr10Description,
  talkTestLabels,
  talkTestLevels,
  type TalkTestLevel,
} from '@domain/cross-training/intensity';
import {
  type Modality,
  modalities,
  modalityLabels,
  modalityName,
  practiceModalities,
} from '@domain/cross-training/modalities';
import { planLimits } from '@domain/cross-training/plan';
import { type Weekday, weekdays } from '@domain/programs/dose';
import {
  type IntensityKind,
  type PlanDraft,
  type SessionDraft,
  blankSession,
  nextSessionId,
  withSession,
  withoutSession,
} from '../plan-draft';

/** A change to the plan; `field` names a typed-in field (see the `Plan Edited` action). */
export interface PlanEdit {
  plan: PlanDraft;
  field: string | null;
}

const dayLabels: Readonly<Record<Weekday, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/**
 * The plan's settings and its sessions. Presentational: every change goes out whole as `edited`, and the
 * messages beside the fields are the contract's (`errors`, by path), the same words the server would send.
 */
@Component({
  selector: 'app-plan-form',
  imports: [
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatSuffix,
  ],
  templateUrl: './plan-form.html',
  styleUrl: './plan-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanForm {
  readonly plan = input.required<PlanDraft>();
  readonly errors = input<Record<string, string[]>>({});
  readonly readOnly = input(false);
  readonly edited = output<PlanEdit>();

  protected readonly modalities = modalities;
  protected readonly modalityLabels = modalityLabels;
  protected readonly practiceModalities = practiceModalities;
  protected readonly talkTestLevels = talkTestLevels;
  protected readonly talkTestLabels = talkTestLabels;
  protected readonly weekdays = weekdays;
  protected readonly dayLabels = dayLabels;
  protected readonly zones = [1, 2, 3, 4, 5];
  protected readonly maxSessions = planLimits.sessions;

  protected message(path: string): string | null {
    return this.errors()[path]?.join(' ') ?? null;
  }

  protected sessionName(session: SessionDraft): string {
    return modalityName(session.modality, session.otherModality);
  }

  protected rpeWords(rpe: number | null): string {
    return rpe !== null && Number.isInteger(rpe) && rpe >= 0 && rpe <= 10 ? cr10Description(rpe) : '';
  }

  protected changeStartWeek(event: Event): void {
    this.emit({ ...this.plan(), startWeek: textOf(event) }, 'startWeek');
  }

  /** Fewer weeks drop the minutes set by hand for the weeks that go. */
  protected changeWeeks(event: Event): void {
    const weeks = numberOf(event);
    const plan = this.plan();
    const weekEdits = weeks === null ? plan.weekEdits : plan.weekEdits.filter((e) => e.week < weeks);
    this.emit({ ...plan, weeks, weekEdits }, 'weeks');
  }

  protected changeProgressionKind(kind: 'none' | 'percent'): void {
    const progression =
      kind === 'none'
        ? ({ kind: 'none' } as const)
        : ({ kind: 'percent', percentPerWeek: 10, capMinutes: 45 } as const);
    this.emit({ ...this.plan(), progression }, null);
  }

  protected changePercent(event: Event): void {
    const progression = this.plan().progression;
    if (progression.kind !== 'percent') return;
    this.emit(
      { ...this.plan(), progression: { ...progression, percentPerWeek: numberOf(event) } },
      'progression.percentPerWeek',
    );
  }

  protected changeCap(event: Event): void {
    const progression = this.plan().progression;
    if (progression.kind !== 'percent') return;
    this.emit(
      { ...this.plan(), progression: { ...progression, capMinutes: numberOf(event) } },
      'progression.capMinutes',
    );
  }

  protected addSession(): void {
    const plan = this.plan();
    this.emit({ ...plan, sessions: [...plan.sessions, blankSession(nextSessionId(plan))] }, null);
  }

  protected removeSession(id: string): void {
    this.emit(withoutSession(this.plan(), id), null);
  }

  protected changeModality(session: SessionDraft, modality: Modality): void {
    this.emit(withSession(this.plan(), session.id, { modality }), null);
  }

  protected changeOtherModality(session: SessionDraft, event: Event): void {
    const otherModality = textOf(event) || null;
    this.emit(withSession(this.plan(), session.id, { otherModality }), `${session.id}.otherModality`);
  }

  protected changeMinutes(session: SessionDraft, event: Event): void {
    this.emit(withSession(this.plan(), session.id, { minutes: numberOf(event) }), `${session.id}.minutes`);
  }

  protected changeIntensityKind(session: SessionDraft, kind: IntensityKind): void {
    this.emit(withSession(this.plan(), session.id, { intensity: { ...session.intensity, kind } }), null);
  }

  protected changeRpe(session: SessionDraft, event: Event): void {
    const intensity = { ...session.intensity, rpe: numberOf(event) };
    this.emit(withSession(this.plan(), session.id, { intensity }), `${session.id}.rpe`);
  }

  protected changeZone(session: SessionDraft, zone: number): void {
    this.emit(withSession(this.plan(), session.id, { intensity: { ...session.intensity, zone } }), null);
  }

  protected changeTalkTest(session: SessionDraft, level: TalkTestLevel): void {
    this.emit(withSession(this.plan(), session.id, { intensity: { ...session.intensity, level } }), null);
  }

  protected changeDays(session: SessionDraft, chosen: Weekday[]): void {
    const days = weekdays.filter((d) => chosen.includes(d));
    this.emit(withSession(this.plan(), session.id, { weekdays: days }), null);
  }

  protected changeNotes(session: SessionDraft, event: Event): void {
    const notes = textOf(event) || null;
    this.emit(withSession(this.plan(), session.id, { notes }), `${session.id}.notes`);
  }

  private emit(plan: PlanDraft, field: string | null): void {
    if (!this.readOnly()) this.edited.emit({ plan, field });
  }
}

function textOf(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
}

/** A blank number input is null, so the contract says what is missing. */
export function numberOf(event: Event): number | null {
  const text = textOf(event).trim();
  return text === '' ? null : Number(text);
}

import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatTooltip } from '@angular/material/tooltip';
import type { Diagnosis } from '@domain/contracts/patients';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import { completeness, describeCompleteness } from '@domain/programs/completeness';
import type { Dose } from '@domain/programs/dose';
import { precautionsFor } from '@domain/programs/precautions';
import {
  programSectionLabels,
  programSections,
  type ProgramItem as Item,
  type ProgramSection,
} from '@domain/programs/program';
import { programSources } from '@domain/programs/sources';
import { doseInWords } from '../../exercises/dose-words';
import { ExerciseIllustration } from '../../ui/exercise-illustration/exercise-illustration';
import { DoseEditor } from '../dose-editor/dose-editor';
import type { StepDirection } from '../state/programs.actions';

export interface ItemMove {
  section: ProgramSection;
  index: number;
}

/**
 * One exercise of the program: its dose in words, how complete the prescription is (Holden 2018), the cautions for
 * this patient's diagnosis (they warn, the therapist decides), and every action on it. Alt+Arrow Up/Down moves it
 * in its section, the same as dragging it; "Move to section" moves it to another.
 */
@Component({
  selector: 'app-program-item',
  imports: [
    CdkDragHandle,
    DoseEditor,
    ExerciseIllustration,
    MatButton,
    MatIcon,
    MatIconButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatTooltip,
  ],
  templateUrl: './program-item.html',
  styleUrl: './program-item.scss',
  host: {
    role: 'listitem',
    '[attr.data-item-id]': 'item().id',
    '(keydown.alt.arrowup)': 'moveBy(-1, $event)',
    '(keydown.alt.arrowdown)': 'moveBy(1, $event)',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramItem {
  readonly item = input.required<Item>();
  /** Undefined for an exercise no longer in the library (a deleted custom one). */
  readonly exercise = input.required<ExerciseResponse | undefined>();
  readonly diagnosis = input.required<Diagnosis>();
  readonly section = input.required<ProgramSection>();
  readonly index = input.required<number>();
  /** How many exercises the section holds. */
  readonly count = input.required<number>();
  readonly expanded = input(false);
  readonly readOnly = input(false);
  readonly moved = output<ItemMove>();
  readonly removed = output<void>();
  readonly stepped = output<StepDirection>();
  readonly doseChanged = output<Dose>();
  readonly expandToggled = output<void>();

  protected readonly sections = programSections;
  protected readonly sectionLabels = programSectionLabels;
  protected readonly holden = programSources['complete-prescription'];
  protected readonly name = computed(
    () => this.exercise()?.name ?? 'Exercise no longer in the library',
  );
  protected readonly summary = computed(() => {
    const [amount, load] = doseInWords(this.item().dose);
    return `${amount.text} · ${load.text}`;
  });
  protected readonly completeness = computed(() => completeness(this.item().dose));
  protected readonly completenessText = computed(() => describeCompleteness(this.completeness()));
  protected readonly cautions = computed(() => {
    const exercise = this.exercise();
    return exercise ? precautionsFor(exercise, this.diagnosis()) : [];
  });
  protected readonly editorId = computed(() => `dose-${this.item().id}`);

  protected moveBy(step: number, event?: Event): void {
    event?.preventDefault();
    if (this.readOnly()) return;
    const index = this.index() + step;
    if (index < 0 || index >= this.count()) return;
    this.moved.emit({ section: this.section(), index });
  }

  protected moveTo(section: ProgramSection): void {
    this.moved.emit({ section, index: Number.MAX_SAFE_INTEGER });
  }
}

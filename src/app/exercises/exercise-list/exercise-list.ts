import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import {
  MatListItem,
  MatListItemLine,
  MatListItemMeta,
  MatListItemTitle,
  MatListSubheaderCssMatStyler,
  MatNavList,
} from '@angular/material/list';
import { RouterLink } from '@angular/router';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import { equipmentLabels, muscleGroupLabels } from '@domain/exercises/exercise';
import { ExerciseIllustration } from '../../ui/exercise-illustration/exercise-illustration';
import type { LibraryRow, LibrarySection } from '../state/exercises.selectors';

/**
 * The library's exercises by builder section. The keyboard moves an active row: ArrowUp/ArrowDown
 * (Home/End) move focus between the rows, Enter opens the exercise. Only the active row is in the Tab
 * order, so Tab steps past the whole list in one go.
 */
@Component({
  selector: 'app-exercise-list',
  imports: [
    RouterLink,
    MatIcon,
    MatListItem,
    MatListItemLine,
    MatListItemMeta,
    MatListItemTitle,
    MatListSubheaderCssMatStyler,
    MatNavList,
    ExerciseIllustration,
  ],
  templateUrl: './exercise-list.html',
  styleUrl: './exercise-list.scss',
  // Keys pressed on a row bubble up to here.
  host: { '(keydown)': 'moveActiveRow($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseList {
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;

  readonly sections = input.required<readonly LibrarySection[]>();
  /** The open exercise, marked in the list. */
  readonly selectedId = input<string | null>(null);
  /** The row the keyboard starts at when it is listed (else the first). */
  readonly activeId = input<string | null>(null);
  readonly opened = output<ExerciseResponse>();

  protected readonly activeIndex = signal(0);
  private readonly rows = computed(() => this.sections().flatMap((section) => section.rows));

  constructor() {
    // A new list starts at the active exercise when it is listed, else at the first row.
    effect(() => {
      const rows = this.rows();
      const activeId = this.activeId();
      untracked(() => {
        const active = rows.find((row) => row.exercise.id === activeId);
        this.activeIndex.set(active?.index ?? 0);
      });
    });
  }

  /** From the search field's ArrowDown, or back from the detail: into the list at its active row. */
  focusActiveRow(): void {
    this.focusRow(this.activeIndex());
  }

  protected muscles(row: LibraryRow): string {
    return row.exercise.primaryMuscles.map((m) => muscleGroupLabels[m]).join(', ');
  }

  protected equipment(row: LibraryRow): string {
    return row.exercise.equipment.map((k) => equipmentLabels[k]).join(', ');
  }

  protected moveActiveRow(event: KeyboardEvent): void {
    const index = this.rowIndexOf(event.target);
    if (index === undefined) return;
    const last = this.rows().length - 1;
    const next: Record<string, number> = {
      ArrowDown: Math.min(index + 1, last),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      this.opened.emit(this.rows()[index].exercise);
    } else if (event.key in next) {
      event.preventDefault();
      this.focusRow(next[event.key]);
    }
  }

  private focusRow(index: number): void {
    this.activeIndex.set(index);
    this.host.querySelector<HTMLElement>(`a[data-index="${index}"]`)?.focus();
  }

  private rowIndexOf(target: EventTarget | null): number | undefined {
    const row = (target as HTMLElement | null)?.closest<HTMLElement>('a[data-index]');
    const index = row?.dataset['index'];
    return index === undefined ? undefined : Number(index);
  }
}

import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import type { Diagnosis } from '@domain/contracts/patients';
import type { Dose } from '@domain/programs/dose';
import type { ProgramSection } from '@domain/programs/program';
import { ItemMove, ProgramItem } from '../program-item/program-item';
import type { StepDirection } from '../state/programs.actions';
import type { BuilderSection } from '../state/programs.selectors';

export interface ItemMoved extends ItemMove {
  itemId: string;
}

/**
 * The program's four sections as drop lists: drag a row within or between them, or move it by keyboard from the
 * row. One row's dose editor is open at a time, so a long program stays readable.
 */
@Component({
  selector: 'app-program-builder',
  imports: [CdkDrag, CdkDropList, CdkDropListGroup, ProgramItem],
  templateUrl: './program-builder.html',
  styleUrl: './program-builder.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramBuilder {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly sections = input.required<BuilderSection[]>();
  readonly exercises = input.required<ReadonlyMap<string, ExerciseResponse>>();
  readonly diagnosis = input.required<Diagnosis>();
  readonly readOnly = input(false);
  readonly moved = output<ItemMoved>();
  readonly removed = output<string>();
  readonly stepped = output<{ itemId: string; direction: StepDirection }>();
  readonly doseChanged = output<{ itemId: string; dose: Dose }>();

  protected readonly openItemId = signal<string | null>(null);

  protected toggle(itemId: string): void {
    this.openItemId.update((open) => (open === itemId ? null : itemId));
  }

  protected drop(event: CdkDragDrop<ProgramSection, ProgramSection, string>): void {
    if (event.previousContainer === event.container && event.previousIndex === event.currentIndex)
      return;
    this.moved.emit({
      itemId: event.item.data,
      section: event.container.data,
      index: event.currentIndex,
    });
  }

  /** A moved row is drawn anew (in another section) or shifted: focus follows it, so Alt+Arrow can repeat. */
  protected move(itemId: string, move: ItemMove): void {
    const active = document.activeElement;
    const label = active instanceof HTMLElement ? active.getAttribute('aria-label') : null;
    this.moved.emit({ itemId, ...move });
    afterNextRender(
      () => {
        const row = this.host.nativeElement.querySelector<HTMLElement>(
          `[data-item-id="${itemId}"]`,
        );
        const same = label
          ? row?.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`)
          : null;
        const target =
          same && !(same as HTMLButtonElement).disabled
            ? same
            : row?.querySelector<HTMLElement>('.handle');
        target?.focus();
      },
      { injector: this.injector },
    );
  }
}

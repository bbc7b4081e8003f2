import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import {
  programSectionLabels,
  programSections,
  type ProgramSection,
} from '@domain/programs/program';

export interface ExercisePicked {
  exercise: ExerciseResponse;
  section: ProgramSection;
}

/** How many matches the list shows: enough to choose from, few enough to read. */
const shown = 12;

/**
 * Search-as-you-type over the library (the catalogue and the clinic's own exercises). A picked exercise goes to its
 * own section unless another is chosen.
 */
@Component({
  selector: 'app-exercise-picker',
  imports: [
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
  ],
  templateUrl: './exercise-picker.html',
  styleUrl: './exercise-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExercisePicker {
  readonly exercises = input.required<readonly ExerciseResponse[]>();
  readonly disabled = input(false);
  readonly picked = output<ExercisePicked>();

  protected readonly sections = programSections;
  protected readonly sectionLabels = programSectionLabels;
  protected readonly text = signal('');
  /** '' = the exercise's own section. */
  protected readonly section = signal<ProgramSection | ''>('');
  protected readonly matches = computed(() => {
    const words = this.text().toLowerCase().split(/\s+/).filter(Boolean);
    return this.exercises()
      .filter((e) => {
        const haystack =
          `${e.name} ${e.primaryMuscles.join(' ')} ${e.equipment.join(' ')}`.toLowerCase();
        return words.every((w) => haystack.includes(w));
      })
      .slice(0, shown);
  });

  protected readonly blank = () => '';

  protected search(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
  }

  protected choose(exercise: ExerciseResponse, input: HTMLInputElement): void {
    this.picked.emit({ exercise, section: this.section() || exercise.section });
    this.text.set('');
    input.value = '';
  }
}

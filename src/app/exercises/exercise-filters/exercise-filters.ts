import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatChipListbox, MatChipListboxChange, MatChipOption } from '@angular/material/chips';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatSelect, MatSelectChange } from '@angular/material/select';
import { type ExerciseOrigin, exerciseOrigins } from '@domain/contracts/exercises';
import { type Diagnosis, diagnoses, diagnosisLabels } from '@domain/contracts/patients';
import {
  type EquipmentKind,
  type MuscleGroup,
  difficulties,
  difficultyLabels,
  equipmentKinds,
  equipmentLabels,
  muscleGroupLabels,
  muscleGroups,
} from '@domain/exercises/exercise';
import { originLabels } from '../exercise-labels';
import { type LibraryQuery, isFiltered } from '../library-query';

/**
 * The library's filters. Muscle group, equipment and diagnosis have many values, so they are
 * selects; difficulty and origin are few, so they are chips. Within one filter any value picked
 * passes; across filters an exercise must pass them all.
 */
@Component({
  selector: 'app-exercise-filters',
  imports: [
    MatButton,
    MatChipListbox,
    MatChipOption,
    MatFormField,
    MatHint,
    MatLabel,
    MatOption,
    MatSelect,
  ],
  templateUrl: './exercise-filters.html',
  styleUrl: './exercise-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseFilters {
  readonly query = input.required<LibraryQuery>();
  readonly muscleGroupChanged = output<MuscleGroup[]>();
  readonly equipmentChanged = output<EquipmentKind[]>();
  readonly difficultyChanged = output<number[]>();
  readonly suitableForChanged = output<Diagnosis | null>();
  readonly originChanged = output<ExerciseOrigin | null>();
  readonly cleared = output();

  protected readonly muscleGroups = muscleGroups;
  protected readonly muscleGroupLabels = muscleGroupLabels;
  protected readonly equipmentKinds = equipmentKinds;
  protected readonly equipmentLabels = equipmentLabels;
  protected readonly difficulties = difficulties;
  protected readonly difficultyLabels = difficultyLabels;
  // "Other" names no diagnosis a caution could be written for.
  protected readonly diagnoses = diagnoses.filter((d) => d !== 'other');
  protected readonly diagnosisLabels = diagnosisLabels;
  protected readonly origins = exerciseOrigins;
  protected readonly originLabels = originLabels;
  /** The search has its own field: Clear filters leaves it. */
  protected readonly filtered = computed(() => isFiltered({ ...this.query(), q: '' }));

  protected changeMuscleGroup(change: MatSelectChange<MuscleGroup[]>): void {
    this.muscleGroupChanged.emit(change.value);
  }

  protected changeEquipment(change: MatSelectChange<EquipmentKind[]>): void {
    this.equipmentChanged.emit(change.value);
  }

  protected changeSuitableFor(change: MatSelectChange<Diagnosis | null>): void {
    this.suitableForChanged.emit(change.value);
  }

  protected changeDifficulty(change: MatChipListboxChange): void {
    this.difficultyChanged.emit([...(change.value as number[])].sort((a, b) => a - b));
  }

  protected changeOrigin(change: MatChipListboxChange): void {
    this.originChanged.emit((change.value as ExerciseOrigin | undefined) ?? null);
  }
}

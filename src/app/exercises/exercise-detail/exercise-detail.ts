import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import { type Diagnosis, diagnosisLabels } from '@domain/contracts/patients';
import {
  type Exercise,
  type Precaution,
  difficultyLabels,
  equipmentLabels,
  muscleGroupLabels,
  positionLabels,
} from '@domain/exercises/exercise';
import { completeness, describeCompleteness } from '@domain/programs/completeness';
import { programSectionLabels } from '@domain/programs/program';
import { doseInWords } from '../dose-words';
import { ExerciseIllustration } from '../../ui/exercise-illustration/exercise-illustration';
import { lateralityLabels } from '../exercise-labels';

/** A rung of the exercise's ladder as the detail lists it. */
interface LadderRung {
  id: string;
  name: string;
  /** Where it stands from the open exercise. */
  place: 'easier' | 'regression' | 'this' | 'progression' | 'harder';
}

/**
 * Everything about one exercise, as a therapist reads it before prescribing: what it works, how it
 * is done, what goes wrong, who should take care, the dose it starts at and where it leads.
 * Catalogue exercises are read-only and offer a copy; the clinic's own offer Edit.
 *
 * The start and end picture (issue 5) sits beside the facts. The detail draws it itself rather than
 * taking it projected, so every page that shows the detail shows the picture.
 */
@Component({
  selector: 'app-exercise-detail',
  imports: [RouterLink, MatButton, MatIcon, ExerciseIllustration],
  templateUrl: './exercise-detail.html',
  styleUrl: './exercise-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseDetail {
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  readonly exercise = input.required<ExerciseResponse>();
  /** The ladder the exercise stands on, easiest first (`ladderOf`). */
  readonly ladder = input<readonly Exercise[]>([]);
  /** The name of the exercise a custom one was copied from, when known. */
  readonly basedOnName = input<string | null>(null);
  /** The library's "suitable for" diagnosis: its cautions stand out. */
  readonly diagnosis = input<Diagnosis | null>(null);

  protected readonly muscleGroupLabels = muscleGroupLabels;
  protected readonly equipmentLabels = equipmentLabels;
  protected readonly diagnosisLabels = diagnosisLabels;
  protected readonly facts = computed(() => {
    const e = this.exercise();
    const join = (labels: string[]) => labels.join(', ');
    return [
      {
        label: 'Main muscle groups',
        text: join(e.primaryMuscles.map((m) => muscleGroupLabels[m])),
      },
      {
        label: 'Also works',
        text: join(e.secondaryMuscles.map((m) => muscleGroupLabels[m])) || 'Nothing else named',
      },
      { label: 'Equipment', text: join(e.equipment.map((k) => equipmentLabels[k])) },
      { label: 'Position', text: positionLabels[e.position] },
      { label: 'Legs', text: lateralityLabels[e.laterality] },
      { label: 'Difficulty', text: `${e.difficulty} of 5 · ${difficultyLabels[e.difficulty]}` },
      { label: 'Program section', text: programSectionLabels[e.section] },
    ];
  });
  /** The steps, cues and mistakes, each with its place: two items may read the same. */
  protected readonly texts = computed(() => {
    const { steps, cues, mistakes } = this.exercise();
    const numbered = (texts: readonly string[]) => texts.map((text, i) => ({ n: i + 1, text }));
    return { steps: numbered(steps), cues: numbered(cues), mistakes: numbered(mistakes) };
  });
  protected readonly dose = computed(() => doseInWords(this.exercise().defaultDose));
  protected readonly doseCompleteness = computed(() =>
    describeCompleteness(completeness(this.exercise().defaultDose)),
  );
  protected readonly rungs = computed((): LadderRung[] => {
    const id = this.exercise().id;
    const ladder = this.ladder();
    const at = ladder.findIndex((e) => e.id === id);
    return ladder.map((e, i) => ({
      id: e.id,
      name: e.name,
      place:
        i === at
          ? 'this'
          : i === at - 1
            ? 'regression'
            : i === at + 1
              ? 'progression'
              : i < at
                ? 'easier'
                : 'harder',
    }));
  });

  /** After the keyboard opens an exercise: reading starts at its name. */
  focusHeading(): void {
    this.heading().nativeElement.focus();
  }

  protected concerns(precaution: Precaution): boolean {
    const diagnosis = this.diagnosis();
    return diagnosis !== null && precaution.diagnoses.includes(diagnosis);
  }

  protected diagnosesOf(precaution: Precaution): string {
    return precaution.diagnoses.map((d) => diagnosisLabels[d]).join('; ');
  }
}

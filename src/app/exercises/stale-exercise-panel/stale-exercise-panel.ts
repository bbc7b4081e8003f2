import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { FieldDifference } from '../exercise-form/exercise-form-model';

/**
 * Someone else saved the exercise after this edit began. Nothing is overwritten silently: the
 * therapist sees the saved values beside theirs and chooses to keep their changes (the fields they
 * changed, saved on top of the new version; the colleague's other changes stay) or take the saved
 * exercise.
 */
@Component({
  selector: 'app-stale-exercise-panel',
  imports: [MatButton],
  templateUrl: './stale-exercise-panel.html',
  styleUrl: './stale-exercise-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaleExercisePanel {
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** The server's words for the conflict. */
  readonly message = input.required<string>();
  readonly differences = input.required<readonly FieldDifference[]>();
  readonly busy = input(false);
  readonly keptMine = output();
  readonly tookSaved = output();

  constructor() {
    // Keyboard and screen-reader users land on the question, not below the form's buttons.
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}

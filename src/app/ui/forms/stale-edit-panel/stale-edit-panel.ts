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

/** One field where the saved record and the edit disagree, in words. */
export interface FieldDifference {
  field: string;
  label: string;
  saved: string;
  yours: string;
  /** What "Keep my changes" saves: yours where you changed the field, else their saved value. */
  kept: string;
}

/**
 * Someone else saved the record after this edit began (a 409 `stale_version`). Nothing is overwritten
 * silently: the user sees the saved values beside theirs and chooses to keep their changes (the fields
 * they changed, saved on top of the new version; the colleague's other changes stay) or take the saved
 * record. Used by the exercise editor and the Clinic page.
 */
@Component({
  selector: 'app-stale-edit-panel',
  imports: [MatButton],
  templateUrl: './stale-edit-panel.html',
  styleUrl: './stale-edit-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaleEditPanel {
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** What was saved, as the heading names it: "this exercise", "the clinic's details". */
  readonly record = input.required<string>();
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

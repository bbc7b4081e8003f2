import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  inject,
  input,
} from '@angular/core';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import {
  type IllustratedExercise,
  drawExercise,
} from '@domain/illustrations/exercise-illustrations';

/** What the picture needs: the exercise, plus a custom exercise's chosen pose, mirroring and uploaded picture. */
export type PicturedExercise = IllustratedExercise & {
  readonly poseFrom?: string | null;
  readonly mirrorPose?: boolean;
  readonly imageUrl?: string;
};

/**
 * An exercise's start and end positions, drawn from its pose data (domain/illustrations), or the clinic's own
 * uploaded picture for a custom exercise. Presentational: the library list (small), the detail (large), and later
 * the builder rows and the handout take it as is.
 */
@Component({
  selector: 'app-exercise-illustration',
  template: `
    @let picture = drawn();
    @if (exercise().imageUrl; as url) {
      <img [src]="url" [alt]="uploadedAlt()" />
    } @else if (picture) {
      <div class="drawing" [innerHTML]="picture"></div>
    } @else {
      <p class="none">No picture yet</p>
    }
  `,
  styleUrl: './exercise-illustration.scss',
  encapsulation: ViewEncapsulation.None,
  host: { '[class.small]': "size() === 'small'" },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseIllustration {
  private readonly sanitizer = inject(DomSanitizer);

  readonly exercise = input.required<PicturedExercise>();
  readonly size = input<'small' | 'large'>('large');

  protected readonly uploadedAlt = computed(
    () => `${this.exercise().name}: picture from the clinic.`,
  );

  protected readonly drawn = computed((): SafeHtml | undefined => {
    const e = this.exercise();
    const svg = drawExercise(
      { ...e, basedOn: e.poseFrom ?? e.basedOn },
      { mirror: e.mirrorPose ?? false },
    )?.svg;
    // Angular's sanitizer drops SVG altogether, so the markup is trusted instead. That is safe because the SVG is
    // ours: renderIllustrationSvg builds it from pose numbers and escapes the one piece of user text (the name,
    // in <title> and aria-label); its specs check for no <script>, no on* attribute and no external reference.
    return svg === undefined ? undefined : this.sanitizer.bypassSecurityTrustHtml(svg);
  });
}

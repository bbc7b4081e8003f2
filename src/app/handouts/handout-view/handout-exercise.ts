import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import type { HandoutExercise as Exercise } from '@domain/handout/handout-document';
import { HandoutDrawing } from './handout-drawing';

/** How an English-only exercise is marked in a handout of another language (the document carries no such label). */
const englishOnlyMarks: Readonly<Record<string, string>> = { en: '', es: '(en inglés)' };

/**
 * One exercise as the patient reads it: start → end picture, name, numbered steps, the dose sentence, cues and
 * cautions. The block never splits across pages (handout-view.scss).
 */
@Component({
  selector: 'app-handout-exercise',
  imports: [HandoutDrawing],
  template: `
    @let e = exercise();
    @let picture = e.picture;
    <div class="picture">
      @if (picture.kind === 'drawing') {
        @if (!drawingRefused()) {
          <div
            class="drawing"
            [appHandoutDrawing]="picture.svg"
            (refused)="drawingRefused.set(true)"
          ></div>
        } @else {
          <p class="no-picture">{{ picture.alt }}</p>
        }
      } @else if (picture.kind === 'image') {
        <img [src]="picture.url" [alt]="picture.alt" />
      }
    </div>
    <div class="words" [attr.lang]="e.englishOnly ? 'en' : null">
      <h4 class="name">
        {{ e.name }}
        @if (englishMark()) {
          <span class="english-only" [attr.lang]="language()">{{ englishMark() }}</span>
        }
      </h4>
      <p class="dose" [attr.lang]="language()"><strong>{{ e.dose }}</strong></p>
      <ol class="steps">
        @for (step of e.steps; track $index) {
          <li>{{ step }}</li>
        }
      </ol>
      @if (e.cues.length) {
        <ul class="cues">
          @for (cue of e.cues; track $index) {
            <li>{{ cue }}</li>
          }
        </ul>
      }
      @if (e.precautions.length) {
        <ul class="cautions">
          @for (caution of e.precautions; track $index) {
            <li><span class="caution-mark" aria-hidden="true">!</span> {{ caution }}</li>
          }
        </ul>
      }
      @if (e.notes) {
        <p class="notes">{{ e.notes }}</p>
      }
    </div>
  `,
  host: { class: 'exercise', '[attr.data-item-id]': 'exercise().itemId' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoutExercise {
  readonly exercise = input.required<Exercise>();
  readonly language = input.required<string>();

  protected readonly drawingRefused = signal(false);
  protected readonly englishMark = computed(() =>
    this.exercise().englishOnly ? (englishOnlyMarks[this.language()] ?? '') : '',
  );
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MissingTranslation } from '@domain/handout/handout-document';

/**
 * What the chosen language has no words for, listed for the therapist whenever there is any: those parts print in
 * English and marked so, never silently. Shown on screen only, never printed.
 */
@Component({
  selector: 'app-missing-translations',
  template: `
    @if (missing().length) {
      <section class="missing" aria-labelledby="missing-translations-heading">
        <h2 id="missing-translations-heading">
          Not translated: {{ missing().length }} {{ missing().length === 1 ? 'text prints' : 'texts print' }} in
          English
        </h2>
        <p>Check these with the patient, or translate them by hand on the printed page.</p>
        <ul>
          @for (item of missing(); track $index) {
            <li>
              <strong>{{ item.where }}</strong
              >: <span lang="en">{{ item.text }}</span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .missing {
      margin: 16px 0;
      padding: 8px 16px;
      border: 2px solid var(--mat-sys-tertiary);
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }

    h2 {
      font: var(--mat-sys-title-medium);
      margin: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MissingTranslations {
  readonly missing = input.required<readonly MissingTranslation[]>();
}

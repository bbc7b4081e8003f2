import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RuleSource as Source } from '@domain/training-load/sources';

/**
 * Where a rule comes from, beside every flag and setting: the short citation, "[practice]" when the rule is common
 * clinical practice rather than a trial result, and what the evidence does and does not show.
 */
@Component({
  selector: 'app-rule-source',
  template: `
    <span class="citation">
      Source:
      @if (practiceLabel()) {
        <span class="practice">[practice]</span>
      }
      {{ source().citation }}.
    </span>
    <span class="note">{{ source().note }}</span>
  `,
  styles: `
    :host {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .citation {
      font-weight: 500;
    }
    .practice {
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleSource {
  readonly source = input.required<Source>();

  /** Practice sources whose citation or note does not already say so. */
  protected readonly practiceLabel = computed(() => {
    const { practice, citation, note } = this.source();
    return practice && !`${citation} ${note}`.includes('[practice]');
  });
}

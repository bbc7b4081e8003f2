import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { formatClinicDate } from '../../clinic-date-pipe';

/**
 * "Restore unsaved changes from 14:32?": work kept as a draft by an earlier visit (a reload, a crash, an expired
 * session), offered back and never applied unasked.
 */
@Component({
  selector: 'app-draft-offer',
  imports: [MatButton],
  template: `
    <p [id]="textId">Restore unsaved {{ what() }} from {{ time() }}?</p>
    <button mat-flat-button type="button" (click)="restored.emit()">Restore</button>
    <button mat-button type="button" (click)="discarded.emit()">Discard</button>
  `,
  styleUrl: './draft-offer.scss',
  host: { role: 'region', '[attr.aria-labelledby]': 'textId' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DraftOffer {
  private static count = 0;
  private readonly locale = inject(LOCALE_ID);

  /** ISO time the draft was kept. */
  readonly savedAt = input.required<string>();
  /** What the draft holds, for the question: "changes", "changes to the planned weeks". */
  readonly what = input('changes');
  readonly restored = output();
  readonly discarded = output();

  protected readonly textId = `draft-offer-${++DraftOffer.count}`;
  /** The time alone today; the date too for a draft from an earlier day. */
  protected readonly time = computed(() => {
    const savedAt = this.savedAt();
    const today = new Date(savedAt).toDateString() === new Date().toDateString();
    return formatClinicDate(savedAt, today ? 'time' : 'dateTime', this.locale);
  });
}

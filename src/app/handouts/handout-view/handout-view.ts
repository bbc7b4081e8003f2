import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';
import type { HandoutDocument } from '@domain/handout/handout-document';
import { HandoutCrossTraining } from './handout-cross-training';
import { HandoutExercise } from './handout-exercise';
import { HandoutRunning } from './handout-running';
import { HandoutSchedule } from './handout-schedule';

/**
 * A handout laid out for paper: the tab's preview and the print page show the same view of the same document.
 * Every word comes from the document; this only arranges it. Styles are global to the view (scoped by its
 * selector) so the print page's @page rule and the blocks' break rules meet in one sheet.
 */
@Component({
  selector: 'app-handout-view',
  imports: [HandoutCrossTraining, HandoutExercise, HandoutRunning, HandoutSchedule],
  templateUrl: './handout-view.html',
  styleUrl: './handout-view.scss',
  encapsulation: ViewEncapsulation.None,
  host: {
    class: 'handout',
    '[attr.lang]': 'document().language',
    '[class.large-print]': 'document().options.largePrint',
    '[class.a4]': "document().options.paper === 'a4'",
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoutView {
  readonly document = input.required<HandoutDocument>();
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { HandoutDocument } from '@domain/handout/handout-document';

type CrossTraining = NonNullable<HandoutDocument['crossTraining']>;

/** The sessions as plain lines (activity — minutes — effort — days), then the minutes week by week. */
@Component({
  selector: 'app-handout-cross-training',
  template: `
    @let c = crossTraining();
    <h2>{{ c.heading }}</h2>
    <p class="intro">{{ c.intro }}</p>
    <ul class="sessions">
      @for (session of c.sessions; track $index) {
        <li>
          <strong>{{ session.activity }}</strong> — {{ session.minutes }} — {{ session.effort }} —
          {{ session.days }}
          @if (session.notes) {
            <span class="notes">{{ session.notes }}</span>
          }
        </li>
      }
    </ul>
    @if (c.weeks.length) {
      <table class="weeks">
        <tbody>
          @for (week of c.weeks; track $index) {
            <tr>
              <th scope="row">{{ week.weekOf }}</th>
              <td>{{ week.minutes }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  host: { class: 'section cross-training' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoutCrossTraining {
  readonly crossTraining = input.required<CrossTraining>();
}

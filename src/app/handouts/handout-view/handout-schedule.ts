import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { HandoutDocument } from '@domain/handout/handout-document';

type Schedule = NonNullable<HandoutDocument['schedule']>;

/** The typical week, then four rows of tick boxes: one box for each day that has something to do. */
@Component({
  selector: 'app-handout-schedule',
  template: `
    @let s = schedule();
    <h2>{{ s.heading }}</h2>
    <p class="intro">{{ s.intro }}</p>
    <table class="ticks">
      <thead>
        <tr>
          <td></td>
          @for (day of s.days; track $index) {
            <th scope="col">
              <span class="day">{{ day.day }}</span>
              @for (activity of day.activities; track $index) {
                <span class="activity">{{ activity }}</span>
              } @empty {
                <span class="activity rest">{{ s.restDay }}</span>
              }
            </th>
          }
        </tr>
      </thead>
      <tbody>
        @for (week of s.weeks; track $index) {
          <tr>
            <th scope="row">{{ week }}</th>
            @for (day of s.days; track $index) {
              <td>
                @if (day.activities.length) {
                  <span class="box" aria-hidden="true"></span>
                } @else {
                  <span class="rest-cell">—</span>
                }
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  host: { class: 'section schedule' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoutSchedule {
  readonly schedule = input.required<Schedule>();
}

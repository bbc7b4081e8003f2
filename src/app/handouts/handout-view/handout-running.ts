import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { HandoutDocument } from '@domain/handout/handout-document';

type Running = NonNullable<HandoutDocument['running']>;

/**
 * The running plan's weeks and the pain traffic light. Each light has its own shape and fill (circle, triangle,
 * octagon; white, grey, black) beside its word, so it reads on a black-and-white printer and without colour vision.
 */
@Component({
  selector: 'app-handout-running',
  template: `
    @let r = running();
    <h2>{{ r.heading }}</h2>
    <p class="intro">{{ r.intro }}</p>
    <table class="running-weeks">
      <thead>
        <tr>
          <th scope="col">{{ r.columns.weekOf }}</th>
          <th scope="col">{{ r.columns.distance }}</th>
          <th scope="col">{{ r.columns.runDays }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of r.rows; track $index) {
          <tr>
            <th scope="row">{{ row.weekOf }}</th>
            <td>{{ row.distance }}</td>
            <td>{{ row.runDays }}</td>
          </tr>
        }
      </tbody>
    </table>
    <div class="pain">
      <h3>{{ r.painHeading }}</h3>
      <ul class="lights">
        @for (rule of r.painRules; track rule.light) {
          <li [class]="'light ' + rule.light">
            <svg class="shape" viewBox="0 0 20 20" aria-hidden="true">
              @switch (rule.light) {
                @case ('green') {
                  <circle cx="10" cy="10" r="8" fill="#fff" stroke="#000" stroke-width="2" />
                }
                @case ('amber') {
                  <path d="M10 2L18.5 17.5H1.5Z" fill="#9e9e9e" stroke="#000" stroke-width="2" />
                }
                @case ('red') {
                  <path
                    d="M6.5 1.5h7l5 5v7l-5 5h-7l-5-5v-7Z"
                    fill="#000"
                    stroke="#000"
                    stroke-width="1"
                  />
                }
              }
            </svg>
            <strong class="label">{{ rule.label }}</strong>
            <span class="text">{{ rule.text }}</span>
          </li>
        }
      </ul>
      <p class="source">{{ r.painSource }}</p>
    </div>
  `,
  host: { class: 'section running' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoutRunning {
  readonly running = input.required<Running>();
}

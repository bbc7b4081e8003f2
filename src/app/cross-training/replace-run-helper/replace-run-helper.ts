import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { cr10Description } from '@domain/cross-training/intensity';
import { type Modality, modalities, modalityLabels } from '@domain/cross-training/modalities';
import { replaceRun } from '@domain/cross-training/replace-run';
import { crossTrainingSources } from '@domain/cross-training/sources';
import { numberOf } from '../plan-form/plan-form';

/** The session "Replace a run" adds: the run's minutes at the run's effort. */
export interface Replacement {
  modality: Modality;
  minutes: number;
  rpe: number;
}

/**
 * Turns the run taken out of the week into cross-training minutes at a similar effort (domain `replaceRun`).
 * Clinical practice, not a trial result: said so beside the numbers, with its source.
 */
@Component({
  selector: 'app-replace-run-helper',
  imports: [MatButton, MatFormField, MatHint, MatInput, MatLabel, MatOption, MatSelect],
  template: `
    <section class="helper" aria-labelledby="replace-run-heading">
      <h3 id="replace-run-heading">Replace a run <span class="practice">[practice]</span></h3>
      <p class="source">{{ source.citation }}: {{ source.note }}</p>
      <div class="fields">
        <mat-form-field class="narrow">
          <mat-label>Distance taken out</mat-label>
          <input matInput type="number" min="0" step="0.1" (input)="distance.set(value($event))" />
        </mat-form-field>
        <mat-form-field class="narrow">
          <mat-label>Usual pace (min per unit)</mat-label>
          <input matInput type="number" min="0" step="0.5" (input)="pace.set(value($event))" />
        </mat-form-field>
        <mat-form-field class="narrow">
          <mat-label>Run effort (RPE 0–10)</mat-label>
          <input
            matInput
            type="number"
            min="0"
            max="10"
            [value]="rpe()"
            (input)="rpe.set(value($event) ?? 0)"
          />
          <mat-hint>{{ rpeWords() }}</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Replace with</mat-label>
          <mat-select [value]="modality()" (selectionChange)="modality.set($event.value)">
            @for (m of modalities; track m) {
              @if (m !== 'other') {
                <mat-option [value]="m">{{ labels[m] }}</mat-option>
              }
            }
          </mat-select>
        </mat-form-field>
      </div>
      @if (replacement(); as result) {
        <p aria-live="polite">
          {{ result.minutes }} min of {{ labels[modality()].toLowerCase() }} at effort {{ rpeWords() }}
          @if (result.clamped) {
            (brought within a session's 5–180 minutes)
          }
        </p>
        <button mat-stroked-button type="button" [disabled]="disabled()" (click)="add()">
          Add as a session
        </button>
      } @else {
        <p class="empty">Enter the distance and the patient's usual pace.</p>
      }
    </section>
  `,
  styles: `
    .helper {
      border-left: 4px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface-container-low);
      padding: 8px 16px 12px;
      margin: 16px 0;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
    }
    .narrow {
      width: 200px;
    }
    .practice,
    .source,
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplaceRunHelper {
  readonly disabled = input(false);
  readonly added = output<Replacement>();

  protected readonly source = crossTrainingSources.replaceRun;
  protected readonly modalities = modalities;
  protected readonly labels = modalityLabels;
  protected readonly distance = signal<number | null>(null);
  protected readonly pace = signal<number | null>(null);
  protected readonly rpe = signal(4);
  protected readonly modality = signal<Modality>('aqua_jogging');
  protected readonly replacement = computed(() =>
    replaceRun(this.distance() ?? 0, this.pace(), this.rpe()),
  );
  protected readonly rpeWords = computed(() => {
    const rpe = this.rpe();
    return Number.isInteger(rpe) && rpe >= 0 && rpe <= 10 ? cr10Description(rpe) : String(rpe);
  });

  protected value(event: Event): number | null {
    return numberOf(event);
  }

  protected add(): void {
    const result = this.replacement();
    if (result) this.added.emit({ modality: this.modality(), minutes: result.minutes, rpe: this.rpe() });
  }
}

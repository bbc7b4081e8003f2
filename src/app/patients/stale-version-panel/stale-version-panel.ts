import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Patient } from '@domain/contracts/patients';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import { PatientFormValue, differences } from '../patient-form/patient-form-model';

/**
 * Someone else saved the patient after this edit began. Nothing is overwritten silently: the
 * therapist sees the saved values beside theirs and chooses to keep their changes (the fields they
 * changed, saved on top of the new version; the colleague's other changes stay) or take the saved
 * record.
 */
@Component({
  selector: 'app-stale-version-panel',
  imports: [ClinicDatePipe, MatButton],
  templateUrl: './stale-version-panel.html',
  styleUrl: './stale-version-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaleVersionPanel {
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** The record as it is saved now. */
  readonly current = input.required<Patient>();
  readonly mine = input.required<PatientFormValue>();
  /** The values this edit started from: what the therapist changed is what they keep. */
  readonly base = input.required<PatientFormValue>();
  readonly busy = input(false);
  readonly keptMine = output();
  readonly tookSaved = output();

  protected readonly differences = computed(() =>
    differences(this.current(), this.mine(), this.base()),
  );
  /** A discharged record is closed for editing: the edit cannot be saved over it. */
  protected readonly discharged = computed(() => this.current().status === 'discharged');

  constructor() {
    // Keyboard and screen-reader users land on the question, not below the form's buttons.
    afterNextRender(() => this.heading().nativeElement.focus());
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import type { PatientSummary } from '@domain/contracts/patients';
import {
  programSectionLabels,
  programSections,
  type ProgramSection,
} from '@domain/programs/program';

export interface AddToProgram {
  patientId: string;
  section: ProgramSection;
}

/**
 * "Add to a patient's program" beside the open exercise: find the patient by name, choose the section (the
 * exercise's own unless changed), and the patient's Program tab opens with the exercise added, to dose and save.
 */
@Component({
  selector: 'app-add-to-program',
  imports: [
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
  ],
  template: `
    <form
      class="add"
      aria-label="Add to a patient's program"
      (submit)="$event.preventDefault(); add()"
    >
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Patient</mat-label>
        <input
          #box
          matInput
          type="search"
          autocomplete="off"
          [matAutocomplete]="list"
          (input)="patient.set(null); searched.emit(box.value)"
        />
      </mat-form-field>
      <mat-autocomplete
        #list="matAutocomplete"
        [displayWith]="nameOf"
        (optionSelected)="patient.set($event.option.value)"
      >
        @for (p of patients(); track p.id) {
          <mat-option [value]="p">{{ p.lastName }}, {{ p.firstName }}</mat-option>
        }
      </mat-autocomplete>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Section</mat-label>
        <mat-select [value]="section()" (valueChange)="section.set($event)">
          @for (s of sections; track s) {
            <mat-option [value]="s">{{ labels[s] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="!patient()">Add to program</button>
    </form>
  `,
  styles: `
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin: 16px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddToProgramForm {
  /** The patients matching what was typed. */
  readonly patients = input.required<readonly PatientSummary[]>();
  readonly defaultSection = input.required<ProgramSection>();
  readonly searched = output<string>();
  readonly added = output<AddToProgram>();

  protected readonly sections = programSections;
  protected readonly labels = programSectionLabels;
  protected readonly patient = signal<PatientSummary | null>(null);
  /** The open exercise's own section until another is chosen; a new exercise starts from its own again. */
  protected readonly section = linkedSignal<ProgramSection>(() => this.defaultSection());
  protected readonly nameOf = (p: PatientSummary | null) =>
    p ? `${p.firstName} ${p.lastName}` : '';

  protected add(): void {
    const patient = this.patient();
    if (patient) this.added.emit({ patientId: patient.id, section: this.section() });
  }
}

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { priyaShah, tomReyes, validNewPatient } from '../../../testing/sample-patients';
import { PatientForm } from './patient-form';
import {
  PatientFormGroup,
  PatientFormMode,
  PatientFormValue,
  blankPatient,
  createPatientForm,
} from './patient-form-model';

describe('PatientForm', () => {
  let fixture: ComponentFixture<PatientForm>;
  let element: HTMLElement;
  let form: PatientFormGroup;
  let submitted: PatientFormValue[];

  async function render(mode: PatientFormMode = 'create', chooseTherapist = true): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    form = createPatientForm(TestBed.inject(NonNullableFormBuilder), mode, chooseTherapist);
    form.reset(blankPatient('2026-11-25'));
    fixture = TestBed.createComponent(PatientForm);
    fixture.componentRef.setInput('form', form);
    fixture.componentRef.setInput('mode', mode);
    fixture.componentRef.setInput('therapists', [tomReyes, priyaShah]);
    element = fixture.nativeElement;
    submitted = [];
    fixture.componentInstance.submitted.subscribe((value) => submitted.push(value));
    await fixture.whenStable();
  }

  async function set(inputs: Record<string, unknown>): Promise<void> {
    fixture.componentRef.setInput(Object.keys(inputs)[0], Object.values(inputs)[0]);
    await fixture.whenStable();
  }

  function input(name: string): HTMLInputElement {
    return element.querySelector(`[formControlName="${name}"]`)!;
  }

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(label = 'Save patient'): Promise<void> {
    const button = [...element.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent!.trim() === label,
    )!;
    button.click();
    await fixture.whenStable();
  }

  function error(name: string): string | undefined {
    const field = input(name).closest('mat-form-field')!;
    return field.querySelector('mat-error')?.textContent!.trim();
  }

  function labels(): string[] {
    return [...element.querySelectorAll('mat-label')].map((label) => label.textContent!.trim());
  }

  it('groups the record as a history is taken, with the labels the clinic uses', async () => {
    await render();
    const legends = [...element.querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).toEqual(['Person', 'Contact', 'Clinical', 'Running background', 'Notes']);
    expect(labels()).toEqual([
      'First name',
      'Last name',
      'Date of birth',
      'Sex',
      'Preferred language',
      'Phone',
      'Email',
      'Diagnosis',
      'Affected side',
      'Start date',
      'Therapist',
      'Current weekly distance',
      'Unit',
      'Years running',
      'Running goal',
      'Goal race',
      'Goal race date',
      'Clinical notes',
    ]);
  });

  it('asks a manager for the therapist but not a therapist, and offers the status when editing', async () => {
    await render('create', false);
    expect(labels()).not.toContain('Therapist');
    expect(labels()).not.toContain('Status');
    TestBed.resetTestingModule();
    await render('edit', false);
    expect(labels()).toContain('Status');
    expect(labels()).not.toContain('Therapist');
  });

  it("shows the contract's messages beside the fields on submit, and emits nothing", async () => {
    await render();
    await submit();
    expect(error('firstName')).toBe('Enter the first name.');
    expect(error('lastName')).toBe('Enter the last name.');
    expect(error('dateOfBirth')).toBe('Enter a date as YYYY-MM-DD.');
    expect(error('diagnosis')).toBe('Choose a diagnosis.');
    expect(error('affectedSide')).toBe('Choose the affected side.');
    expect(error('therapistId')).toBe('Choose a therapist.');
    expect(error('weeklyDistance')).toBe('Enter the current weekly distance as a number.');
    expect(error('email')).toBeUndefined();
    expect(submitted).toEqual([]);
    expect(document.activeElement).toBe(input('firstName'));
  });

  it('shows a field’s message once the user leaves it', async () => {
    await render();
    await type('email', 'ana@');
    expect(error('email')).toBeUndefined();
    input('email').dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(error('email')).toBe('Enter a valid email address, like name@example.com.');
  });

  it('checks the whole record once each field passes: "other" needs a description', async () => {
    await render();
    form.reset({ ...validNewPatient(), diagnosis: 'other' });
    await fixture.whenStable();
    expect(labels()).toContain('Describe the diagnosis');
    await submit();
    expect(error('diagnosisOther')).toBe('Describe the diagnosis.');
    expect(submitted).toEqual([]);
    expect(document.activeElement).toBe(input('diagnosisOther'));
  });

  it('emits the values once the contract accepts them', async () => {
    await render();
    form.reset(validNewPatient());
    await type('clinicalNotes', 'Pain after 5 km.');
    await submit();
    expect(submitted).toEqual([{ ...validNewPatient(), clinicalNotes: 'Pain after 5 km.' }]);
  });

  it("shows the server's field messages in the same places and keeps what was typed", async () => {
    await render();
    form.reset(validNewPatient());
    await type('phone', '12');
    await set({
      fieldErrors: {
        phone: ['Enter a phone number of 7 to 15 digits, like (555) 010-2030.'],
        _form: ['Check the highlighted fields.'],
      },
    });
    expect(error('phone')).toBe('Enter a phone number of 7 to 15 digits, like (555) 010-2030.');
    expect(element.querySelector('[role="alert"]')!.textContent!.trim()).toBe(
      'Check the highlighted fields.',
    );
    expect(input('firstName').value).toBe('Ana');
    expect(input('phone').value).toBe('12');
  });

  it('says why a save failed, keeps everything typed, and retries', async () => {
    await render();
    form.reset(validNewPatient());
    await type('clinicalNotes', 'Pain after 5 km.');
    await set({ failure: "Stride Rx can't reach the server." });
    const alert = element.querySelector('[role="alert"]')!.textContent!;
    expect(alert).toContain("Couldn't save the patient. Stride Rx can't reach the server.");
    expect(alert).toContain('Everything you typed is still here.');
    expect(input('clinicalNotes').value).toBe('Pain after 5 km.');
    await submit('Retry');
    expect(submitted.length).toBe(1);
  });

  it('ignores another save while one is on its way', async () => {
    await render();
    form.reset(validNewPatient());
    await set({ busy: true });
    await submit();
    expect(submitted).toEqual([]);
  });

  it('asks to cancel', async () => {
    await render();
    let cancelled = 0;
    fixture.componentInstance.cancelled.subscribe(() => cancelled++);
    await submit('Cancel');
    expect(cancelled).toBe(1);
  });
});

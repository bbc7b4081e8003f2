import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { samplePatient, tomReyes, validNewPatient } from '../../../testing/sample-patients';
import {
  blankPatient,
  createPatientForm,
  differences,
  formValueOf,
  mergeEdits,
  recordProblems,
  toCreateRequest,
  toUpdateRequest,
} from './patient-form-model';

const ana = samplePatient();

describe('patient form model', () => {
  it('starts a new patient today, in miles, in English', () => {
    const blank = blankPatient('2026-11-25');
    expect(blank.startDate).toBe('2026-11-25');
    expect(blank.distanceUnit).toBe('mi');
    expect(blank.preferredLanguage).toBe('en');
  });

  it('sends an empty goal race date as null and names the therapist only for a manager', () => {
    const value = validNewPatient();
    const request = toCreateRequest(value, true);
    expect(request.goalRaceDate).toBeNull();
    expect(request.therapistId).toBe(tomReyes.id);
    expect('status' in request).toBeFalse();
    expect('therapistId' in toCreateRequest(value, false)).toBeFalse();
  });

  it('sends an edit with its status and the version it started from', () => {
    const request = toUpdateRequest({ ...formValueOf(ana), status: 'on_hold' }, 3);
    expect(request.version).toBe(3);
    expect(request.status).toBe('on_hold');
    expect('therapistId' in request).toBeFalse();
    expect(request.goalRaceDate).toBe('2027-04-11');
  });

  it('checks the rules that span fields, in the contract’s words', () => {
    expect(recordProblems(validNewPatient(), true)).toBeNull();
    const other = { ...validNewPatient(), diagnosis: 'other' as const };
    expect(recordProblems(other, true)).toEqual({ diagnosisOther: ['Describe the diagnosis.'] });
    const early = { ...validNewPatient(), startDate: '1980-01-01' };
    expect(recordProblems(early, true)).toEqual({
      startDate: ['Start date cannot be before the date of birth.'],
    });
  });

  describe('after someone else saved', () => {
    const base = formValueOf(ana);
    const theirs = { ...ana, version: 4, phone: '(555) 010-9999', affectedSide: 'both' as const };
    const mine = { ...base, clinicalNotes: 'Better after 2 weeks.', affectedSide: 'right' as const };

    it("keeps the fields the therapist changed and the colleague's other changes", () => {
      expect(mergeEdits(theirs, mine, base)).toEqual({
        ...formValueOf(theirs),
        clinicalNotes: 'Better after 2 weeks.',
        affectedSide: 'right',
      });
    });

    it('lists where the saved record and the form differ, and what keeping mine saves', () => {
      expect(differences(theirs, mine, base)).toEqual([
        {
          field: 'phone',
          label: 'Phone',
          saved: '(555) 010-9999',
          yours: '(555) 010-2030',
          kept: '(555) 010-9999',
        },
        {
          field: 'affectedSide',
          label: 'Affected side',
          saved: 'Both knees',
          yours: 'Right knee',
          kept: 'Right knee',
        },
        {
          field: 'clinicalNotes',
          label: 'Clinical notes',
          saved: 'Pain on the outside of the knee after 5 km.',
          yours: 'Better after 2 weeks.',
          kept: 'Better after 2 weeks.',
        },
      ]);
    });

    it('shows a discharge by someone else as a status difference', () => {
      const discharged = { ...ana, status: 'discharged' as const };
      expect(differences(discharged, base, base)).toEqual([
        { field: 'status', label: 'Status', saved: 'Discharged', yours: 'Active', kept: 'Active' },
      ]);
    });

    it('treats blank and missing values alike', () => {
      const noPhone = { ...ana, phone: null };
      const blank = { ...formValueOf(noPhone), phone: '  ' };
      expect(differences(noPhone, blank, formValueOf(noPhone))).toEqual([]);
      expect(mergeEdits(noPhone, blank, formValueOf(noPhone)).phone).toBe('');
    });
  });

  describe('the form group', () => {
    function form(mode: 'create' | 'edit', chooseTherapist: boolean) {
      return createPatientForm(TestBed.inject(NonNullableFormBuilder), mode, chooseTherapist);
    }

    it('lets a manager choose the therapist of a new patient, and nobody pick one when editing', () => {
      expect(form('create', true).controls.therapistId.enabled).toBeTrue();
      expect(form('create', false).controls.therapistId.enabled).toBeFalse();
      expect(form('edit', true).controls.therapistId.enabled).toBeFalse();
    });

    it('offers the status only when editing', () => {
      expect(form('create', true).controls.status.enabled).toBeFalse();
      expect(form('edit', false).controls.status.enabled).toBeTrue();
    });

    it("checks each field with the contract's schema", () => {
      const group = form('create', true);
      group.reset(validNewPatient());
      expect(group.valid).toBeTrue();
      group.controls.email.setValue('not-an-email');
      expect(group.controls.email.errors).toEqual({
        contract: ['Enter a valid email address, like name@example.com.'],
      });
      group.controls.goalRaceDate.setValue('');
      expect(group.controls.goalRaceDate.valid).toBeTrue();
    });
  });
});

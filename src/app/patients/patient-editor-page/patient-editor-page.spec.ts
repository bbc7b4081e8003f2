import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { By } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import type { CurrentUser } from '@domain/contracts/auth';
import { type Patient, todayIso } from '@domain/contracts/patients';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import {
  priyaShah,
  samplePatient,
  tomReyes,
  validNewPatient,
} from '../../../testing/sample-patients';
import { manager, therapist } from '../../../testing/sample-users';
import { initialAuthState } from '../../core/auth/state/auth.feature';
import { FormDrafts } from '../../ui/forms/form-drafts';
import { PatientForm } from '../patient-form/patient-form';
import {
  PatientFormGroup,
  PatientFormValue,
  formValueOf,
  toCreateRequest,
  toUpdateRequest,
} from '../patient-form/patient-form-model';
import { patientEditorPageActions } from '../state/patients.actions';
import { PatientsState, SaveState, initialPatientsState } from '../state/patients.feature';
import { selectSelectedPatientId } from '../state/patients.selectors';
import { PatientEditorPage } from './patient-editor-page';

const ana = samplePatient();
const offline = { error: 'network_error', message: "Stride Rx can't reach the server." };

describe('PatientEditorPage', () => {
  let fixture: ComponentFixture<PatientEditorPage>;
  let store: MockStore;
  let page: HTMLElement;
  let drafts: FormDrafts;
  let router: Router;
  let user: CurrentUser;
  let patients: PatientsState;

  function loaded(patient: Patient): PatientsState {
    return {
      ...initialPatientsState,
      therapists: [tomReyes, priyaShah],
      selected: { id: patient.id, patient, loading: false, error: null },
    };
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    drafts = TestBed.inject(FormDrafts);
    drafts.clearAll();
  });

  afterEach(() => drafts.clearAll());

  async function render(
    id: string | undefined,
    state: PatientsState = id ? loaded(ana) : initialPatientsState,
    signedIn: CurrentUser = therapist,
  ): Promise<void> {
    user = signedIn;
    patients = state;
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectSelectedPatientId, id);
    store.setState(storeState());
    spyOn(store, 'dispatch');
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    fixture = TestBed.createComponent(PatientEditorPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  function storeState() {
    return { auth: { ...initialAuthState, status: 'signedIn', user }, patients };
  }

  async function setPatients(changes: Partial<PatientsState>): Promise<void> {
    patients = { ...patients, ...changes };
    store.setState(storeState());
    await fixture.whenStable();
  }

  async function setSave(save: Partial<SaveState>): Promise<void> {
    await setPatients({ save: { status: 'idle', error: null, current: null, ...save } });
  }

  function form(): PatientFormGroup {
    return fixture.debugElement.query(By.directive(PatientForm)).componentInstance.form();
  }

  async function type(name: string, value: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function click(label: string): Promise<void> {
    const button = [...page.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent!.trim() === label,
    );
    if (!button) throw new Error(`No button "${label}"`);
    button.click();
    await fixture.whenStable();
  }

  function draftOf(key: string) {
    return drafts.load<PatientFormValue>(user.id, key);
  }

  describe('a new patient', () => {
    it('starts a blank record today, under the heading New patient', async () => {
      await render(undefined);
      expect(store.dispatch).toHaveBeenCalledWith(patientEditorPageActions.opened({ id: null }));
      expect(page.querySelector('h1')!.textContent).toBe('New patient');
      expect(form().getRawValue().startDate).toBe(todayIso());
      expect(form().dirty).toBeFalse();
    });

    it("submits a therapist's patient as their own", async () => {
      await render(undefined);
      form().reset(validNewPatient());
      await click('Save patient');
      expect(store.dispatch).toHaveBeenCalledWith(
        patientEditorPageActions.createSubmitted({
          request: toCreateRequest(validNewPatient(), false),
        }),
      );
    });

    it('lets a manager choose the therapist', async () => {
      await render(undefined, { ...initialPatientsState, therapists: [tomReyes] }, manager);
      form().reset({ ...validNewPatient(), therapistId: null });
      await click('Save patient');
      expect(page.textContent).toContain('Choose a therapist.');
      form().controls.therapistId.setValue(tomReyes.id);
      await click('Save patient');
      const request = toCreateRequest(validNewPatient(), true);
      expect(request.therapistId).toBe(tomReyes.id);
      expect(store.dispatch).toHaveBeenCalledWith(
        patientEditorPageActions.createSubmitted({ request }),
      );
    });

    it('keeps a draft of unsaved work in the tab while the form is dirty', async () => {
      await render(undefined);
      expect(draftOf('patient.new')).toBeNull();
      await type('firstName', 'Ana');
      const draft = draftOf('patient.new')!;
      expect(draft.value.firstName).toBe('Ana');
      expect(draft.baseVersion).toBeNull();
      expect(fixture.componentInstance.hasUnsavedChanges()).toBeTrue();
    });

    it('offers the draft back after a reload, and restores it', async () => {
      const savedAt = new Date();
      savedAt.setHours(14, 32);
      drafts.save(therapist.id, 'patient.new', {
        savedAt: savedAt.toISOString(),
        baseVersion: null,
        baseValue: null,
        value: { ...validNewPatient(), clinicalNotes: 'Typed before the reload.' },
      });
      await render(undefined);
      expect(page.textContent).toContain('Restore unsaved changes from 2:32 PM?');
      expect(form().getRawValue().clinicalNotes).toBe('');
      await click('Restore');
      expect(form().getRawValue().clinicalNotes).toBe('Typed before the reload.');
      expect(form().dirty).toBeTrue();
      expect(page.textContent).not.toContain('Restore unsaved changes');
    });

    it('discards the draft when asked', async () => {
      drafts.save(therapist.id, 'patient.new', {
        savedAt: new Date().toISOString(),
        baseVersion: null,
        baseValue: null,
        value: validNewPatient(),
      });
      await render(undefined);
      await click('Discard');
      expect(draftOf('patient.new')).toBeNull();
      expect(page.textContent).not.toContain('Restore unsaved changes');
    });

    it('never offers another user’s draft', async () => {
      drafts.save(manager.id, 'patient.new', {
        savedAt: new Date().toISOString(),
        baseVersion: null,
        baseValue: null,
        value: validNewPatient(),
      });
      await render(undefined);
      expect(page.textContent).not.toContain('Restore unsaved changes');
    });

    it('forgets the draft and opens the patient once saved', async () => {
      await render(undefined);
      await type('firstName', 'Ana');
      await setPatients({
        selected: { id: ana.id, patient: ana, loading: false, error: null },
        save: { status: 'saved', error: null, current: null },
      });
      expect(draftOf('patient.new')).toBeNull();
      expect(router.navigate).toHaveBeenCalledWith(['/patients', ana.id]);
      expect(fixture.componentInstance.hasUnsavedChanges()).toBeFalse();
    });

    it('keeps everything typed when a save fails, says why and retries', async () => {
      await render(undefined);
      form().reset(validNewPatient());
      await type('clinicalNotes', 'Pain after 5 km.');
      await setSave({ status: 'failed', error: offline });
      expect(page.querySelector('[role="alert"]')!.textContent).toContain(
        "Couldn't save the patient. Stride Rx can't reach the server.",
      );
      expect(form().getRawValue().clinicalNotes).toBe('Pain after 5 km.');
      expect(draftOf('patient.new')!.value.clinicalNotes).toBe('Pain after 5 km.');
      (store.dispatch as jasmine.Spy).calls.reset();
      await click('Retry');
      expect(store.dispatch).toHaveBeenCalledWith(
        patientEditorPageActions.createSubmitted({
          request: toCreateRequest({ ...validNewPatient(), clinicalNotes: 'Pain after 5 km.' }, false),
        }),
      );
    });

    it("shows the server's field messages beside the fields", async () => {
      await render(undefined);
      form().reset(validNewPatient());
      await setSave({
        status: 'failed',
        error: {
          error: 'validation_failed',
          message: 'Check the highlighted fields.',
          fields: { lastName: ['The last name is at most 80 characters.'] },
        },
      });
      const lastName = page.querySelector('[formControlName="lastName"]')!.closest('mat-form-field')!;
      expect(lastName.querySelector('mat-error')!.textContent!.trim()).toBe(
        'The last name is at most 80 characters.',
      );
      expect(page.querySelector('[role="alert"]')!.textContent!.trim()).toBe(
        'Check the highlighted fields.',
      );
    });

    it('warns before the tab closes with unsaved changes', async () => {
      // Karma treats any beforeunload as a page reload: stand its own handler aside meanwhile.
      const karmaHandler = window.onbeforeunload;
      window.onbeforeunload = null;
      try {
        await render(undefined);
        const clean = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(clean);
        expect(clean.defaultPrevented).toBeFalse();
        await type('firstName', 'Ana');
        const dirty = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(dirty);
        expect(dirty.defaultPrevented).toBeTrue();
      } finally {
        window.onbeforeunload = karmaHandler;
      }
    });

    it('forgets the draft when the user leaves without saving', async () => {
      await render(undefined);
      await type('firstName', 'Ana');
      fixture.componentInstance.discardChanges();
      expect(draftOf('patient.new')).toBeNull();
    });
  });

  describe('an existing patient', () => {
    it('loads the record into the form', async () => {
      await render(ana.id);
      expect(store.dispatch).toHaveBeenCalledWith(patientEditorPageActions.opened({ id: ana.id }));
      expect(page.querySelector('h1')!.textContent).toBe('Edit Ana Silva');
      expect(form().getRawValue()).toEqual(formValueOf(ana));
      expect(form().dirty).toBeFalse();
    });

    it('waits for the record before filling the form', async () => {
      await render(ana.id, {
        ...initialPatientsState,
        selected: { id: ana.id, patient: null, loading: true, error: null },
      });
      expect(page.textContent).toContain('Loading the patient…');
      await setPatients({ selected: { id: ana.id, patient: ana, loading: false, error: null } });
      expect(form().getRawValue().lastName).toBe('Silva');
    });

    it('saves with the version it edited', async () => {
      await render(ana.id);
      await type('phone', '(555) 010-7777');
      await click('Save patient');
      const mine = { ...formValueOf(ana), phone: '(555) 010-7777' };
      expect(store.dispatch).toHaveBeenCalledWith(
        patientEditorPageActions.updateSubmitted({ id: ana.id, request: toUpdateRequest(mine, 3) }),
      );
    });

    it("restores a draft on the version it began from, so a save since then shows", async () => {
      drafts.save(therapist.id, `patient.${ana.id}`, {
        savedAt: new Date().toISOString(),
        baseVersion: 2,
        baseValue: formValueOf(ana),
        value: { ...formValueOf(ana), goalRace: 'Trail 10K' },
      });
      await render(ana.id);
      await click('Restore');
      await click('Save patient');
      const mine = { ...formValueOf(ana), goalRace: 'Trail 10K' };
      expect(store.dispatch).toHaveBeenCalledWith(
        patientEditorPageActions.updateSubmitted({ id: ana.id, request: toUpdateRequest(mine, 2) }),
      );
    });

    describe('when someone else saved first', () => {
      const theirs = { ...ana, version: 4, phone: '(555) 010-9999' };
      const stale = { error: 'stale_version', message: 'Someone else saved this patient.' };

      async function conflict(): Promise<void> {
        await render(ana.id);
        await type('clinicalNotes', 'Better after two weeks.');
        await setSave({ status: 'stale', error: stale, current: theirs });
      }

      function rows(): string[][] {
        return [...page.querySelectorAll('app-stale-version-panel tbody tr')].map((row) =>
          [...row.children].map((cell) => cell.textContent!.trim()),
        );
      }

      it('shows the saved values beside the therapist’s, field by field', async () => {
        await conflict();
        expect(page.querySelector('app-stale-version-panel h2')!.textContent!.trim()).toBe(
          'Someone else saved this patient while you were editing',
        );
        expect(rows()).toEqual([
          ['Phone', '(555) 010-9999', '(555) 010-2030', '(555) 010-9999'],
          [
            'Clinical notes',
            'Pain on the outside of the knee after 5 km.',
            'Better after two weeks.',
            'Better after two weeks.',
          ],
        ]);
        expect(form().getRawValue().clinicalNotes).toBe('Better after two weeks.');
      });

      it("saves the therapist's changes on the new version, keeping the colleague's", async () => {
        await conflict();
        await click('Keep my changes');
        const merged = { ...formValueOf(theirs), clinicalNotes: 'Better after two weeks.' };
        expect(store.dispatch).toHaveBeenCalledWith(
          patientEditorPageActions.updateSubmitted({
            id: ana.id,
            request: toUpdateRequest(merged, 4),
          }),
        );
        expect(form().getRawValue()).toEqual(merged);
        expect(draftOf(`patient.${ana.id}`)!.baseVersion).toBe(4);
      });

      it('takes the saved record, dropping the edit and its draft', async () => {
        await conflict();
        await click('Use the saved version');
        expect(form().getRawValue()).toEqual(formValueOf(theirs));
        expect(form().dirty).toBeFalse();
        expect(draftOf(`patient.${ana.id}`)).toBeNull();
        expect(store.dispatch).toHaveBeenCalledWith(
          patientEditorPageActions.currentVersionTaken({ patient: theirs }),
        );
      });
    });

    it('says "No such patient" for an unknown or unassigned patient', async () => {
      await render(ana.id, {
        ...initialPatientsState,
        selected: {
          id: ana.id,
          patient: null,
          loading: false,
          error: { error: 'not_found', message: 'No such patient.' },
        },
      });
      expect(page.querySelector('h1')!.textContent).toBe('No such patient');
      expect(page.querySelector('a[href="/patients"]')!.textContent).toBe('Back to patients');
    });

    it('explains that a discharged record is closed for editing', async () => {
      await render(ana.id, loaded({ ...ana, status: 'discharged' }));
      expect(page.querySelector('app-patient-form')).toBeNull();
      expect(page.textContent).toContain('This patient is discharged');
    });
  });
});

import { manager, therapist } from '../../../testing/sample-users';
import { auditEntries, samplePatient } from '../../../testing/sample-patients';
import { SelectedPatient } from './patients.feature';
import {
  selectIsManager,
  selectNeedsTherapists,
  selectSelectedAuditTrail,
  selectSelectedPatient,
  selectSelectedPatientNotFound,
} from './patients.selectors';

const ana = samplePatient();
const loaded: SelectedPatient = { id: ana.id, patient: ana, loading: false, error: null };

describe('patients selectors', () => {
  it('selects the loaded patient only when the address names it', () => {
    expect(selectSelectedPatient.projector(loaded, ana.id)).toBe(ana);
    expect(selectSelectedPatient.projector(loaded, 'another-id')).toBeNull();
    expect(selectSelectedPatient.projector(loaded, undefined)).toBeNull();
  });

  it('says "not found" for the patient the address names', () => {
    const missing: SelectedPatient = {
      id: ana.id,
      patient: null,
      loading: false,
      error: { error: 'not_found', message: 'No such patient.' },
    };
    expect(selectSelectedPatientNotFound.projector(missing, ana.id)).toBeTrue();
    expect(selectSelectedPatientNotFound.projector(missing, 'another-id')).toBeFalse();
    const offline = { ...missing, error: { error: 'network_error', message: 'Offline.' } };
    expect(selectSelectedPatientNotFound.projector(offline, ana.id)).toBeFalse();
  });

  it('knows a manager', () => {
    expect(selectIsManager.projector(manager)).toBeTrue();
    expect(selectIsManager.projector(therapist)).toBeFalse();
    expect(selectIsManager.projector(null)).toBeFalse();
  });

  it('loads the therapists once, for managers only', () => {
    expect(selectNeedsTherapists.projector(true, false)).toBeTrue();
    expect(selectNeedsTherapists.projector(true, true)).toBeFalse();
    expect(selectNeedsTherapists.projector(false, false)).toBeFalse();
  });

  it("never shows another patient's audit trail", () => {
    const trail = { patientId: ana.id, entries: auditEntries, loading: false, error: null };
    expect(selectSelectedAuditTrail.projector(trail, ana.id)).toBe(trail);
    expect(selectSelectedAuditTrail.projector(trail, 'another-id')).toBeNull();
  });
});

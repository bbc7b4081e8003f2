import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { Observable, firstValueFrom, lastValueFrom, of, throwError, toArray } from 'rxjs';
import {
  auditEntries,
  samplePatient,
  summaryOf,
  tomReyes,
} from '../../../testing/sample-patients';
import { defaultListQuery } from '../patient-list-query';
import { PatientsClient } from '../patients-client';
import {
  patientEditorPageActions,
  patientPageActions,
  patientsApiActions,
  patientsPageActions,
} from './patients.actions';
import {
  createPatient,
  dischargePatient,
  loadAuditTrail,
  loadPatient,
  loadPatients,
  loadTherapists,
  reactivatePatient,
  reassignPatient,
  showNotices,
  showQueryInAddressBar,
  updatePatient,
} from './patients.effects';

function failure(status: number, body: unknown = null): Observable<never> {
  return throwError(() => new HttpErrorResponse({ status, error: body }));
}

const ana = samplePatient();
const theirs = { ...ana, version: 4, phone: '(555) 010-9999' };
const staleBody = {
  error: 'stale_version',
  message: 'Someone else saved this patient since you opened it.',
  current: theirs,
};
const offline = {
  error: 'network_error',
  message: "Stride Rx can't reach the server. Check your connection and try again.",
};
const { id: _id, version: _version, ...fields } = ana;
const createRequest = { ...fields, therapistId: tomReyes.id } as never;
const updateRequest = { ...fields, status: 'active', version: 3 } as never;

describe('patients effects', () => {
  let client: jasmine.SpyObj<PatientsClient>;

  beforeEach(() => {
    client = jasmine.createSpyObj<PatientsClient>('PatientsClient', [
      'list',
      'get',
      'create',
      'update',
      'discharge',
      'reactivate',
      'reassign',
      'audit',
      'therapists',
    ]);
  });

  async function all<T>(effect: Observable<T>): Promise<T[]> {
    return lastValueFrom(effect.pipe(toArray()));
  }

  describe('loadPatients', () => {
    const query = { ...defaultListQuery, q: 'silva' };

    it('loads the page the query asks for', async () => {
      const list = { items: [summaryOf(ana)], total: 1, page: 1, pageSize: 50 };
      client.list.and.returnValue(of(list));
      const changed = of(patientsPageActions.queryChanged({ query }));
      expect(await firstValueFrom(loadPatients(changed, client))).toEqual(
        patientsApiActions.listLoadSucceeded({ list }),
      );
      expect(client.list).toHaveBeenCalledWith(query);
    });

    it('reports a failed load, and loads again on Retry', async () => {
      client.list.and.returnValue(failure(0));
      const retried = of(patientsPageActions.retrySelected({ query }));
      expect(await firstValueFrom(loadPatients(retried, client))).toEqual(
        patientsApiActions.listLoadFailed({ error: offline }),
      );
    });
  });

  describe('showQueryInAddressBar', () => {
    let router: jasmine.SpyObj<Router>;

    beforeEach(() => {
      router = jasmine.createSpyObj<Router>('Router', ['navigate']);
      router.navigate.and.resolveTo(true);
    });

    it('puts a changed filter, sort or page in the address bar as a new history entry', async () => {
      const query = { ...defaultListQuery, status: ['active' as const], page: 2 };
      await firstValueFrom(
        showQueryInAddressBar(of(patientsPageActions.statusFilterChanged({ query })), router),
      );
      expect(router.navigate).toHaveBeenCalledWith(['/patients'], {
        queryParams: { page: '2', status: 'active' },
        replaceUrl: false,
      });
    });

    it('replaces the entry for a typed search, so Back leaves the search in one step', async () => {
      const query = { ...defaultListQuery, q: 'ana' };
      await firstValueFrom(
        showQueryInAddressBar(of(patientsPageActions.searchChanged({ query })), router),
      );
      expect(router.navigate).toHaveBeenCalledWith(['/patients'], {
        queryParams: { q: 'ana' },
        replaceUrl: true,
      });
    });
  });

  describe('loadPatient', () => {
    it('loads the patient a page opens', async () => {
      client.get.and.returnValue(of(ana));
      const opened = of(patientPageActions.opened({ id: ana.id }));
      expect(await firstValueFrom(loadPatient(opened, client))).toEqual(
        patientsApiActions.patientLoadSucceeded({ patient: ana }),
      );
    });

    it('loads nothing for a new patient', async () => {
      const opened = of(patientEditorPageActions.opened({ id: null }));
      expect(await all(loadPatient(opened, client))).toEqual([]);
      expect(client.get).not.toHaveBeenCalled();
    });

    it('reports an unknown patient', async () => {
      const notFound = { error: 'not_found', message: 'No such patient.' };
      client.get.and.returnValue(failure(404, notFound));
      const opened = of(patientEditorPageActions.opened({ id: ana.id }));
      expect(await firstValueFrom(loadPatient(opened, client))).toEqual(
        patientsApiActions.patientLoadFailed({ id: ana.id, error: notFound }),
      );
    });

    it('reports any other failure as it is', async () => {
      client.get.and.returnValue(failure(0));
      const opened = of(patientPageActions.opened({ id: ana.id }));
      expect(await firstValueFrom(loadPatient(opened, client))).toEqual(
        patientsApiActions.patientLoadFailed({ id: ana.id, error: offline }),
      );
    });
  });

  describe('loadTherapists', () => {
    const opened = of(patientsPageActions.opened());

    it("loads the clinic's therapists for a manager, once", async () => {
      client.therapists.and.returnValue(of([tomReyes]));
      expect(await firstValueFrom(loadTherapists(opened, client, signal(true)))).toEqual(
        patientsApiActions.therapistsLoadSucceeded({ therapists: [tomReyes] }),
      );
      expect(await all(loadTherapists(opened, client, signal(false)))).toEqual([]);
      expect(client.therapists).toHaveBeenCalledTimes(1);
    });

    it('reports a failed load', async () => {
      client.therapists.and.returnValue(failure(0));
      const reassign = of(patientPageActions.reassignOpened());
      expect(await firstValueFrom(loadTherapists(reassign, client, signal(true)))).toEqual(
        patientsApiActions.therapistsLoadFailed({ error: offline }),
      );
    });
  });

  describe('loadAuditTrail', () => {
    const opened = of(patientPageActions.activityOpened({ id: ana.id }));

    it("loads the patient's audit trail", async () => {
      client.audit.and.returnValue(of(auditEntries));
      expect(await firstValueFrom(loadAuditTrail(opened, client))).toEqual(
        patientsApiActions.auditLoadSucceeded({ id: ana.id, entries: auditEntries }),
      );
    });

    it('reports a refused or failed load', async () => {
      const forbidden = { error: 'forbidden', message: 'Managers only.' };
      client.audit.and.returnValue(failure(403, forbidden));
      expect(await firstValueFrom(loadAuditTrail(opened, client))).toEqual(
        patientsApiActions.auditLoadFailed({ id: ana.id, error: forbidden }),
      );
    });
  });

  describe('createPatient', () => {
    const submitted = of(patientEditorPageActions.createSubmitted({ request: createRequest }));

    it('creates the patient', async () => {
      client.create.and.returnValue(of(ana));
      expect(await firstValueFrom(createPatient(submitted, client))).toEqual(
        patientsApiActions.createSucceeded({ patient: ana }),
      );
      expect(client.create).toHaveBeenCalledWith(createRequest);
    });

    it("reports the server's field messages", async () => {
      const invalid = {
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: { therapistId: ['Choose a therapist.'] },
      };
      client.create.and.returnValue(failure(400, invalid));
      expect(await firstValueFrom(createPatient(submitted, client))).toEqual(
        patientsApiActions.createFailed({ error: invalid }),
      );
    });
  });

  describe('updatePatient', () => {
    const submitted = of(
      patientEditorPageActions.updateSubmitted({ id: ana.id, request: updateRequest }),
    );

    it('saves the edit', async () => {
      client.update.and.returnValue(of({ ...ana, version: 4 }));
      expect(await firstValueFrom(updatePatient(submitted, client))).toEqual(
        patientsApiActions.updateSucceeded({ patient: { ...ana, version: 4 } }),
      );
      expect(client.update).toHaveBeenCalledWith(ana.id, updateRequest);
    });

    it('carries the current record when someone else saved first (409)', async () => {
      client.update.and.returnValue(failure(409, staleBody));
      expect(await firstValueFrom(updatePatient(submitted, client))).toEqual(
        patientsApiActions.updateFailed({
          error: { error: 'stale_version', message: staleBody.message },
          current: theirs,
        }),
      );
    });

    it('treats a 409 without a usable record as a plain failure', async () => {
      client.update.and.returnValue(failure(409, { error: 'stale_version', message: 'Stale.' }));
      const action = await firstValueFrom(updatePatient(submitted, client));
      expect(action).toEqual(
        patientsApiActions.updateFailed({
          error: { error: 'stale_version', message: 'Stale.' },
          current: null,
        }),
      );
    });

    it('reports a failure with no record', async () => {
      client.update.and.returnValue(failure(0));
      expect(await firstValueFrom(updatePatient(submitted, client))).toEqual(
        patientsApiActions.updateFailed({ error: offline, current: null }),
      );
    });
  });

  describe('dischargePatient', () => {
    const request = { version: 3, dischargedOn: '2026-11-25', reason: 'Goals met' };
    const submitted = of(patientPageActions.dischargeSubmitted({ id: ana.id, request }));

    it('discharges the patient', async () => {
      const discharged = { ...ana, status: 'discharged' as const, version: 4 };
      client.discharge.and.returnValue(of(discharged));
      expect(await firstValueFrom(dischargePatient(submitted, client))).toEqual(
        patientsApiActions.dischargeSucceeded({ patient: discharged }),
      );
      expect(client.discharge).toHaveBeenCalledWith(ana.id, request);
    });

    it('carries the current record on a stale version, and reports other failures', async () => {
      client.discharge.and.returnValue(failure(409, staleBody));
      const stale = await firstValueFrom(dischargePatient(submitted, client));
      expect(stale).toEqual(
        patientsApiActions.dischargeFailed({
          error: { error: 'stale_version', message: staleBody.message },
          current: theirs,
        }),
      );
      client.discharge.and.returnValue(failure(0));
      expect(await firstValueFrom(dischargePatient(submitted, client))).toEqual(
        patientsApiActions.dischargeFailed({ error: offline, current: null }),
      );
    });
  });

  describe('reactivatePatient', () => {
    const selected = of(patientPageActions.reactivateSelected({ id: ana.id, version: 4 }));

    it('reactivates the patient at the version on screen', async () => {
      client.reactivate.and.returnValue(of(ana));
      expect(await firstValueFrom(reactivatePatient(selected, client))).toEqual(
        patientsApiActions.reactivateSucceeded({ patient: ana }),
      );
      expect(client.reactivate).toHaveBeenCalledWith(ana.id, { version: 4 });
    });

    it('carries the current record on a stale version', async () => {
      client.reactivate.and.returnValue(failure(409, staleBody));
      const action = await firstValueFrom(reactivatePatient(selected, client));
      expect(action).toEqual(
        patientsApiActions.reactivateFailed({
          error: { error: 'stale_version', message: staleBody.message },
          current: theirs,
        }),
      );
    });
  });

  describe('reassignPatient', () => {
    const request = { version: 3, therapistId: tomReyes.id };
    const submitted = of(patientPageActions.reassignSubmitted({ id: ana.id, request }));

    it('reassigns the patient', async () => {
      client.reassign.and.returnValue(of(ana));
      expect(await firstValueFrom(reassignPatient(submitted, client))).toEqual(
        patientsApiActions.reassignSucceeded({ patient: ana }),
      );
      expect(client.reassign).toHaveBeenCalledWith(ana.id, request);
    });

    it('reports a refusal', async () => {
      const forbidden = { error: 'forbidden', message: 'Only clinic managers can reassign.' };
      client.reassign.and.returnValue(failure(403, forbidden));
      expect(await firstValueFrom(reassignPatient(submitted, client))).toEqual(
        patientsApiActions.reassignFailed({ error: forbidden, current: null }),
      );
    });
  });

  describe('showNotices', () => {
    let snackBar: jasmine.SpyObj<MatSnackBar>;

    beforeEach(() => (snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open'])));

    it('tells the user what happened in a snackbar', async () => {
      await firstValueFrom(
        showNotices(of(patientsApiActions.listLoadFailed({ error: offline })), snackBar),
      );
      expect(snackBar.open).toHaveBeenCalledWith(
        `Couldn't load patients. ${offline.message}`,
        'Dismiss',
        { duration: 8000 },
      );
    });

    it('says nothing the page already says', async () => {
      const notices = await all(
        showNotices(of(patientsApiActions.updateFailed({ error: offline, current: null })), snackBar),
      );
      expect(notices).toEqual([]);
      expect(snackBar.open).not.toHaveBeenCalled();
    });
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import type { ClinicSettings } from '@domain/contracts/clinic';
import { logoTooLarge, maxLogoBytes } from '@domain/clinic/logo-upload';
import { imageUploadMessages } from '@domain/illustrations/image-upload';
import type { Actions } from '@ngrx/effects';
import { firstValueFrom, of, throwError } from 'rxjs';
import type { ClinicClient } from '../clinic-client';
import { clinicApiActions, clinicPageActions } from './clinic.actions';
import { clinicDetailsActions } from '../../core/auth/state/auth.actions';
import { saveClinic, shareClinicName, uploadLogo } from './clinic.effects';

const settings: ClinicSettings = {
  name: 'Riverside',
  address: null,
  phone: null,
  logoUrl: '/api/clinic/logos/1',
  version: 2,
};
const pngBytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function fakeClient(): jasmine.SpyObj<ClinicClient> {
  return jasmine.createSpyObj<ClinicClient>('ClinicClient', ['save', 'uploadLogo']);
}

describe('clinic effects', () => {
  describe('uploadLogo', () => {
    const run = (file: File, client: ClinicClient) =>
      firstValueFrom(uploadLogo(of(clinicPageActions.logoChosen({ file })) as Actions, client));

    it('sends a PNG and reports the clinic with its new logo', async () => {
      const client = fakeClient();
      client.uploadLogo.and.returnValue(of(settings));
      const file = new File([new Uint8Array([...pngBytes, 1, 2])], 'logo.png');
      expect(await run(file, client)).toEqual(clinicApiActions.logoSaved({ settings }));
      expect(client.uploadLogo).toHaveBeenCalledWith(file);
    });

    it('refuses a renamed text file and an over-size picture without sending them', async () => {
      const client = fakeClient();
      const text = new File(['just notes'], 'logo.png', { type: 'image/png' });
      expect(await run(text, client)).toEqual(
        clinicApiActions.logoFailed({
          error: { error: 'invalid_image', message: imageUploadMessages.notAnImage },
        }),
      );
      const big = new Uint8Array(maxLogoBytes + 1);
      big.set(pngBytes);
      expect(await run(new File([big], 'logo.png'), client)).toEqual(
        clinicApiActions.logoFailed({ error: { error: 'invalid_image', message: logoTooLarge } }),
      );
      expect(client.uploadLogo).not.toHaveBeenCalled();
    });
  });

  it("shares the clinic's saved name with the toolbar", async () => {
    const saved = of(clinicApiActions.saveSucceeded({ settings })) as Actions;
    expect(await firstValueFrom(shareClinicName(saved))).toEqual(
      clinicDetailsActions.nameKnown({ name: 'Riverside' }),
    );
  });

  describe('saveClinic', () => {
    const request = { name: 'Riverside', address: null, phone: null, version: 1 };
    const run = (client: ClinicClient) =>
      firstValueFrom(
        saveClinic(of(clinicPageActions.saveSubmitted({ request })) as Actions, client),
      );

    it('reports a save from an old version as stale, with the clinic as it is now', async () => {
      const client = fakeClient();
      const body = { error: 'stale_version', message: 'Someone saved first.', current: settings };
      client.save.and.returnValue(
        throwError(() => new HttpErrorResponse({ status: 409, error: body })),
      );
      expect(await run(client)).toEqual(
        clinicApiActions.saveStale({
          error: { error: 'stale_version', message: 'Someone saved first.' },
          current: settings,
        }),
      );
    });

    it('reports field messages as a failed save', async () => {
      const client = fakeClient();
      const body = { error: 'validation_failed', message: 'Check.', fields: { phone: ['Bad.'] } };
      client.save.and.returnValue(
        throwError(() => new HttpErrorResponse({ status: 400, error: body })),
      );
      expect(await run(client)).toEqual(clinicApiActions.saveFailed({ error: body }));
    });
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ClinicSettings } from '@domain/contracts/clinic';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { clinicPageActions } from '../state/clinic.actions';
import { type ClinicState, initialClinicState } from '../state/clinic.feature';
import { ClinicPage } from './clinic-page';

describe('ClinicPage', () => {
  let fixture: ComponentFixture<ClinicPage>;
  let store: MockStore;
  let page: HTMLElement;
  const settings: ClinicSettings = {
    name: 'Riverside Physio',
    address: '12 Main Street\nSpringfield',
    phone: '(555) 010-2030',
    logoUrl: null,
    version: 4,
  };
  const loaded: ClinicState = { ...initialClinicState, settings };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { clinic: loaded } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ClinicPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  async function setClinic(changes: Partial<ClinicState>): Promise<void> {
    store.setState({ clinic: { ...loaded, ...changes } });
    await fixture.whenStable();
  }

  const field = (name: string) =>
    page.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[formControlName="${name}"]`)!;

  async function type(name: string, value: string): Promise<void> {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function save(): Promise<void> {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }

  const button = (label: string) =>
    [...page.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.trim().endsWith(label),
    )!;

  it('loads the clinic when it opens and fills the form with it', () => {
    expect(store.dispatch).toHaveBeenCalledWith(clinicPageActions.opened());
    expect(page.querySelector('h1')!.textContent).toBe('Clinic');
    expect(field('name').value).toBe('Riverside Physio');
    expect(field('address').value).toBe('12 Main Street\nSpringfield');
    expect(field('phone').value).toBe('(555) 010-2030');
  });

  it('saves the edited details at the version the form started from', async () => {
    await type('phone', ' 555 010 9999 ');
    await save();
    expect(store.dispatch).toHaveBeenCalledWith(
      clinicPageActions.saveSubmitted({
        request: {
          name: 'Riverside Physio',
          address: '12 Main Street\nSpringfield',
          phone: '555 010 9999',
          version: 4,
        },
      }),
    );
  });

  it("shows a bad phone number's message beside the field and sends nothing", async () => {
    await type('phone', 'call the desk');
    await save();
    expect(page.querySelector('mat-error')!.textContent).toContain(
      'Enter a phone number of 7 to 15 digits, like (555) 010-2030.',
    );
    expect(document.activeElement).toBe(field('phone'));
    expect(store.dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: clinicPageActions.saveSubmitted.type }),
    );
  });

  it("shows the server's field messages after a rejected save", async () => {
    await type('name', 'Riverside');
    await setClinic({
      save: {
        status: 'failed',
        error: { error: 'validation_failed', message: 'Check.', fields: { name: ['Too long.'] } },
        current: null,
      },
    });
    expect(page.querySelector('mat-error')!.textContent).toContain('Too long.');
  });

  it('asks before leaving unsaved changes, and not once they are saved', async () => {
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeFalse();
    await type('address', '14 Main Street');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeTrue();
    await setClinic({
      settings: { ...settings, address: '14 Main Street', version: 5 },
      save: { status: 'saved', error: null, current: null },
    });
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeFalse();
    expect(page.textContent).toContain('Saved. Handouts printed from now on show these details.');
  });

  it('keeps what was typed after a save when a logo is uploaded next', async () => {
    const saved = { ...settings, version: 5 };
    await setClinic({ settings: saved, save: { status: 'saved', error: null, current: null } });
    await type('phone', '555 010 4444');
    await setClinic({
      settings: { ...saved, logoUrl: '/api/clinic/logos/abc' },
      save: { status: 'saved', error: null, current: null },
    });
    expect(field('phone').value).toBe('555 010 4444');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeTrue();
  });

  describe('when someone else saved first', () => {
    const current = { ...settings, name: 'Riverside Physio & Sports', version: 5 };

    beforeEach(async () => {
      await type('phone', '555 010 7777');
      await setClinic({
        save: {
          status: 'stale',
          error: { error: 'stale_version', message: 'Someone saved first.' },
          current,
        },
      });
    });

    it('shows their values beside mine and overwrites nothing', () => {
      const panel = page.querySelector('app-stale-edit-panel')!;
      expect(panel.querySelector('h2')!.textContent!.trim()).toBe(
        "Someone else saved the clinic's details while you were editing",
      );
      const rows = [...panel.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((cell) => cell.textContent!.trim()),
      );
      expect(rows).toEqual([
        [
          'Clinic name',
          'Riverside Physio & Sports',
          'Riverside Physio',
          'Riverside Physio & Sports',
        ],
        ['Phone', '(555) 010-2030', '555 010 7777', '555 010 7777'],
      ]);
    });

    it('keeps my changes on top of their version', async () => {
      button('Keep my changes').click();
      await fixture.whenStable();
      expect(store.dispatch).toHaveBeenCalledWith(
        clinicPageActions.saveSubmitted({
          request: {
            name: 'Riverside Physio & Sports',
            address: '12 Main Street\nSpringfield',
            phone: '555 010 7777',
            version: 5,
          },
        }),
      );
    });

    it('takes their version into the form', async () => {
      button('Use the saved version').click();
      await fixture.whenStable();
      expect(store.dispatch).toHaveBeenCalledWith(clinicPageActions.savedVersionTaken());
      expect(field('name').value).toBe('Riverside Physio & Sports');
      expect(field('phone').value).toBe('(555) 010-2030');
    });
  });

  describe('the logo', () => {
    it('sends a chosen file', async () => {
      const file = new File([new Uint8Array([0x89, 0x50])], 'logo.png');
      const input = page.querySelector<HTMLInputElement>('input[type="file"]')!;
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      expect(store.dispatch).toHaveBeenCalledWith(clinicPageActions.logoChosen({ file }));
    });

    it('previews the logo and offers to remove it', async () => {
      await setClinic({ settings: { ...settings, logoUrl: '/api/clinic/logos/abc' } });
      const img = page.querySelector('img')!;
      expect(img.getAttribute('src')).toBe('/api/clinic/logos/abc');
      expect(img.alt).toBe('Logo of Riverside Physio');
      button('Remove the logo').click();
      expect(store.dispatch).toHaveBeenCalledWith(clinicPageActions.logoRemovalRequested());
    });

    it('says why a file was refused', async () => {
      await setClinic({
        logo: { status: 'failed', message: 'This file is not a PNG or JPEG picture.' },
      });
      const message = page.querySelector('app-clinic-logo [role="status"]')!;
      expect(message.textContent).toContain('This file is not a PNG or JPEG picture.');
      expect(message.classList).toContain('error');
    });
  });

  it('offers a retry when the clinic did not load', async () => {
    await setClinic({ settings: null, loadError: { error: 'network_error', message: 'Offline.' } });
    expect(page.querySelector('[role="alert"]')!.textContent).toContain('Offline.');
    button('Retry').click();
    expect(store.dispatch).toHaveBeenCalledWith(clinicPageActions.opened());
  });
});

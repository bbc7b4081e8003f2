import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRouteSnapshot, GuardResult, RouterStateSnapshot } from '@angular/router';
import { Observable, firstValueFrom, isObservable } from 'rxjs';
import { HasUnsavedChanges, unsavedChangesGuard } from './unsaved-changes-guard';

describe('unsavedChangesGuard', () => {
  let page: jasmine.SpyObj<HasUnsavedChanges>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    page = jasmine.createSpyObj<HasUnsavedChanges>('page', [
      'hasUnsavedChanges',
      'discardChanges',
    ]);
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  function leaveFor(url: string) {
    return TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        page,
        {} as ActivatedRouteSnapshot,
        { url: '/patients/new' } as RouterStateSnapshot,
        { url } as RouterStateSnapshot,
      ),
    );
  }

  function asked(result: ReturnType<typeof leaveFor>): Observable<GuardResult> {
    if (!isObservable(result)) throw new Error('Expected the guard to ask.');
    return result;
  }

  async function answer(label: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    const buttons = document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button');
    [...buttons].find((button) => button.textContent!.trim() === label)!.click();
  }

  it('lets the user leave a form without changes', () => {
    page.hasUnsavedChanges.and.returnValue(false);
    expect(leaveFor('/patients')).toBeTrue();
  });

  it('asks first, and stays when the user keeps editing', async () => {
    page.hasUnsavedChanges.and.returnValue(true);
    const result = firstValueFrom(asked(leaveFor('/patients')));
    await answer('Keep editing');
    expect(await result).toBeFalse();
    expect(page.discardChanges).not.toHaveBeenCalled();
  });

  it('leaves and forgets the changes when the user discards them', async () => {
    page.hasUnsavedChanges.and.returnValue(true);
    const result = firstValueFrom(asked(leaveFor('/patients')));
    expect(document.querySelector('mat-dialog-container h2')!.textContent).toBe(
      'Discard unsaved changes?',
    );
    await answer('Discard changes');
    expect(await result).toBeTrue();
    expect(page.discardChanges).toHaveBeenCalledTimes(1);
  });

  it('never traps an expired session: sign-in keeps the draft for afterwards', () => {
    page.hasUnsavedChanges.and.returnValue(true);
    expect(leaveFor('/sign-in?returnUrl=%2Fpatients%2Fnew')).toBeTrue();
    expect(page.discardChanges).not.toHaveBeenCalled();
  });
});

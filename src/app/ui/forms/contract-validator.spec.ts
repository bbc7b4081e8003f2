import { FormControl } from '@angular/forms';
import { isoDate } from '@domain/contracts/patients';
import { newPassword } from '@domain/contracts/users';
import { blankToNull, contractValidator } from './contract-validator';

describe('contractValidator', () => {
  const control = new FormControl('', { validators: contractValidator(newPassword) });

  it("carries the contract's messages", () => {
    control.setValue('short');
    expect(control.errors).toEqual({ contract: ['Use at least 10 characters.'] });
  });

  it('passes a value the contract accepts', () => {
    control.setValue('long-enough-password');
    expect(control.errors).toBeNull();
  });

  it('checks the value the form will send, when that differs from the input', () => {
    const raceDate = new FormControl('', {
      validators: contractValidator(isoDate.nullable(), blankToNull),
    });
    expect(raceDate.errors).toBeNull();
    raceDate.setValue('2026-02-30');
    expect(raceDate.errors).toEqual({ contract: ['Enter a date as YYYY-MM-DD.'] });
  });
});

import { FormControl } from '@angular/forms';
import { newPassword } from '@domain/contracts/users';
import { contractValidator } from './contract-validator';

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
});

import { FormControl } from '@angular/forms';
import { FieldErrorPipe } from './field-error-pipe';

describe('FieldErrorPipe', () => {
  const pipe = new FieldErrorPipe();

  it("prefers the server's message to the contract's", () => {
    const control = new FormControl('');
    control.setErrors({ contract: ['Enter an email address.'], server: ['Taken.'] });
    expect(pipe.transform(control)).toBe('Taken.');
  });

  it("joins the contract's messages", () => {
    const control = new FormControl('');
    control.setErrors({ contract: ['Too short.', 'Needs a digit.'] });
    expect(pipe.transform(control)).toBe('Too short. Needs a digit.');
  });

  it('is empty for a valid control', () => {
    expect(pipe.transform(new FormControl('ok'))).toBe('');
  });
});

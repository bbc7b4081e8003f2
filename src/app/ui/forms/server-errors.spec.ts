import { FormControl, FormGroup } from '@angular/forms';
import { showServerErrors } from './server-errors';

describe('showServerErrors', () => {
  it('puts each message on its control and marks it touched so it shows', () => {
    const form = new FormGroup({
      email: new FormControl('ana@demo.test'),
      name: new FormControl('Ana'),
    });
    showServerErrors(form, { email: ['Taken.'], _form: ['Seat limit reached.'] });
    expect(form.controls.email.errors).toEqual({ server: ['Taken.'] });
    expect(form.controls.email.touched).toBeTrue();
    expect(form.controls.name.errors).toBeNull();
  });

  it('gives way to the validators once the user edits the field', () => {
    const form = new FormGroup({ email: new FormControl('ana@demo.test') });
    showServerErrors(form, { email: ['Taken.'] });
    form.controls.email.setValue('ana.silva@demo.test');
    expect(form.controls.email.errors).toBeNull();
  });
});

import { createClinicForm, differences, formValueOf, mergeEdits } from './clinic-form-model';

describe('clinic form model', () => {
  const base = { name: 'Riverside', address: '12 Main St', phone: '' };

  it('fills blank fields for a clinic without address or phone', () => {
    expect(
      formValueOf({ name: 'Riverside', address: null, phone: null, logoUrl: null, version: 1 }),
    ).toEqual({ name: 'Riverside', address: '', phone: '' });
  });

  it("keeps my changed fields and the colleague's others", () => {
    const saved = { name: 'Riverside Physio', address: '12 Main St', phone: '555 010 0000' };
    const mine = { ...base, address: '14 Main St' };
    expect(mergeEdits(saved, mine, base)).toEqual({
      name: 'Riverside Physio',
      address: '14 Main St',
      phone: '555 010 0000',
    });
    expect(differences(saved, mine, base)).toEqual([
      {
        field: 'name',
        label: 'Clinic name',
        saved: 'Riverside Physio',
        yours: 'Riverside',
        kept: 'Riverside Physio',
      },
      {
        field: 'address',
        label: 'Address',
        saved: '12 Main St',
        yours: '14 Main St',
        kept: '14 Main St',
      },
      {
        field: 'phone',
        label: 'Phone',
        saved: '555 010 0000',
        yours: '(empty)',
        kept: '555 010 0000',
      },
    ]);
  });

  it("checks each field with the contract's words", () => {
    const form = createClinicForm();
    form.setValue({ name: ' ', address: '', phone: 'call us' });
    expect(form.controls.name.errors).toEqual({ contract: ["Enter the clinic's name."] });
    expect(form.controls.address.errors).toBeNull();
    expect(form.controls.phone.errors).toEqual({
      contract: ['Enter a phone number of 7 to 15 digits, like (555) 010-2030.'],
    });
  });
});

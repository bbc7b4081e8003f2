import { fieldErrors } from './api-error';
import { clinicFields, updateClinicRequest } from './clinic';

describe('clinic contract', () => {
  const valid = {
    name: ' Riverside Physio ',
    address: '  12 Main Street\nSpringfield  ',
    phone: ' (555) 010-2030 ',
    version: 3,
  };

  const messagesFor = (body: unknown) => {
    const parsed = updateClinicRequest.safeParse(body);
    return parsed.success ? {} : fieldErrors(parsed.error.issues);
  };

  it('trims the fields and keeps the address on its lines', () => {
    expect(updateClinicRequest.parse(valid)).toEqual({
      name: 'Riverside Physio',
      address: '12 Main Street\nSpringfield',
      phone: '(555) 010-2030',
      version: 3,
    });
  });

  it('treats a blank or missing address and phone as none', () => {
    expect(clinicFields.parse({ name: 'Riverside', address: '  ', phone: '' })).toEqual({
      name: 'Riverside',
      address: null,
      phone: null,
    });
    expect(clinicFields.parse({ name: 'Riverside' })).toEqual({
      name: 'Riverside',
      address: null,
      phone: null,
    });
  });

  it('asks for a name of at most 120 characters', () => {
    expect(messagesFor({ ...valid, name: '   ' })).toEqual({ name: ["Enter the clinic's name."] });
    expect(messagesFor({ ...valid, name: 'x'.repeat(121) })).toEqual({
      name: ["The clinic's name is at most 120 characters."],
    });
    expect(messagesFor({ ...valid, name: 'x'.repeat(120) })).toEqual({});
  });

  it('keeps the address to 300 characters on at most 4 lines', () => {
    expect(messagesFor({ ...valid, address: 'x'.repeat(301) })).toEqual({
      address: ['The address is at most 300 characters.'],
    });
    expect(messagesFor({ ...valid, address: 'a\nb\nc\nd\ne' })).toEqual({
      address: ['Fit the address on at most 4 lines.'],
    });
    expect(messagesFor({ ...valid, address: 'a\nb\nc\nd' })).toEqual({});
  });

  it('says what a phone number looks like', () => {
    const message = 'Enter a phone number of 7 to 15 digits, like (555) 010-2030.';
    for (const phone of ['call us', '555-01', '+1 555 010 2030 999 12', '555 010 2030 ext. 4']) {
      expect(messagesFor({ ...valid, phone }))
        .withContext(phone)
        .toEqual({ phone: [message] });
    }
    for (const phone of ['+44 20 7946 0958', '503.555.0142', '5550102030']) {
      expect(messagesFor({ ...valid, phone }))
        .withContext(phone)
        .toEqual({});
    }
  });

  it('needs the version the form started from', () => {
    expect(Object.keys(messagesFor({ ...valid, version: undefined }))).toEqual(['version']);
    expect(Object.keys(messagesFor({ ...valid, version: 0 }))).toEqual(['version']);
  });
});

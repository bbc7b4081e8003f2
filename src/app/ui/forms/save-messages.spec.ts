import { failureMessageOf, fieldMessagesOf } from './save-messages';

describe('save messages', () => {
  const rejected = {
    status: 'failed',
    error: {
      error: 'validation_failed',
      message: 'Check the fields.',
      fields: { phone: ['Bad.'] },
    },
  };
  const offline = { status: 'failed', error: { error: 'network_error', message: 'Offline.' } };

  it('puts field messages beside their fields and the summary on the form', () => {
    expect(fieldMessagesOf(rejected)).toEqual({ phone: ['Bad.'], _form: ['Check the fields.'] });
    expect(failureMessageOf(rejected)).toBeNull();
  });

  it('says a failure that is no field’s fault once, for the form', () => {
    expect(failureMessageOf(offline)).toBe('Offline.');
    expect(fieldMessagesOf(offline)).toEqual({});
  });

  it('says nothing while saving or once saved', () => {
    for (const status of ['saving', 'saved']) {
      expect(fieldMessagesOf({ status, error: null })).toEqual({});
      expect(failureMessageOf({ status, error: null })).toBeNull();
    }
  });
});

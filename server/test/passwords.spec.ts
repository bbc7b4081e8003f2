import { hashPassword, verifyAgainstDummy, verifyPassword } from '../auth/passwords';

describe('passwords', () => {
  it('hashes with argon2id at the OWASP cost, salted', async () => {
    const first = await hashPassword('a long passphrase');
    const second = await hashPassword('a long passphrase');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('a long passphrase');
    expect(await verifyPassword(hash, 'a long passphrase')).toBeTrue();
    expect(await verifyPassword(hash, 'a long passphrasE')).toBeFalse();
  });

  it('fails a verification against the dummy hash, whatever the password', async () => {
    expect(await verifyAgainstDummy('a long passphrase')).toBeFalse();
  });
});

import { eq } from 'drizzle-orm';
import { CliError, commandLineAddress, createAccount } from '../cli/create-account';
import { auditEvents } from '../db/schema';
import { createClinicWithStaff } from './support/fixtures';
import { signInRequest } from './support/http';
import { useTestApp } from './support/test-app';

const password = 'a long first password';

describe('user:create', () => {
  describe('on an empty database', () => {
    const t = useTestApp();

    // One spec: only the first account meets an empty database.
    it('needs --clinic, then creates the clinic and its first manager, who can sign in; audits both', async () => {
      const askPassword = jasmine.createSpy('askPassword').and.resolveTo(password);
      await expectAsync(
        createAccount(
          t.repositories,
          { email: 'owner@clinic.test', role: 'manager', name: 'Olu Owner' },
          askPassword,
        ),
      ).toBeRejectedWith(
        new CliError('The database has no clinic yet: name it with --clinic "Clinic name".'),
      );
      expect(askPassword).not.toHaveBeenCalled();

      const created = await createAccount(
        t.repositories,
        {
          email: 'Owner@Clinic.test',
          role: 'manager',
          name: 'Olu Owner',
          clinic: 'Harbour Physio',
        },
        askPassword,
      );
      expect(created.clinicCreated).toBeTrue();
      expect(created.clinic.name).toBe('Harbour Physio');
      expect(created.user).toEqual(
        jasmine.objectContaining({ email: 'owner@clinic.test', role: 'manager', active: true }),
      );
      expect((await signInRequest(t.app, 'owner@clinic.test', password)).statusCode).toBe(200);

      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.clientAddress, commandLineAddress));
      expect(events.map((e) => [e.action, e.clinicId, e.actorUserId])).toEqual([
        ['clinic.created', created.clinic.id, null],
        ['team.member_created', created.clinic.id, null],
      ]);
    });
  });

  describe('on a database with clinics', () => {
    const t = useTestApp();

    it('refuses bad options before asking for the password', async () => {
      const askPassword = jasmine.createSpy('askPassword').and.resolveTo(password);
      await expectAsync(
        createAccount(
          t.repositories,
          { email: 'not-an-email', role: 'owner', name: 'X' },
          askPassword,
        ),
      ).toBeRejectedWithError(CliError, /^--email: Enter a valid email address.*--role: /);
      expect(askPassword).not.toHaveBeenCalled();
    });

    it('refuses a password the Team page would refuse', async () => {
      const { clinic } = await createClinicWithStaff(t.repositories);
      await expectAsync(
        createAccount(
          t.repositories,
          { email: 'short@clinic.test', role: 'therapist', name: 'Sho Rt', clinic: clinic.name },
          async () => 'short',
        ),
      ).toBeRejectedWith(new CliError('password: Use at least 10 characters.'));
    });

    it('refuses an email that already has an account', async () => {
      const { clinic, therapist } = await createClinicWithStaff(t.repositories);
      await expectAsync(
        createAccount(
          t.repositories,
          { email: therapist.email, role: 'therapist', name: 'Dup', clinic: clinic.name },
          async () => password,
        ),
      ).toBeRejectedWith(
        new CliError(`An account with the email ${therapist.email} already exists.`),
      );
    });

    it('adds the account to the clinic named with --clinic, ignoring case', async () => {
      const { clinic } = await createClinicWithStaff(t.repositories);
      const created = await createAccount(
        t.repositories,
        {
          email: `new-${clinic.id}@clinic.test`,
          role: 'therapist',
          name: 'Nia New',
          clinic: clinic.name.toUpperCase(),
        },
        async () => password,
      );
      expect(created.clinicCreated).toBeFalse();
      expect(created.clinic.id).toBe(clinic.id);
    });

    it('asks which clinic when there are several and --clinic is missing or unknown', async () => {
      await createClinicWithStaff(t.repositories);
      await createClinicWithStaff(t.repositories);
      for (const clinic of [undefined, 'Nowhere Clinic']) {
        await expectAsync(
          createAccount(
            t.repositories,
            { email: 'x@clinic.test', role: 'therapist', name: 'X', clinic },
            async () => password,
          ),
        ).toBeRejectedWithError(CliError, /clinic/i);
      }
    });
  });
});

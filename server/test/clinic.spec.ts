import { and, asc, eq, sql } from 'drizzle-orm';
import { logoTooLarge, maxLogoBytes } from '@domain/clinic/logo-upload';
import { imageUploadMessages } from '@domain/illustrations/image-upload';
import { auditEvents } from '../db/schema';
import { createClinicWithStaff } from './support/fixtures';
import { call, signIn, testHost, testOrigin } from './support/http';
import { useTestApp } from './support/test-app';

describe('clinic settings', () => {
  const t = useTestApp();

  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(48, 3),
  ]);
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]);

  async function clinicWithCookies() {
    const staff = await createClinicWithStaff(t.repositories);
    return {
      ...staff,
      managerCookie: await signIn(t.app, staff.manager.email),
      therapistCookie: await signIn(t.app, staff.therapist.email),
    };
  }

  const edits = {
    name: 'Riverside Physio',
    address: '12 Main Street\nSpringfield',
    phone: '555 010 2030',
  };

  const uploadLogo = (cookie: string, body: Buffer, type = 'image/png', remoteAddress?: string) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/clinic/logo',
      headers: { host: testHost, origin: testOrigin, cookie, 'content-type': type },
      payload: body,
      remoteAddress,
    });

  const eventsFrom = (clinicId: string, remoteAddress: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.clientAddress, remoteAddress), eq(auditEvents.clinicId, clinicId)))
      .orderBy(asc(auditEvents.id));

  describe('GET /api/clinic', () => {
    it('gives any member of the clinic its name, address, phone, logo and version', async () => {
      const { clinic, managerCookie, therapistCookie } = await clinicWithCookies();
      for (const cookie of [managerCookie, therapistCookie]) {
        const response = await call(t.app, 'GET', '/api/clinic', { cookie });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({
          name: clinic.name,
          address: clinic.address,
          phone: clinic.phone,
          logoUrl: null,
          version: 1,
        });
      }
    });

    it('answers 401 to no one signed in', async () => {
      expect((await call(t.app, 'GET', '/api/clinic')).statusCode).toBe(401);
    });
  });

  describe('PUT /api/clinic', () => {
    it('saves a manager’s edits, moves the version on and audits the save', async () => {
      const { clinic, managerCookie, therapistCookie } = await clinicWithCookies();
      const response = await call(t.app, 'PUT', '/api/clinic', {
        cookie: managerCookie,
        body: { ...edits, phone: ' 555 010 2030 ', version: 1 },
        remoteAddress: '10.60.0.1',
      });
      expect(response.statusCode).withContext(response.body).toBe(200);
      const saved = { ...edits, logoUrl: null, version: 2 };
      expect(response.json()).toEqual(saved);
      expect((await call(t.app, 'GET', '/api/clinic', { cookie: therapistCookie })).json()).toEqual(
        saved,
      );
      const events = await eventsFrom(clinic.id, '10.60.0.1');
      expect(events.map((e) => [e.action, e.recordType, e.recordId, e.detail])).toEqual([
        ['clinic.updated', 'clinic', clinic.id, { version: 2 }],
      ]);
    });

    it('clears an address and phone left blank', async () => {
      const { managerCookie } = await clinicWithCookies();
      const response = await call(t.app, 'PUT', '/api/clinic', {
        cookie: managerCookie,
        body: { name: 'Riverside', address: ' ', phone: '', version: 1 },
      });
      expect(response.json()).toEqual(
        jasmine.objectContaining({ address: null, phone: null, version: 2 }),
      );
    });

    it('refuses a therapist with 403 and changes nothing', async () => {
      const { clinic, therapistCookie } = await clinicWithCookies();
      const response = await call(t.app, 'PUT', '/api/clinic', {
        cookie: therapistCookie,
        body: { ...edits, version: 1 },
      });
      expect(response.statusCode).toBe(403);
      expect((await t.repositories.clinics.settings(clinic.id))?.name).toBe(clinic.name);
    });

    it('answers a save from an old version with 409 and the clinic as it is now', async () => {
      const { clinic, managerCookie } = await clinicWithCookies();
      await call(t.app, 'PUT', '/api/clinic', {
        cookie: managerCookie,
        body: { ...edits, version: 1 },
      });
      const stale = await call(t.app, 'PUT', '/api/clinic', {
        cookie: managerCookie,
        body: { ...edits, name: 'Old tab', version: 1 },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toEqual({
        error: 'stale_version',
        message:
          "Someone saved the clinic's details after you opened them. Review their changes, then save again.",
        current: { ...edits, logoUrl: null, version: 2 },
      });
      expect((await t.repositories.clinics.settings(clinic.id))?.name).toBe(edits.name);
    });

    it('answers invalid fields with 400 and the contract’s message for each', async () => {
      const { managerCookie } = await clinicWithCookies();
      const response = await call(t.app, 'PUT', '/api/clinic', {
        cookie: managerCookie,
        body: { name: ' ', address: 'x'.repeat(301), phone: 'call us', version: 1 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: jasmine.any(String),
        fields: {
          name: ["Enter the clinic's name."],
          address: ['The address is at most 300 characters.'],
          phone: ['Enter a phone number of 7 to 15 digits, like (555) 010-2030.'],
        },
      });
    });
  });

  describe('the logo', () => {
    it('stores a PNG and serves it at its own address, for good and only to the clinic', async () => {
      const { managerCookie, therapistCookie } = await clinicWithCookies();
      const response = await uploadLogo(managerCookie, png);
      expect(response.statusCode).withContext(response.body).toBe(200);
      const { logoUrl, version } = response.json() as { logoUrl: string; version: number };
      expect(logoUrl).toMatch(/^\/api\/clinic\/logos\/[0-9a-f-]{36}$/);
      expect(version).withContext('a logo is not an edit of the fields').toBe(1);

      const served = await call(t.app, 'GET', logoUrl, { cookie: therapistCookie });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/png');
      expect(served.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      expect(served.rawPayload.equals(png)).toBeTrue();

      const other = await clinicWithCookies();
      expect((await call(t.app, 'GET', logoUrl, { cookie: other.managerCookie })).statusCode).toBe(
        404,
      );
      expect((await call(t.app, 'GET', logoUrl)).statusCode).toBe(401);
      expect(
        (await call(t.app, 'GET', '/api/clinic/logos/not-a-uuid', { cookie: managerCookie }))
          .statusCode,
      ).toBe(404);
    });

    it('reads the type from the bytes: a JPEG sent as octet-stream is served as image/jpeg', async () => {
      const { managerCookie } = await clinicWithCookies();
      const { logoUrl } = (
        await uploadLogo(managerCookie, jpeg, 'application/octet-stream')
      ).json();
      const served = await call(t.app, 'GET', logoUrl, { cookie: managerCookie });
      expect(served.headers['content-type']).toBe('image/jpeg');
    });

    it('refuses a renamed text file and a logo over 1 MB with a message that says why', async () => {
      const { clinic, managerCookie } = await clinicWithCookies();
      const text = await uploadLogo(managerCookie, Buffer.from('not a logo, just notes'));
      expect(text.statusCode).toBe(400);
      expect(text.json()).toEqual({
        error: 'invalid_image',
        message: imageUploadMessages.notAnImage,
      });

      const big = await uploadLogo(managerCookie, Buffer.concat([png, Buffer.alloc(maxLogoBytes)]));
      expect(big.statusCode).toBe(400);
      expect(big.json().message).toBe(logoTooLarge);
      expect((await t.repositories.clinics.settings(clinic.id))?.logoUrl).toBeNull();
    });

    it('is for managers: a therapist may not upload or remove it', async () => {
      const { therapistCookie } = await clinicWithCookies();
      expect((await uploadLogo(therapistCookie, png)).statusCode).toBe(403);
      expect(
        (await call(t.app, 'DELETE', '/api/clinic/logo', { cookie: therapistCookie })).statusCode,
      ).toBe(403);
    });

    it('keeps every earlier logo at its address after a new upload and after removal', async () => {
      const { clinic, managerCookie } = await clinicWithCookies();
      const first = (await uploadLogo(managerCookie, png, 'image/png', '10.60.0.2')).json().logoUrl;
      const second = (await uploadLogo(managerCookie, jpeg, 'image/jpeg', '10.60.0.2')).json()
        .logoUrl;
      expect(second).not.toBe(first);

      const removed = await call(t.app, 'DELETE', '/api/clinic/logo', {
        cookie: managerCookie,
        remoteAddress: '10.60.0.2',
      });
      expect(removed.statusCode).toBe(200);
      expect(removed.json().logoUrl).toBeNull();
      const again = await call(t.app, 'DELETE', '/api/clinic/logo', {
        cookie: managerCookie,
        remoteAddress: '10.60.0.2',
      });
      expect(again.statusCode).withContext('removing no logo is no change').toBe(200);

      for (const [url, bytes] of [
        [first, png],
        [second, jpeg],
      ] as const) {
        const served = await call(t.app, 'GET', url, { cookie: managerCookie });
        expect(served.rawPayload.equals(bytes)).withContext(url).toBeTrue();
      }
      const idOf = (url: string) => url.split('/').at(-1);
      const events = await eventsFrom(clinic.id, '10.60.0.2');
      expect(events.map((e) => [e.action, e.detail])).toEqual([
        [
          'clinic.logo_uploaded',
          { logoId: idOf(first), contentType: 'image/png', bytes: png.length },
        ],
        [
          'clinic.logo_uploaded',
          { logoId: idOf(second), contentType: 'image/jpeg', bytes: jpeg.length },
        ],
        ['clinic.logo_removed', { logoId: idOf(second) }],
      ]);
    });

    it('cannot be changed or deleted in the database itself', async () => {
      const { managerCookie } = await clinicWithCookies();
      await uploadLogo(managerCookie, png);
      await expectAsync(
        t.database.db.execute(sql`update clinic_logos set content_type = 'image/jpeg'`),
      ).toBeRejected();
      await expectAsync(t.database.db.execute(sql`delete from clinic_logos`)).toBeRejected();
    });
  });

  describe('ClinicsRepository.settings', () => {
    it('gives the handout its header, logo included', async () => {
      const { clinic, manager } = await clinicWithCookies();
      const added = await t.repositories.clinics.addLogo(
        clinic.id,
        { contentType: 'image/png', bytes: png },
        { userId: manager.id },
      );
      expect(await t.repositories.clinics.settings(clinic.id)).toEqual({
        name: clinic.name,
        address: clinic.address,
        phone: clinic.phone,
        logoUrl: `/api/clinic/logos/${added?.logoId}`,
        version: 1,
      });
    });

    it('cannot point a clinic at another clinic’s logo', async () => {
      const mine = await clinicWithCookies();
      const theirs = await clinicWithCookies();
      const added = await t.repositories.clinics.addLogo(
        theirs.clinic.id,
        { contentType: 'image/png', bytes: png },
        { userId: theirs.manager.id },
      );
      await expectAsync(
        t.database.db.execute(
          sql`update clinics set logo_id = ${added?.logoId} where id = ${mine.clinic.id}`,
        ),
      ).toBeRejected();
    });
  });
});

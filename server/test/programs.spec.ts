import { and, asc, eq, sql } from 'drizzle-orm';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import type { ProgramVersion } from '@domain/contracts/programs';
import { holdDose, standardDose } from '@domain/programs/dose';
import {
  addItem,
  emptyProgram,
  moveItemToSection,
  removeItem,
  reorderItem,
  updateItem,
  type Program,
} from '@domain/programs/program';
import { applyTemplate, builtInTemplate } from '@domain/programs/templates';
import { auditEvents, programVersions } from '../db/schema';
import { createClinicWithStaff, createPatient, createStaffMember } from './support/fixtures';
import { call, signIn } from './support/http';
import { customExerciseBody, pfpProgram } from './support/program-fixtures';
import { useTestApp } from './support/test-app';

const pfpName = 'Patellofemoral pain: hip and knee';

describe('patient program API', () => {
  const t = useTestApp();

  async function therapistWithPatient() {
    const staff = await createClinicWithStaff(t.repositories);
    const patient = await createPatient(t.repositories, staff.therapist);
    const cookie = await signIn(t.app, staff.therapist.email);
    return { ...staff, patient, cookie, url: `/api/patients/${patient.id}/program` };
  }

  async function save(
    url: string,
    cookie: string,
    version: number,
    program: Program,
    changeSummary?: string,
  ) {
    const response = await call(t.app, 'PUT', url, {
      cookie,
      body: { version, program, changeSummary },
    });
    expect(response.statusCode).withContext(response.body).toBe(200);
    return response.json() as ProgramVersion;
  }

  async function withProgram() {
    const arranged = await therapistWithPatient();
    const first = await save(arranged.url, arranged.cookie, 0, pfpProgram());
    return { ...arranged, first };
  }

  const versionRows = (patientId: string) =>
    t.database.db
      .select()
      .from(programVersions)
      .where(eq(programVersions.patientId, patientId))
      .orderBy(asc(programVersions.version));

  const by = (u: { id: string; displayName: string }) => ({ id: u.id, displayName: u.displayName });

  describe('GET /api/patients/:id/program', () => {
    it('answers null before the first save', async () => {
      const { url, cookie } = await therapistWithPatient();
      const response = await call(t.app, 'GET', url, { cookie });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ current: null });
    });

    it('gives the latest version', async () => {
      const { url, cookie, first } = await withProgram();
      expect((await call(t.app, 'GET', url, { cookie })).json()).toEqual({ current: first });
      const second = await save(url, cookie, 1, removeItem(pfpProgram(), 'i5'));
      expect((await call(t.app, 'GET', url, { cookie })).json()).toEqual({ current: second });
    });
  });

  describe('PUT /api/patients/:id/program', () => {
    it('saves the first program as version 1, with who, when and a summary', async () => {
      const { first, therapist } = await withProgram();
      expect(first).toEqual({
        version: 1,
        savedAt: t.clock.now().toISOString(),
        savedBy: by(therapist),
        changeSummary: 'Program made with 5 exercises',
        program: pfpProgram(),
      });
    });

    it('saves each later save as the next version and keeps the summary the therapist wrote', async () => {
      const { url, manager, first, patient } = await withProgram();
      t.clock.advanceMinutes(5);
      const asManager = await signIn(t.app, manager.email);
      const changed = updateItem(pfpProgram(), 'i1', { dose: standardDose({ reps: 12 }) });
      const second = await save(url, asManager, 1, changed, '  Squats up to 12.  ');
      expect(second).toEqual({
        version: 2,
        savedAt: t.clock.now().toISOString(),
        savedBy: by(manager),
        changeSummary: 'Squats up to 12.',
        program: changed,
      });
      expect((await versionRows(patient.id)).map((r) => r.version)).toEqual([1, 2]);
      expect((await versionRows(patient.id))[0].program).toEqual(first.program);
    });

    it('normalises the program as the contract reads it: weekdays in order, empty notes as none', async () => {
      const { url, cookie } = await therapistWithPatient();
      const dose = {
        ...standardDose(),
        frequency: { kind: 'weekdays', weekdays: ['fri', 'mon', 'wed'] },
        notes: '  ',
      };
      const response = await call(t.app, 'PUT', url, {
        cookie,
        body: {
          version: 0,
          program: { sections: { quadriceps: [{ id: 'a1', exerciseId: 'wall-sit', dose }] } },
        },
      });
      expect(response.statusCode).withContext(response.body).toBe(200);
      expect(response.json().program).toEqual({
        sections: {
          quadriceps: [
            {
              id: 'a1',
              exerciseId: 'wall-sit',
              dose: standardDose({
                frequency: { kind: 'weekdays', weekdays: ['mon', 'wed', 'fri'] },
              }),
            },
          ],
          hamstrings: [],
          glutes_hip: [],
          other: [],
        },
      });
    });

    it('takes the clinic’s own exercises', async () => {
      const { url, cookie } = await therapistWithPatient();
      const mine = (
        await call(t.app, 'POST', '/api/exercises', { cookie, body: customExerciseBody() })
      ).json() as ExerciseResponse;
      const program = addItem(pfpProgram(), 'quadriceps', {
        exerciseId: mine.id,
        dose: mine.defaultDose,
      });
      expect((await save(url, cookie, 0, program)).program).toEqual(program);
    });

    it('answers exercises outside the clinic’s library with 400 on each item, and stores nothing', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      const elsewhere = await createClinicWithStaff(t.repositories);
      const theirs = await call(t.app, 'POST', '/api/exercises', {
        cookie: await signIn(t.app, elsewhere.manager.email),
        body: customExerciseBody(),
      });
      let program = addItem(pfpProgram(), 'other', {
        exerciseId: 'moon-walk',
        dose: standardDose(),
      });
      program = addItem(
        program,
        'glutes_hip',
        { exerciseId: theirs.json().id, dose: standardDose() },
        0,
      );
      const response = await call(t.app, 'PUT', url, { cookie, body: { version: 0, program } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          'program.sections.glutes_hip.0.exerciseId': ['No such exercise in the library.'],
          'program.sections.other.0.exerciseId': ['No such exercise in the library.'],
        },
      });
      expect(await versionRows(patient.id)).toEqual([]);
    });

    it('answers bad doses with 400, the path of each field and a plain message, and stores nothing', async () => {
      const { url, cookie, patient, first } = await withProgram();
      let program = updateItem(pfpProgram(), 'i2', { dose: standardDose({ reps: 101, sets: 0 }) });
      program = updateItem(program, 'i3', {
        dose: holdDose(30, { load: { kind: 'kg', amount: 400 } }),
      });
      const body = { version: 1, program } as { version: number; program: Program };
      (body.program.sections.glutes_hip[1].dose as { restSeconds: unknown }).restSeconds = 'long';
      const response = await call(t.app, 'PUT', url, { cookie, body });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'validation_failed',
        message: 'Check the highlighted fields.',
        fields: {
          'program.sections.quadriceps.1.dose.sets': ['Enter 1 to 10 sets.'],
          'program.sections.quadriceps.1.dose.reps': ['Enter 1 to 100 repetitions.'],
          'program.sections.glutes_hip.0.dose.load.amount': ['Enter a load from 0.5 to 300 kg.'],
          'program.sections.glutes_hip.1.dose.restSeconds': ['Enter a rest of 0 to 600 seconds.'],
        },
      });

      const holdAndTempo = updateItem(pfpProgram(), 'i3', {
        dose: holdDose(30, { tempo: '2-0-2' }),
      });
      const second = await call(t.app, 'PUT', url, {
        cookie,
        body: { version: 1, program: holdAndTempo },
      });
      expect(second.json().fields).toEqual({
        'program.sections.glutes_hip.0.dose.tempo': [
          'A hold needs no tempo: clear the tempo or use repetitions.',
        ],
      });
      const twice = pfpProgram();
      twice.sections.other.push(twice.sections.quadriceps[0]);
      const third = await call(t.app, 'PUT', url, { cookie, body: { version: 1, program: twice } });
      expect(third.json().fields).toEqual({
        'program.sections.other.0.id': ['Each exercise in the program needs its own id.'],
      });
      expect((await versionRows(patient.id)).map((r) => r.program)).toEqual([first.program]);
    });

    it('answers a stale version with 409 and the current version, and overwrites nothing', async () => {
      const { url, cookie, patient, clinic } = await withProgram();
      const colleague = await createStaffMember(t.repositories, clinic.id, 'manager');
      const theirs = await save(
        url,
        await signIn(t.app, colleague.email),
        1,
        removeItem(pfpProgram(), 'i1'),
      );
      const rows = await versionRows(patient.id);

      t.clock.advanceMinutes(1);
      const mine = await call(t.app, 'PUT', url, {
        cookie,
        body: { version: 1, program: removeItem(pfpProgram(), 'i2') },
      });
      expect(mine.statusCode).toBe(409);
      expect(mine.json()).toEqual({
        error: 'stale_version',
        message:
          'Someone saved this program after you opened it. Compare their version with yours, then keep ' +
          'yours as the next version or take theirs.',
        current: theirs,
      });
      expect(await versionRows(patient.id)).toEqual(rows);

      // Keeping mine: saved again on top of theirs, as the next version.
      const kept = await save(url, cookie, 2, removeItem(pfpProgram(), 'i2'));
      expect(kept.version).toBe(3);
    });

    it('saves only one of two saves sent at once from the same version', async () => {
      const { url, cookie, patient } = await withProgram();
      const both = await Promise.all([
        call(t.app, 'PUT', url, {
          cookie,
          body: { version: 1, program: removeItem(pfpProgram(), 'i1') },
        }),
        call(t.app, 'PUT', url, {
          cookie,
          body: { version: 1, program: removeItem(pfpProgram(), 'i2') },
        }),
      ]);
      expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect((await versionRows(patient.id)).map((r) => r.version)).toEqual([1, 2]);
    });

    it('answers a version named before the first save with 400', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      const response = await call(t.app, 'PUT', url, {
        cookie,
        body: { version: 2, program: pfpProgram() },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({
        version: ['This patient has no program yet: save it as version 0.'],
      });
      expect(await versionRows(patient.id)).toEqual([]);
    });
  });

  describe('change summaries', () => {
    it('say what was added, removed, replaced, changed and moved, by exercise name', async () => {
      const { url, cookie } = await withProgram();
      const steps: [Program, string][] = [];
      let p = pfpProgram();
      const next = (program: Program, summary: string) => {
        p = program;
        steps.push([program, summary]);
      };
      next(
        updateItem(p, 'i4', {
          dose: { ...p.sections.glutes_hip[1].dose, reps: 12, restSeconds: 60 },
        }),
        'Changed the dose of Glute bridge: repetitions 10 → 12, rest 45 s → 60 s',
      );
      next(
        updateItem(p, 'i1', {
          dose: { ...p.sections.quadriceps[0].dose, load: { kind: 'kg', amount: 8 } },
        }),
        'Changed the dose of Body-weight squat: load body weight → 8 kg',
      );
      next(
        addItem(p, 'other', { exerciseId: 'calf-raise', dose: standardDose() }),
        'Added Calf raise',
      );
      next(
        updateItem(removeItem(p, 'i5'), 'i1', { exerciseId: 'goblet-squat' }),
        'Removed Clamshell; replaced Body-weight squat with Goblet squat',
      );
      next(moveItemToSection(p, 'i6', 'quadriceps'), 'Moved Calf raise to Quadriceps');
      next(reorderItem(p, 'i2', 0), 'Reordered Quadriceps');
      next(p, 'Saved with no changes');
      let version = 1;
      for (const [program] of steps) await save(url, cookie, version++, program);

      const { versions } = (await call(t.app, 'GET', `${url}/versions`, { cookie })).json();
      expect(versions.map((v: ProgramVersion) => v.changeSummary)).toEqual([
        ...steps.map(([, summary]) => summary).reverse(),
        'Program made with 5 exercises',
      ]);
    });

    it('sum up many changes at once without listing every exercise', async () => {
      const { url, cookie } = await withProgram();
      const p = emptyProgram();
      p.sections.quadriceps = [
        'wall-sit',
        'mini-squat',
        'sit-to-stand',
        'split-squat',
        'leg-press',
      ].map((exerciseId, i) => ({ id: `q${i + 1}`, exerciseId, dose: standardDose() }));
      p.sections.glutes_hip = pfpProgram().sections.glutes_hip.map((item) => ({
        ...item,
        dose: { ...item.dose, sets: 4 },
      }));
      const saved = await save(url, cookie, 1, p);
      expect(saved.changeSummary).toBe(
        'Added Wall sit, Mini squat and 3 more; removed Body-weight squat and Step-up; changed the doses of ' +
          'Side-lying hip abduction, Glute bridge and Clamshell',
      );
    });
  });

  describe('GET /api/patients/:id/program/versions', () => {
    it('lists every saved version newest first, with who, when and what changed, without the programs', async () => {
      const { url, cookie, first, therapist, manager } = await withProgram();
      t.clock.advanceMinutes(10);
      const second = await save(
        url,
        await signIn(t.app, manager.email),
        1,
        removeItem(pfpProgram(), 'i5'),
      );
      const response = await call(t.app, 'GET', `${url}/versions`, { cookie });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        versions: [
          {
            version: 2,
            savedAt: second.savedAt,
            savedBy: by(manager),
            changeSummary: 'Removed Clamshell',
          },
          {
            version: 1,
            savedAt: first.savedAt,
            savedBy: by(therapist),
            changeSummary: 'Program made with 5 exercises',
          },
        ],
      });
    });

    it('answers an empty list before the first save', async () => {
      const { url, cookie } = await therapistWithPatient();
      expect((await call(t.app, 'GET', `${url}/versions`, { cookie })).json()).toEqual({
        versions: [],
      });
    });

    it('gives any one version as it was saved', async () => {
      const { url, cookie, first } = await withProgram();
      const second = await save(url, cookie, 1, removeItem(pfpProgram(), 'i5'));
      expect((await call(t.app, 'GET', `${url}/versions/1`, { cookie })).json()).toEqual(first);
      expect((await call(t.app, 'GET', `${url}/versions/2`, { cookie })).json()).toEqual(second);

      const missing = await call(t.app, 'GET', `${url}/versions/3`, { cookie });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({
        error: 'not_found',
        message: 'No such version of this program.',
      });
      const malformed = await call(t.app, 'GET', `${url}/versions/latest`, { cookie });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().fields).toEqual({ version: ['Unknown version.'] });
    });

    it('keeps saved versions as they were: the database refuses to change or delete them', async () => {
      const { url, cookie, patient } = await withProgram();
      await save(url, cookie, 1, removeItem(pfpProgram(), 'i5'));
      const rows = await versionRows(patient.id);
      const db = t.database.db;
      await expectAsync(
        db
          .update(programVersions)
          .set({ changeSummary: 'rewritten' })
          .where(eq(programVersions.patientId, patient.id)),
      ).toBeRejected();
      await expectAsync(
        db.delete(programVersions).where(eq(programVersions.patientId, patient.id)),
      ).toBeRejected();
      await expectAsync(db.execute(sql`truncate program_versions`)).toBeRejected();
      expect(await versionRows(patient.id)).toEqual(rows);
    });
  });

  describe('POST /api/patients/:id/program/template', () => {
    const pfp = builtInTemplate('pfp-hip-knee')!;
    const itbs = builtInTemplate('itbs-hip-abductors')!;

    it('makes the first program from a built-in template', async () => {
      const { url, cookie, therapist } = await therapistWithPatient();
      const response = await call(t.app, 'POST', `${url}/template`, {
        cookie,
        body: { version: 0, templateId: 'pfp-hip-knee' },
      });
      expect(response.statusCode).withContext(response.body).toBe(200);
      expect(response.json()).toEqual({
        version: 1,
        savedAt: t.clock.now().toISOString(),
        savedBy: by(therapist),
        changeSummary: `Program made from the template “${pfpName}”: 5 exercises`,
        program: applyTemplate(emptyProgram(), pfp, 'replace'),
      });
    });

    it('replaces the program, or adds the template after it, as a new version', async () => {
      const { url, cookie } = await withProgram();
      const apply = (version: number, templateId: string, mode?: string) =>
        call(t.app, 'POST', `${url}/template`, { cookie, body: { version, templateId, mode } });

      const appended = await apply(1, 'itbs-hip-abductors', 'append');
      expect(appended.json().program).toEqual(applyTemplate(pfpProgram(), itbs, 'append'));
      expect(appended.json().changeSummary).toBe(
        'Added the template “IT band syndrome: hip abductors”: 5 exercises',
      );
      const replaced = await apply(2, 'itbs-hip-abductors');
      expect(replaced.json().version).toBe(3);
      expect(replaced.json().program).toEqual(itbs.program);
      expect(replaced.json().changeSummary).toBe(
        'Program replaced by the template “IT band syndrome: hip abductors”: 5 exercises',
      );
      expect(pfp.program).toEqual(pfpProgram());
    });

    it('applies one of the clinic’s templates, and no other clinic’s', async () => {
      const { url, cookie } = await therapistWithPatient();
      const program = removeItem(pfpProgram(), 'i2');
      const saved = await call(t.app, 'POST', '/api/templates', {
        cookie,
        body: { name: 'Knee basics', program },
      });
      const response = await call(t.app, 'POST', `${url}/template`, {
        cookie,
        body: { version: 0, templateId: saved.json().id },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().program).toEqual(
        applyTemplate(emptyProgram(), { program }, 'replace'),
      );

      const elsewhere = await therapistWithPatient();
      const theirs = await call(t.app, 'POST', `${elsewhere.url}/template`, {
        cookie: elsewhere.cookie,
        body: { version: 0, templateId: saved.json().id },
      });
      expect(theirs.statusCode).toBe(400);
      expect(theirs.json().fields).toEqual({ templateId: ['Unknown template.'] });
    });

    it('answers a stale version with 409 and the current version', async () => {
      const { url, cookie, first, patient } = await withProgram();
      const response = await call(t.app, 'POST', `${url}/template`, {
        cookie,
        body: { version: 0, templateId: 'pfp-hip-knee' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toBe('stale_version');
      expect(response.json().current).toEqual(first);
      expect((await versionRows(patient.id)).length).toBe(1);
    });

    it('refuses to add a template that would take the program over 40 exercises', async () => {
      const { url, cookie, patient } = await therapistWithPatient();
      let big = emptyProgram();
      for (let i = 0; i < 36; i++) {
        big = addItem(big, 'other', { exerciseId: 'calf-raise', dose: standardDose() });
      }
      await save(url, cookie, 0, big);
      const response = await call(t.app, 'POST', `${url}/template`, {
        cookie,
        body: { version: 1, templateId: 'pfp-hip-knee', mode: 'append' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual({
        mode: [
          'Added to this program, the template makes 41 exercises; a program holds at most 40. Replace ' +
            'the program instead, or remove some exercises first.',
        ],
      });
      expect((await versionRows(patient.id)).length).toBe(1);
    });

    it('answers an unknown template with 400', async () => {
      const { url, cookie } = await therapistWithPatient();
      for (const templateId of ['pfp', '3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13']) {
        const response = await call(t.app, 'POST', `${url}/template`, {
          cookie,
          body: { version: 0, templateId },
        });
        expect(response.statusCode).withContext(templateId).toBe(400);
        expect(response.json().fields).toEqual({ templateId: ['Unknown template.'] });
      }
    });
  });

  describe('a discharged patient', () => {
    it('has a program that can be read but not saved or replaced by a template', async () => {
      const { url, cookie, first, patient } = await withProgram();
      const discharged = await call(t.app, 'POST', `/api/patients/${patient.id}/discharge`, {
        cookie,
        body: { version: 1, dischargedOn: '2025-03-03', reason: 'Goals met.' },
      });
      expect(discharged.statusCode).toBe(200);

      expect((await call(t.app, 'GET', url, { cookie })).json()).toEqual({ current: first });
      expect((await call(t.app, 'GET', `${url}/versions`, { cookie })).statusCode).toBe(200);
      expect((await call(t.app, 'GET', `${url}/versions/1`, { cookie })).statusCode).toBe(200);
      const refused = {
        error: 'patient_discharged',
        message: 'This patient is discharged. Reactivate them before changing their program.',
      };
      const saved = await call(t.app, 'PUT', url, {
        cookie,
        body: { version: 1, program: removeItem(pfpProgram(), 'i1') },
      });
      expect(saved.statusCode).toBe(409);
      expect(saved.json()).toEqual(refused);
      const applied = await call(t.app, 'POST', `${url}/template`, {
        cookie,
        body: { version: 1, templateId: 'itbs-hip-abductors' },
      });
      expect(applied.statusCode).toBe(409);
      expect(applied.json()).toEqual(refused);
      expect((await versionRows(patient.id)).length).toBe(1);
    });
  });

  describe('audit', () => {
    it('records every read and write of the program, with who and the patient', async () => {
      const { url, cookie, patient, therapist, clinic } = await therapistWithPatient();
      const as = { cookie, remoteAddress: '10.42.0.1' };
      await call(t.app, 'GET', url, as);
      await call(t.app, 'POST', `${url}/template`, {
        ...as,
        body: { version: 0, templateId: 'pfp-hip-knee' },
      });
      await call(t.app, 'PUT', url, { ...as, body: { version: 1, program: pfpProgram() } });
      await call(t.app, 'PUT', url, { ...as, body: { version: 1, program: pfpProgram() } }); // stale
      await call(t.app, 'GET', url, as);
      await call(t.app, 'GET', `${url}/versions`, as);
      await call(t.app, 'GET', `${url}/versions/1`, as);

      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.clientAddress, '10.42.0.1'), eq(auditEvents.clinicId, clinic.id)))
        .orderBy(asc(auditEvents.id));
      const p = patient.id;
      expect(events.map((e) => [e.action, e.recordType, e.recordId, e.detail])).toEqual([
        ['program.viewed', 'program', p, { version: null }],
        [
          'program.template_applied',
          'program',
          p,
          { version: 1, templateId: 'pfp-hip-knee', mode: 'replace' },
        ],
        ['program.saved', 'program', p, { version: 2, exercises: 5 }],
        ['program.viewed', 'program', p, { version: 2, because: 'stale_version', sentVersion: 1 }],
        ['program.viewed', 'program', p, { version: 2 }],
        ['program.versions_viewed', 'program', p, { versions: 2 }],
        ['program.version_viewed', 'program', p, { version: 1 }],
      ]);
      for (const event of events) expect(event.actorUserId).toBe(therapist.id);
    });
  });
});

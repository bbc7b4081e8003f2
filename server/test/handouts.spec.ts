import { and, asc, eq, sql } from 'drizzle-orm';
import { createCustomExerciseRequest } from '@domain/contracts/exercises';
import type { HandoutPreview, HandoutRecord } from '@domain/contracts/handouts';
import { defaultHandoutOptions, type HandoutOptions } from '@domain/handout/handout-options';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { standardDose } from '@domain/programs/dose';
import { addItem, removeItem } from '@domain/programs/program';
import { auditEvents, handouts } from '../db/schema';
import { createClinicWithStaff, createPatient } from './support/fixtures';
import { call, signIn } from './support/http';
import { customExerciseBody, pfpProgram } from './support/program-fixtures';
import { mileagePlanContent } from './support/running-fixtures';
import { useTestApp } from './support/test-app';

const everySection = { program: 1, crossTraining: 1, running: 1 };

describe('patient handouts API', () => {
  const t = useTestApp();

  /** A therapist's patient with a program, a cross-training plan and a running plan, each at version 1. */
  async function patientWithPlans() {
    const staff = await createClinicWithStaff(t.repositories);
    const patient = await createPatient(t.repositories, staff.therapist, {
      firstName: 'Ana',
      lastName: 'Ruiz',
      diagnosis: 'patellofemoral_pain',
    });
    const scope = { clinicId: staff.clinic.id };
    const by = { userId: staff.therapist.id };
    await t.repositories.programs.save(
      scope,
      patient.id,
      0,
      () => ({ program: pfpProgram(), changeSummary: 'Made' }),
      by,
    );
    await t.repositories.crossTraining.save(
      scope,
      patient.id,
      0,
      () => ({ plan: swimBikePlan(), changeSummary: 'Made' }),
      by,
    );
    await t.repositories.runningPlans.create(
      scope,
      patient.id,
      mileagePlanContent(),
      undefined,
      by,
    );
    const cookie = await signIn(t.app, staff.therapist.email);
    const base = `/api/patients/${patient.id}`;
    return { ...staff, patient, cookie, base, scope, by };
  }

  const preview = async (base: string, cookie: string, query = '') => {
    const response = await call(t.app, 'GET', `${base}/handout/preview${query}`, { cookie });
    expect(response.statusCode).withContext(response.body).toBe(200);
    return response.json() as HandoutPreview;
  };

  const options = (changes: Partial<HandoutOptions> = {}): HandoutOptions => ({
    ...defaultHandoutOptions,
    ...changes,
  });

  /** Previews the default handout and records it as previewed. */
  const recordHandout = async (base: string, cookie: string) => {
    const seen = await preview(base, cookie);
    const posted = await call(t.app, 'POST', `${base}/handouts`, {
      cookie,
      body: { options: options(), versions: seen.versions },
    });
    expect(posted.statusCode).withContext(posted.body).toBe(201);
    return { seen, record: posted.json() as HandoutRecord };
  };

  it('previews every section in English from the saved versions, by default', async () => {
    const { base, cookie, therapist, clinic } = await patientWithPlans();
    // The header is the clinic's settings, as a manager saved them on the Clinic page.
    const address = '12 Harbour Road\nSpringfield';
    const saved = await t.repositories.clinics.update(clinic.id, 1, {
      name: 'Harbour Physio',
      address,
      phone: '555-0100',
    });
    expect(saved.refused).toBeUndefined();
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(48, 3),
    ]);
    const logo = await t.repositories.clinics.addLogo(
      clinic.id,
      { contentType: 'image/png', bytes: png },
      { userId: therapist.id },
    );
    const { versions, document } = await preview(base, cookie);

    expect(versions).toEqual(everySection);
    expect(document.options).toEqual(options());
    expect(document.clinic).toEqual({
      name: 'Harbour Physio',
      address,
      phone: '555-0100',
      logoUrl: `/api/clinic/logos/${logo?.logoId}`,
    });
    expect(document.patient).toEqual({ label: 'Patient', name: 'Ana Ruiz' });
    expect(document.therapist).toEqual({ label: 'Therapist', name: therapist.displayName });
    expect(document.date).toEqual({ label: 'Date', iso: '2025-03-03', text: '3 Mar 2025' });
    expect(document.diagnosis.text).toBe("Runner's knee (pain around the kneecap)");
    const squat = document.strength?.groups[0].exercises[0];
    expect(squat?.name).toBe('Body-weight squat');
    expect(squat?.dose).toBe(
      '3 sets of 10 — body weight only — 2 seconds down, 2 up — rest 45 seconds — 3 days a week — for 6 weeks',
    );
    expect(squat?.picture.kind).toBe('drawing');
    expect(document.strength?.groups.map((g) => g.section)).toEqual(['quadriceps', 'glutes_hip']);
    expect(document.schedule?.weeks[0]).toBe('Week 1 (from Mon 3 Mar)');
    expect(document.crossTraining?.sessions.map((s) => s.activity)).toEqual([
      'Swimming',
      'Stationary cycling',
    ]);
    expect(document.running?.rows[0]).toEqual({
      weekOf: '3 Mar',
      distance: '10 mi',
      runDays: 'Mon, Wed, Sun (harder)',
    });
    expect(document.footer.text).toBe(
      'Exercise program version 1 · Cross-training plan version 1 · Running plan version 1 · Printed 3 Mar 2025',
    );
    expect(document.missingTranslations).toEqual([]);
  });

  it('previews the chosen sections in Spanish, with only their versions', async () => {
    const { base, cookie } = await patientWithPlans();
    const { versions, document } = await preview(
      base,
      cookie,
      '?sections=strength&language=es&paper=a4&largePrint=true',
    );

    expect(versions).toEqual({ program: 1, crossTraining: null, running: null });
    expect(document.options).toEqual(
      options({ sections: ['strength'], paper: 'a4', largePrint: true, language: 'es' }),
    );
    expect(document.language).toBe('es');
    expect(document.strength?.heading).toBe('Ejercicios de fuerza');
    expect(document.strength?.groups[0].exercises[0].dose).toBe(
      '3 series de 10 — solo con el peso del cuerpo — 2 segundos al bajar, 2 al subir — descanse 45 segundos — ' +
        '3 días a la semana — durante 6 semanas',
    );
    expect([document.schedule, document.crossTraining, document.running]).toEqual([
      null,
      null,
      null,
    ]);
    expect(document.footer).toEqual({
      text: 'Programa de ejercicios versión 1 · Impreso el 3 mar 2025',
      pageOf: 'Página {page} de {pages}',
    });
  });

  it('answers 400 with a message per field for options that do not hold', async () => {
    const { base, cookie } = await patientWithPlans();
    const bad = await call(
      t.app,
      'GET',
      `${base}/handout/preview?sections=strength,poems&language=fr&paper=b5`,
      {
        cookie,
      },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual({
      'sections.1': ['Unknown handout section.'],
      language: ['Choose English or Spanish.'],
      paper: ['Choose Letter or A4.'],
    });
    const twice = await call(t.app, 'GET', `${base}/handout/preview?sections=running,running`, {
      cookie,
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().fields).toEqual({ sections: ['Choose each section once.'] });
    const none = await call(t.app, 'POST', `${base}/handouts`, {
      cookie,
      body: { options: options({ sections: [] }), versions: everySection },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().fields).toEqual({
      'options.sections': ['Choose at least one section to print.'],
    });
  });

  it('records a handout, lists it and reprints it exactly as printed after the plans change', async () => {
    const { base, cookie, therapist, patient, scope, by } = await patientWithPlans();
    const { seen, record } = await recordHandout(base, cookie);
    expect(record).toEqual({
      id: jasmine.any(String),
      patientId: patient.id,
      printedAt: t.clock.now().toISOString(),
      printedBy: { id: therapist.id, displayName: therapist.displayName },
      options: options(),
      versions: everySection,
      document: seen.document,
    });

    await t.repositories.programs.save(
      scope,
      patient.id,
      1,
      () => ({
        program: removeItem(pfpProgram(), 'i1'),
        changeSummary: 'Removed the squat',
      }),
      by,
    );
    t.clock.advanceMinutes(60 * 24 * 30);
    const later = await signIn(t.app, therapist.email);
    const reprint = await call(t.app, 'GET', `${base}/handouts/${record.id}`, { cookie: later });
    expect(reprint.statusCode).toBe(200);
    expect(reprint.json()).toEqual(record);

    const history = await call(t.app, 'GET', `${base}/handouts`, { cookie: later });
    const { document: _printed, ...summary } = record;
    expect(history.json()).toEqual({ handouts: [summary] });
  });

  it('reprints a custom exercise with the picture it printed, after a new picture was uploaded', async () => {
    const { base, cookie, therapist, patient, clinic, scope, by } = await patientWithPlans();
    const fields = createCustomExerciseRequest.parse(customExerciseBody());
    const custom = await t.repositories.exercises.create(clinic.id, fields, by);
    const picture = (fill: number) =>
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(40, fill),
      ]);
    const printedUrl = await t.repositories.exercises.saveImage(
      clinic.id,
      custom.id,
      { contentType: 'image/png', bytes: picture(1) },
      by,
    );
    await t.repositories.programs.save(
      scope,
      patient.id,
      1,
      () => ({
        program: addItem(pfpProgram(), 'quadriceps', {
          exerciseId: custom.id,
          dose: standardDose(),
        }),
        changeSummary: 'Added the step-up with a pause',
      }),
      by,
    );
    const { record } = await recordHandout(base, cookie);

    await t.repositories.exercises.saveImage(
      clinic.id,
      custom.id,
      { contentType: 'image/png', bytes: picture(2) },
      { userId: therapist.id },
    );
    const reprint = (
      await call(t.app, 'GET', `${base}/handouts/${record.id}`, { cookie })
    ).json() as HandoutRecord;
    const printed = reprint.document.strength?.groups
      .flatMap((g) => g.exercises)
      .find((e) => e.name === 'Step-up with a pause');
    expect(printed?.picture).toEqual(jasmine.objectContaining({ kind: 'image', url: printedUrl }));
    const served = await call(t.app, 'GET', printedUrl!, { cookie });
    expect(served.rawPayload.equals(picture(1))).toBeTrue();
    // A new handout prints the new picture.
    const now = (await preview(base, cookie)).document.strength?.groups
      .flatMap((g) => g.exercises)
      .find((e) => e.name === 'Step-up with a pause');
    expect(now?.picture).toEqual(jasmine.objectContaining({ kind: 'image' }));
    expect(now?.picture).not.toEqual(printed!.picture);
  });

  it('answers 409 with the handout as it is now when a plan was saved after the preview, recording nothing', async () => {
    const { base, cookie, patient, scope, by } = await patientWithPlans();
    const seen = await preview(base, cookie);
    await t.repositories.crossTraining.save(
      scope,
      patient.id,
      1,
      () => ({
        plan: swimBikePlan({ weeks: 8 }),
        changeSummary: 'Longer',
      }),
      by,
    );

    const stale = await call(t.app, 'POST', `${base}/handouts`, {
      cookie,
      body: { options: options(), versions: seen.versions },
    });
    expect(stale.statusCode).toBe(409);
    const now = await preview(base, cookie);
    expect(stale.json()).toEqual({
      error: 'stale_version',
      message: jasmine.stringContaining('A plan was saved after you looked at this handout'),
      current: now,
    });
    expect(now.versions).toEqual({ ...everySection, crossTraining: 2 });
    const rows = await t.database.db
      .select()
      .from(handouts)
      .where(eq(handouts.patientId, patient.id));
    expect(rows).toEqual([]);
  });

  it('prints a patient without plans: only the parts that always print, versions null', async () => {
    const staff = await createClinicWithStaff(t.repositories);
    const patient = await createPatient(t.repositories, staff.therapist);
    const cookie = await signIn(t.app, staff.therapist.email);
    const { versions, document } = await preview(`/api/patients/${patient.id}`, cookie);
    expect(versions).toEqual({ program: null, crossTraining: null, running: null });
    expect([
      document.strength,
      document.schedule,
      document.crossTraining,
      document.running,
    ]).toEqual([null, null, null, null]);
    expect(document.whenToCall.items.length).toBeGreaterThan(3);
  });

  it('answers 404 for a handout of another patient and for an unknown one', async () => {
    const { base, cookie, therapist } = await patientWithPlans();
    const other = await createPatient(t.repositories, therapist);
    const seen = await preview(base, cookie);
    const record = (
      await call(t.app, 'POST', `${base}/handouts`, {
        cookie,
        body: { options: options(), versions: seen.versions },
      })
    ).json() as HandoutRecord;
    const noHandout = { error: 'not_found', message: 'No such handout for this patient.' };
    for (const path of [
      `/api/patients/${other.id}/handouts/${record.id}`,
      `${base}/handouts/3f1d7a52-8c0e-4d5b-9a41-6c2e0b7f9d13`,
      `${base}/handouts/42`,
      `/api/patients/${other.id}/handouts/${record.id}/pdf`,
    ]) {
      const response = await call(t.app, 'GET', path, { cookie });
      expect(response.statusCode).withContext(path).toBe(404);
      expect(response.json()).withContext(path).toEqual(noHandout);
    }
  });

  it('audits every preview, record, history and reprint', async () => {
    const { base, cookie, patient, therapist } = await patientWithPlans();
    const seen = await preview(base, cookie, '?sections=strength');
    const record = (
      await call(t.app, 'POST', `${base}/handouts`, {
        cookie,
        body: { options: options({ sections: ['strength'] }), versions: seen.versions },
      })
    ).json() as HandoutRecord;
    await call(t.app, 'GET', `${base}/handouts`, { cookie });
    await call(t.app, 'GET', `${base}/handouts/${record.id}`, { cookie });

    const events = await t.database.db
      .select({
        action: auditEvents.action,
        actor: auditEvents.actorUserId,
        detail: auditEvents.detail,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'handout'), eq(auditEvents.recordId, patient.id)))
      .orderBy(asc(auditEvents.id));
    const versions = { program: 1, crossTraining: null, running: null };
    expect(events).toEqual([
      {
        action: 'handout.previewed',
        actor: therapist.id,
        detail: { options: options({ sections: ['strength'] }), versions },
      },
      {
        action: 'handout.recorded',
        actor: therapist.id,
        detail: { handoutId: record.id, options: options({ sections: ['strength'] }), versions },
      },
      { action: 'handout.history_viewed', actor: therapist.id, detail: { handouts: 1 } },
      { action: 'handout.viewed', actor: therapist.id, detail: { handoutId: record.id } },
    ]);
  });

  it('keeps recorded handouts append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const { base, cookie, patient } = await patientWithPlans();
    const seen = await preview(base, cookie);
    await call(t.app, 'POST', `${base}/handouts`, {
      cookie,
      body: { options: options(), versions: seen.versions },
    });
    const db = t.database.db;
    await expectAsync(
      db.execute(sql`update handouts set options = '{}' where patient_id = ${patient.id}`),
    ).toBeRejected();
    await expectAsync(
      db.execute(sql`delete from handouts where patient_id = ${patient.id}`),
    ).toBeRejected();
    await expectAsync(db.execute(sql`truncate handouts`)).toBeRejected();
    expect(
      (await db.select().from(handouts).where(eq(handouts.patientId, patient.id))).length,
    ).toBe(1);
  });
});

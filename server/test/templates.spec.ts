import { and, asc, eq } from 'drizzle-orm';
import type { TemplateResponse } from '@domain/contracts/programs';
import { removeItem } from '@domain/programs/program';
import { builtInTemplates } from '@domain/programs/templates';
import { auditEvents, clinicTemplates } from '../db/schema';
import { createClinicWithStaff } from './support/fixtures';
import { call, signIn } from './support/http';
import { pfpProgram } from './support/program-fixtures';
import { useTestApp } from './support/test-app';

describe('program templates API', () => {
  const t = useTestApp();

  async function signedIn(role: 'therapist' | 'manager' = 'therapist') {
    const staff = await createClinicWithStaff(t.repositories);
    return { ...staff, cookie: await signIn(t.app, staff[role].email) };
  }

  const saveTemplate = (cookie: string, body: unknown) =>
    call(t.app, 'POST', '/api/templates', { cookie, body });

  const storedRows = (clinicId: string) =>
    t.database.db.select().from(clinicTemplates).where(eq(clinicTemplates.clinicId, clinicId));

  it('lists the built-in templates with their sources', async () => {
    const { cookie } = await signedIn();
    const response = await call(t.app, 'GET', '/api/templates', { cookie });
    expect(response.statusCode).toBe(200);
    const { templates } = response.json() as { templates: TemplateResponse[] };
    expect(templates).toEqual(builtInTemplates.map((b) => ({ ...b, builtIn: true })));
    expect(templates.map((b) => b.id)).toEqual([
      'pfp-hip-knee',
      'itbs-hip-abductors',
      'meniscus-nonop-flexion-limited',
    ]);
    for (const b of templates) expect(b.sources.length).withContext(b.id).toBeGreaterThan(0);
  });

  it('saves a program as a clinic template, listed after the built-in ones by name, for the clinic only', async () => {
    const { cookie, clinic, therapist } = await signedIn();
    const program = removeItem(pfpProgram(), 'i5');
    const knee = await saveTemplate(cookie, {
      name: ' Knee basics ',
      summary: 'Our first-visit program.',
      diagnoses: ['patellofemoral_pain', 'patellar_tendinopathy'],
      program,
    });
    expect(knee.statusCode).withContext(knee.body).toBe(201);
    expect(knee.json()).toEqual({
      id: jasmine.stringMatching(/^[0-9a-f]{8}-/),
      name: 'Knee basics',
      summary: 'Our first-visit program.',
      diagnoses: ['patellofemoral_pain', 'patellar_tendinopathy'],
      sources: [],
      program,
      builtIn: false,
    });
    const [row] = await storedRows(clinic.id);
    expect([row.createdBy, row.createdAt.toISOString()]).toEqual([
      therapist.id,
      t.clock.now().toISOString(),
    ]);

    const asManager = await signIn(
      t.app,
      (await createClinicWithStaff(t.repositories)).manager.email,
    );
    const hips = await saveTemplate(asManager, { name: 'Hips', program });
    expect(hips.statusCode).toBe(201);
    const ankle = await saveTemplate(cookie, { name: 'ankle care', program: pfpProgram() });
    expect(ankle.json().summary).toBe('');
    expect(ankle.json().diagnoses).toEqual([]);

    const { templates } = (await call(t.app, 'GET', '/api/templates', { cookie })).json();
    expect(templates.slice(builtInTemplates.length)).toEqual([ankle.json(), knee.json()]);
  });

  it('lets a manager save a template', async () => {
    const { cookie } = await signedIn('manager');
    expect(
      (await saveTemplate(cookie, { name: 'Team standard', program: pfpProgram() })).statusCode,
    ).toBe(201);
  });

  it('refuses a second template of the same name in the clinic, whatever the case', async () => {
    const { cookie, clinic } = await signedIn();
    await saveTemplate(cookie, { name: 'Knee basics', program: pfpProgram() });
    const again = await saveTemplate(cookie, { name: 'KNEE BASICS', program: pfpProgram() });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({
      error: 'validation_failed',
      message: 'Check the highlighted fields.',
      fields: { name: ['Your clinic already has a template with this name.'] },
    });
    expect((await storedRows(clinic.id)).length).toBe(1);
  });

  it('answers a bad name, a bad dose and an unknown exercise with 400 on each field', async () => {
    const { cookie, clinic } = await signedIn();
    const program = pfpProgram();
    program.sections.glutes_hip[2].dose.sets = 12;
    const bad = await saveTemplate(cookie, { name: ' ', program, diagnoses: ['flu'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual({
      name: ['Name the template.'],
      'diagnoses.0': ['Choose a diagnosis.'],
      'program.sections.glutes_hip.2.dose.sets': ['Enter 1 to 10 sets.'],
    });
    const unknown = pfpProgram();
    unknown.sections.quadriceps[1].exerciseId = 'moon-walk';
    const response = await saveTemplate(cookie, { name: 'Moon', program: unknown });
    expect(response.json().fields).toEqual({
      'program.sections.quadriceps.1.exerciseId': ['No such exercise in the library.'],
    });
    expect(await storedRows(clinic.id)).toEqual([]);
  });

  it('needs a signed-in user', async () => {
    expect((await call(t.app, 'GET', '/api/templates')).statusCode).toBe(401);
    const post = await call(t.app, 'POST', '/api/templates', {
      body: { name: 'x', program: pfpProgram() },
    });
    expect(post.statusCode).toBe(401);
  });

  it('records each read and write', async () => {
    const { cookie, clinic, therapist } = await signedIn();
    const as = { cookie, remoteAddress: '10.43.0.1' };
    await call(t.app, 'GET', '/api/templates', as);
    const saved = await call(t.app, 'POST', '/api/templates', {
      ...as,
      body: { name: 'Knee basics', program: pfpProgram() },
    });
    await call(t.app, 'GET', '/api/templates', as);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.clientAddress, '10.43.0.1'), eq(auditEvents.clinicId, clinic.id)))
      .orderBy(asc(auditEvents.id));
    expect(
      events.map((e) => [e.action, e.recordType, e.recordId, e.detail, e.actorUserId]),
    ).toEqual([
      ['template.listed', 'template', null, { count: 3 }, therapist.id],
      [
        'template.created',
        'template',
        saved.json().id,
        { name: 'Knee basics', exercises: 5 },
        therapist.id,
      ],
      ['template.listed', 'template', null, { count: 4 }, therapist.id],
    ]);
  });
});

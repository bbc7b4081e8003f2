import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { HandoutRecord } from '@domain/contracts/handouts';
import { defaultHandoutOptions, type HandoutOptions } from '@domain/handout/handout-options';
import { auditEvents } from '../db/schema';
import {
  chromiumPrinter,
  defaultChromiumPath,
  type PdfPrinter,
  type PrintJob,
} from '../handouts/pdf-printer';
import { createClinicWithStaff, createPatient } from './support/fixtures';
import { call, signIn } from './support/http';
import { fakePrintLayoutBuild } from './support/print-layout-build';
import { pfpProgram } from './support/program-fixtures';
import { type TestContext, useTestApp } from './support/test-app';

/** A therapist's patient with a program and one handout printed with `options`; the server listening on loopback. */
async function printedHandout(t: TestContext, options: Partial<HandoutOptions> = {}) {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const staff = await createClinicWithStaff(t.repositories);
  const patient = await createPatient(t.repositories, staff.therapist, {
    firstName: 'Ana',
    lastName: 'Ruiz',
  });
  await t.repositories.programs.save(
    { clinicId: staff.clinic.id },
    patient.id,
    0,
    () => ({ program: pfpProgram(), changeSummary: 'Made' }),
    { userId: staff.therapist.id },
  );
  const cookie = await signIn(t.app, staff.therapist.email);
  const base = `/api/patients/${patient.id}`;
  const posted = await call(t.app, 'POST', `${base}/handouts`, {
    cookie,
    body: {
      options: { ...defaultHandoutOptions, sections: ['strength'], ...options },
      versions: { program: 1, crossTraining: null, running: null },
    },
  });
  expect(posted.statusCode).withContext(posted.body).toBe(201);
  const record = posted.json() as HandoutRecord;
  return { ...staff, patient, cookie, record, pdfUrl: `${base}/handouts/${record.id}/pdf` };
}

describe('handout PDF', () => {
  describe('with a printer', () => {
    const jobs: PrintJob[] = [];
    const printer: PdfPrinter = {
      available: true,
      print: async (job) => {
        jobs.push(job);
        return Buffer.from('%PDF-1.7 printed');
      },
      close: async () => undefined,
    };
    const t = useTestApp({ pdfPrinter: printer });

    it('prints the print layout on this server as the signed-in user, on the handout’s paper', async () => {
      const { cookie, record, patient, pdfUrl, therapist } = await printedHandout(t, {
        paper: 'a4',
        language: 'es',
      });
      const response = await call(t.app, 'GET', pdfUrl, { cookie });

      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="handout-2025-03-03.pdf"',
      );
      expect(response.body).toBe('%PDF-1.7 printed');
      const job = jobs.at(-1)!;
      const address = t.app.server.address() as { port: number };
      expect(job.url).toBe(
        `http://127.0.0.1:${address.port}/patients/${patient.id}/handouts/${record.id}/print?print=1`,
      );
      expect(`${job.cookie.name}=${job.cookie.value}`).toBe(cookie);
      expect(job.paper).toBe('a4');

      const [event] = await t.database.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, 'handout.pdf_downloaded'),
            eq(auditEvents.recordId, patient.id),
          ),
        );
      expect([event.actorUserId, event.detail]).toEqual([
        therapist.id,
        { handoutId: record.id, bytes: 16 },
      ]);
    });
  });

  describe('without Chromium', () => {
    const t = useTestApp({
      pdfPrinter: {
        available: false,
        print: () => Promise.reject(new Error('no browser')),
        close: async () => undefined,
      },
    });

    it('answers 503 pdf_unavailable', async () => {
      const { cookie, pdfUrl } = await printedHandout(t);
      const response = await call(t.app, 'GET', pdfUrl, { cookie });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        error: 'pdf_unavailable',
        message:
          'This server cannot make PDFs (no Chromium). Use Print and choose "Save as PDF" instead.',
      });
    });
  });

  describe('when printing fails', () => {
    const t = useTestApp({
      pdfPrinter: {
        available: true,
        print: () =>
          Promise.reject(new Error('Timeout 15000ms exceeded waiting for [data-handout-ready]')),
        close: async () => undefined,
      },
    });

    it('answers 503 pdf_unavailable, so the user can still Print, and records no download', async () => {
      const { cookie, pdfUrl, patient } = await printedHandout(t);
      const response = await call(t.app, 'GET', pdfUrl, { cookie });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        error: 'pdf_unavailable',
        message: 'The PDF could not be made just now. Use Print and choose "Save as PDF" instead.',
      });
      const downloads = await t.database.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, 'handout.pdf_downloaded'),
            eq(auditEvents.recordId, patient.id),
          ),
        );
      expect(downloads).toEqual([]);
    });
  });

  describe('in the system’s Chromium', () => {
    const layout = fakePrintLayoutBuild();
    const t = useTestApp({
      spaRoot: layout.root,
      pdfPrinter: chromiumPrinter(defaultChromiumPath, 10_000),
    });
    const folder = mkdtempSync(join(tmpdir(), 'stride-pdf-'));
    afterAll(() => {
      layout.remove();
      rmSync(folder, { recursive: true, force: true });
    });

    it('prints the page the user’s session opens on the handout’s paper, keeping the page’s own footer', async () => {
      if (!existsSync(defaultChromiumPath) || !existsSync('/usr/bin/pdftotext')) {
        pending('needs Debian chromium and poppler-utils');
        return;
      }
      const { cookie, pdfUrl } = await printedHandout(t, { paper: 'a4' });
      const response = await call(t.app, 'GET', pdfUrl, { cookie });
      expect(response.statusCode).withContext(response.body.slice(0, 300)).toBe(200);
      const file = join(folder, 'handout.pdf');
      writeFileSync(file, response.rawPayload);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      expect(text).toContain('Your exercise plan: Ana Ruiz');
      expect(text).toContain('Page 1 of 1');
      expect(text).toContain('Exercise program version 1 · Printed 3 Mar 2025');
      const info = execFileSync('pdfinfo', [file]).toString();
      expect(info).toMatch(/Page size:.*\(A4\)/);
    }, 30_000);
  });
});

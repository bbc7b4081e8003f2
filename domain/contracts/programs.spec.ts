import * as z from 'zod';
import { standardDose } from '../programs/dose';
import { updateItem } from '../programs/program';
import { builtInTemplate, builtInTemplates } from '../programs/templates';
import { fieldErrors } from './api-error';
import {
  applyTemplateRequest,
  programVersion,
  programVersionParams,
  saveProgramRequest,
  saveTemplateRequest,
  templateResponse,
} from './programs';

const pfp = builtInTemplate('pfp-hip-knee')!.program;

function errorsOf(input: unknown, schema: z.ZodType = saveProgramRequest) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

describe('program save contract', () => {
  it('accepts a first save (version 0) and stores a blank change summary as null', () => {
    const parsed = saveProgramRequest.parse({ version: 0, program: pfp, changeSummary: '  ' });
    expect(parsed.changeSummary).toBeNull();
    expect(parsed.program).toEqual(pfp);
  });

  it('needs the version the program was read at', () => {
    expect(errorsOf({ program: pfp })['version']).toEqual([
      'Send the version the program was read at.',
    ]);
    expect(errorsOf({ version: -1, program: pfp })['version']).toEqual([
      'Send the version the program was read at.',
    ]);
  });

  it('answers a bad dose with the field it belongs to', () => {
    const bad = updateItem(pfp, 'i2', { dose: standardDose({ reps: 101 }) });
    expect(errorsOf({ version: 3, program: bad })).toEqual({
      'program.sections.quadriceps.1.dose.reps': ['Enter 1 to 100 repetitions.'],
    });
  });

  it('limits the change summary to 200 characters', () => {
    expect(
      errorsOf({ version: 1, program: pfp, changeSummary: 'x'.repeat(201) })['changeSummary'],
    ).toEqual(['The change summary is at most 200 characters.']);
  });
});

describe('template contracts', () => {
  it('apply a template by replacing the program unless asked to add to it', () => {
    expect(applyTemplateRequest.parse({ version: 2, templateId: 'pfp-hip-knee' }).mode).toBe(
      'replace',
    );
    expect(
      applyTemplateRequest.parse({ version: 2, templateId: 'pfp-hip-knee', mode: 'append' }).mode,
    ).toBe('append');
    expect(
      errorsOf({ version: 2, templateId: 'pfp-hip-knee', mode: 'merge' }, applyTemplateRequest)[
        'mode'
      ],
    ).toEqual(['Replace the program or add to it.']);
    expect(errorsOf({ version: 2, templateId: '' }, applyTemplateRequest)['templateId']).toEqual([
      'Choose a template.',
    ]);
  });

  it('save a clinic template with a name', () => {
    expect(saveTemplateRequest.parse({ name: ' Knee basics ', program: pfp })).toEqual({
      name: 'Knee basics',
      summary: null,
      diagnoses: [],
      program: pfp,
    });
    expect(errorsOf({ name: '', program: pfp }, saveTemplateRequest)['name']).toEqual([
      'Name the template.',
    ]);
  });

  it('list the built-in templates with their sources', () => {
    for (const t of builtInTemplates) {
      expect(templateResponse.parse({ ...t, builtIn: true }).sources.length).toBeGreaterThan(0);
    }
  });
});

describe('program version params', () => {
  it('read the version number from the path', () => {
    expect(programVersionParams.parse({ id: 'p1', version: '3' }).version).toBe(3);
    expect(errorsOf({ id: 'p1', version: '0' }, programVersionParams)['version']).toEqual([
      'Unknown version.',
    ]);
    expect(errorsOf({ id: 'p1', version: 'latest' }, programVersionParams)['version']).toEqual([
      'Unknown version.',
    ]);
  });
});

describe('program responses', () => {
  // The API serialises responses with z.encode, which refuses one-way transforms.
  it('encode a saved version unchanged', () => {
    const saved = {
      version: 4,
      savedAt: '2026-11-02T10:15:00.000Z',
      savedBy: { id: '3f2b8c1e-9a4d-4c6e-8b1f-2d7e5a9c0b13', displayName: 'Dana Reyes' },
      changeSummary: null,
      program: pfp,
    };
    expect(z.encode(programVersion, saved)).toEqual(saved);
  });

  it('encode every built-in template unchanged', () => {
    for (const t of builtInTemplates) {
      expect(z.encode(templateResponse, { ...t, builtIn: true })).toEqual({ ...t, builtIn: true });
    }
  });
});

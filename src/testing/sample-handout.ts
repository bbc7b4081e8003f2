import type { HandoutPreview, HandoutRecord } from '@domain/contracts/handouts';
import type { HandoutDocument, HandoutExercise } from '@domain/handout/handout-document';
import { defaultHandoutOptions } from '@domain/handout/handout-options';

const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" role="img" aria-label="Wall sit: start and end">' +
  '<title>Wall sit: start and end</title><rect width="100%" height="100%" fill="#fff"/>' +
  '<g fill="none"><path d="M10 10L50 50" stroke="#000" stroke-width="3"/></g></svg>';

export function handoutExercise(overrides: Partial<HandoutExercise> = {}): HandoutExercise {
  return {
    itemId: 'item-1',
    exerciseId: 'wall-sit',
    englishOnly: false,
    name: 'Wall sit',
    picture: { kind: 'drawing', svg: drawing, alt: 'Wall sit: start and end' },
    steps: ['Stand with your back against a wall.', 'Slide down until your knees bend a little.'],
    cues: ['Keep your knees over your toes.'],
    dose: '3 sets of 30 seconds — rest 1 minute — Mon, Wed, Fri',
    precautions: ['Stop if the pain goes above 5 out of 10.'],
    notes: null,
    ...overrides,
  };
}

/** An English Letter handout with every section: what the preview endpoint and a record carry. */
export function sampleHandout(overrides: Partial<HandoutDocument> = {}): HandoutDocument {
  return {
    options: defaultHandoutOptions,
    language: 'en',
    title: 'Your exercise plan',
    clinic: { name: 'Demo Clinic', address: '1 Main St, Springfield', phone: '555-0100', logoUrl: null },
    patient: { label: 'Patient', name: 'Ana Torres' },
    therapist: { label: 'Therapist', name: 'Tom Reyes' },
    date: { label: 'Date', iso: '2026-12-02', text: 'December 2, 2026' },
    diagnosis: { label: 'What we are treating', text: 'Pain at the front of the knee' },
    strength: {
      heading: 'Strength exercises',
      intro: 'Do these on the days shown.',
      groups: [
        {
          section: 'quadriceps',
          heading: 'Quadriceps (front of the thigh)',
          exercises: [
            handoutExercise(),
            handoutExercise({
              itemId: 'item-2',
              exerciseId: 'step-up',
              name: 'Step-up',
              picture: { kind: 'none' },
              dose: '3 sets of 10 — 2 seconds up, 2 down — rest 1 minute — Mon, Wed, Fri',
            }),
          ],
        },
        {
          section: 'glutes_hip',
          heading: 'Glutes and hip',
          exercises: [
            handoutExercise({
              itemId: 'item-3',
              exerciseId: 'custom-band-walk',
              englishOnly: true,
              name: 'Band walk',
              picture: { kind: 'image', url: 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=', alt: 'Band walk' },
              dose: '2 sets of 12 steps each way — Tue, Thu',
              notes: 'Use the green band.',
            }),
          ],
        },
      ],
    },
    schedule: {
      heading: 'Your week',
      intro: 'Tick each day you do it.',
      days: [
        { day: 'Mon', activities: ['Strength exercises', 'Easy run'] },
        { day: 'Tue', activities: ['Swimming 30 min'] },
        { day: 'Wed', activities: ['Strength exercises'] },
        { day: 'Thu', activities: [] },
        { day: 'Fri', activities: ['Strength exercises'] },
        { day: 'Sat', activities: ['Easy run'] },
        { day: 'Sun', activities: [] },
      ],
      weeks: ['Week 1 (from Mon 7 Dec)', 'Week 2', 'Week 3', 'Week 4'],
      restDay: 'Rest',
    },
    crossTraining: {
      heading: 'Cross-training',
      intro: 'Low-impact exercise that keeps you fit.',
      sessions: [
        { activity: 'Swimming', minutes: '30 min', effort: 'Moderate', days: 'Tue', notes: null },
      ],
      weeks: [{ weekOf: 'Week of 7 Dec', minutes: 'Swimming 30 min' }],
    },
    running: {
      heading: 'Running plan',
      intro: 'Run the distance shown each week.',
      columns: { weekOf: 'Week of', distance: 'Distance', runDays: 'Run days' },
      rows: [
        { weekOf: '7 Dec', distance: '10 km', runDays: 'Mon, Sat' },
        { weekOf: '14 Dec', distance: '11 km', runDays: 'Mon, Sat' },
      ],
      painHeading: 'How much pain is OK',
      painRules: [
        { light: 'green', label: 'Go', text: 'Pain 0–2: keep going.' },
        { light: 'amber', label: 'Careful', text: 'Pain 3–5: stay at this distance.' },
        { light: 'red', label: 'Stop', text: 'Pain above 5: stop and call us.' },
      ],
      painSource: 'Pain-monitoring model, Silbernagel 2007.',
    },
    whenToCall: {
      heading: 'When to call us',
      items: ['Your knee swells.', 'Pain wakes you at night.'],
      phone: '555-0100',
    },
    footer: {
      text: 'Program version 3 · Running plan version 2 · Printed 2 Dec 2026',
      pageOf: 'Page {page} of {pages}',
    },
    missingTranslations: [],
    ...overrides,
  };
}

export function samplePreview(document = sampleHandout()): HandoutPreview {
  return { versions: { program: 3, crossTraining: 1, running: 2 }, document };
}

export function sampleHandoutRecord(overrides: Partial<HandoutRecord> = {}): HandoutRecord {
  return {
    id: '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    patientId: '3f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
    printedAt: '2026-12-02T15:04:00.000Z',
    printedBy: { id: '9d1f2e3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f', displayName: 'Tom Reyes' },
    options: defaultHandoutOptions,
    versions: { program: 3, crossTraining: 1, running: 2 },
    document: sampleHandout(),
    ...overrides,
  };
}

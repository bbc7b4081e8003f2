import * as z from 'zod';
import { diagnosis } from '../contracts/patients';
import { catalogueExercise } from '../exercises/catalogue';
import type { Dose } from './dose';
import {
  addItem,
  emptyProgram,
  program,
  programItems,
  type Program,
  type ProgramSection,
} from './program';
import { programSources, type ProgramRuleSource } from './sources';

/** A source as a template shows it; built-in templates cite theirs, a clinic's own template has none. */
export const templateSource = z.object({
  citation: z.string(),
  note: z.string(),
  practice: z.boolean(),
});
export type TemplateSource = z.infer<typeof templateSource>;

export const programTemplate = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  /** The diagnoses the template is meant for, so the builder can offer it first. */
  diagnoses: z.array(diagnosis),
  sources: z.array(templateSource),
  program,
});
export type ProgramTemplate = z.output<typeof programTemplate>;

const cite = ({ citation, note, practice }: ProgramRuleSource): TemplateSource => ({
  citation,
  note,
  practice,
});

type Entry = [section: ProgramSection, exerciseId: string, dose?: Partial<Dose>];

/** A program from catalogue exercises, each at its default dose with the template's changes. */
function fromCatalogue(common: Partial<Dose>, entries: Entry[]): Program {
  return entries.reduce((built, [section, id, changes]) => {
    const exercise = catalogueExercise(id);
    if (!exercise) throw new Error(`Template exercise ${id} is not in the catalogue`);
    return addItem(built, section, {
      exerciseId: id,
      dose: { ...exercise.defaultDose, ...common, ...changes },
    });
  }, emptyProgram());
}

const threeTimesAWeek: Partial<Dose> = { frequency: { kind: 'days_per_week', days: 3 }, weeks: 6 };

export const builtInTemplates: readonly ProgramTemplate[] = [
  {
    id: 'pfp-hip-knee',
    name: 'Patellofemoral pain: hip and knee',
    summary:
      'Hip and knee exercises together: four exercises three times a week in about 20 minutes, ' +
      'plus a clamshell every day.',
    diagnoses: ['patellofemoral_pain'],
    sources: [cite(programSources['hip-and-knee']), cite(programSources['runner-pfp-dosing'])],
    // Rests of 30–45 s keep the three-times-a-week session within 20 minutes (see session-minutes.ts).
    program: fromCatalogue(threeTimesAWeek, [
      ['quadriceps', 'bodyweight-squat', { restSeconds: 45 }],
      ['quadriceps', 'step-up', { restSeconds: 45 }],
      ['glutes_hip', 'side-lying-hip-abduction', { reps: 10, restSeconds: 30 }],
      ['glutes_hip', 'glute-bridge', { tempo: '1-0-1-2', restSeconds: 45 }],
      [
        'glutes_hip',
        'clamshell',
        { sets: 2, restSeconds: 30, frequency: { kind: 'days_per_week', days: 7 } },
      ],
    ]),
  },
  {
    id: 'itbs-hip-abductors',
    name: 'IT band syndrome: hip abductors',
    summary:
      'Hip abductor emphasis: side-lying abduction, hip hikes and band walks, with single-leg bridges and ' +
      'step-ups, three times a week.',
    diagnoses: ['itbs'],
    sources: [cite(programSources['it-band-abductors'])],
    program: fromCatalogue(threeTimesAWeek, [
      ['quadriceps', 'step-up'],
      ['glutes_hip', 'side-lying-hip-abduction', { reps: 15 }],
      ['glutes_hip', 'hip-hike'],
      ['glutes_hip', 'lateral-band-walk'],
      ['glutes_hip', 'single-leg-bridge'],
    ]),
  },
  {
    id: 'meniscus-nonop-flexion-limited',
    name: 'Meniscus tear, non-operative: flexion-limited',
    summary:
      'Thigh and hip strength without loaded knee bending past 90° or pivoting: thigh squeezes, leg raises, ' +
      "mini squats, bridges and calf raises. The surgeon's or physician's instructions override.",
    diagnoses: ['meniscus_nonop'],
    sources: [cite(programSources['meniscus-flexion'])],
    program: fromCatalogue(threeTimesAWeek, [
      ['quadriceps', 'quad-set'],
      ['quadriceps', 'straight-leg-raise'],
      ['quadriceps', 'mini-squat'],
      ['hamstrings', 'standing-hamstring-curl'],
      ['glutes_hip', 'glute-bridge'],
      ['glutes_hip', 'side-lying-hip-abduction'],
      ['other', 'calf-raise'],
    ]),
  },
];

export function builtInTemplate(id: string): ProgramTemplate | undefined {
  return builtInTemplates.find((t) => t.id === id);
}

export const templateApplyModes = ['replace', 'append'] as const;
export type TemplateApplyMode = (typeof templateApplyModes)[number];

/**
 * Copies a template's exercises into a program: `replace` starts the program over from the template, `append` adds
 * them after what is there, section by section. Items get new ids in the program; doses are copied, so editing the
 * patient's program never touches the template.
 */
export function applyTemplate(
  target: Program,
  template: Pick<ProgramTemplate, 'program'>,
  mode: TemplateApplyMode,
): Program {
  const start = mode === 'replace' ? emptyProgram() : target;
  return programItems(template.program).reduce(
    (built, { section, item }) =>
      addItem(built, section, { exerciseId: item.exerciseId, dose: structuredClone(item.dose) }),
    start,
  );
}

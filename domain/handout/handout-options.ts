import * as z from 'zod';

/** The languages a handout prints in. Everything on the page is in the one chosen; gaps are listed, never filled in English. */
export const handoutLanguages = ['en', 'es'] as const;
export const handoutLanguage = z.enum(handoutLanguages, { error: 'Choose English or Spanish.' });
export type HandoutLanguage = z.infer<typeof handoutLanguage>;

/** The parts a therapist may leave out. Header, patient, "when to call us" and the footer are always printed. */
export const handoutSections = ['strength', 'schedule', 'cross_training', 'running'] as const;
export const handoutSection = z.enum(handoutSections, { error: 'Unknown handout section.' });
export type HandoutSection = z.infer<typeof handoutSection>;
export const handoutSectionLabels: Record<HandoutSection, string> = {
  strength: 'Strength exercises',
  schedule: 'Weekly schedule with tick boxes',
  cross_training: 'Cross-training plan',
  running: 'Running plan',
};

export const paperSizes = ['letter', 'a4'] as const;
export const paperSize = z.enum(paperSizes, { error: 'Choose Letter or A4.' });
export type PaperSize = z.infer<typeof paperSize>;
export const paperSizeLabels: Record<PaperSize, string> = { letter: 'US Letter', a4: 'A4' };

const sectionList = z
  .array(handoutSection, { error: 'Choose the sections to print.' })
  .min(1, { error: 'Choose at least one section to print.' });

/** What the therapist chooses before printing. Codec-safe (no one-way transforms): it is stored and sent back. */
export const handoutOptions = z
  .object({
    sections: sectionList,
    paper: paperSize,
    /** Body text at least 14 pt. */
    largePrint: z.boolean({ error: 'Say whether to use large print.' }),
    language: handoutLanguage,
  })
  .superRefine((o, ctx) => {
    if (new Set(o.sections).size !== o.sections.length) {
      ctx.addIssue({ code: 'custom', path: ['sections'], message: 'Choose each section once.' });
    }
  });
export type HandoutOptions = z.infer<typeof handoutOptions>;

export const defaultHandoutOptions: HandoutOptions = {
  sections: [...handoutSections],
  paper: 'letter',
  largePrint: false,
  language: 'en',
};

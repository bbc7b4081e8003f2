import * as z from 'zod';
import { exerciseId } from '../exercises/exercise-id';
import { dose, type Dose } from './dose';

/** The builder's sections, in the order the builder and the handout show them. */
export const programSections = ['quadriceps', 'hamstrings', 'glutes_hip', 'other'] as const;
export const programSection = z.enum(programSections, {
  error: 'Choose a section: Quadriceps, Hamstrings, Glutes & hip or Other.',
});
export type ProgramSection = z.infer<typeof programSection>;
export const programSectionLabels: Record<ProgramSection, string> = {
  quadriceps: 'Quadriceps',
  hamstrings: 'Hamstrings',
  glutes_hip: 'Glutes & hip',
  other: 'Other',
};

/** Fewer exercises are done more faithfully (CLINICAL-RULES §4, adherence); 40 leaves room for any real program. */
export const maxProgramItems = 40;

/**
 * One exercise in a program. `id` tells two rows apart when the same exercise appears twice (e.g. a different dose
 * per side) and lets version history say "changed" rather than "removed and added" after a Progress.
 */
export const programItem = z.object({
  id: z
    .string({ error: 'Unknown program item.' })
    .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'Unknown program item.' }),
  exerciseId,
  dose,
});
export type ProgramItem = z.output<typeof programItem>;
export type ProgramSections = Record<ProgramSection, ProgramItem[]>;

const sectionItems = z
  .array(programItem, { error: 'A section is a list of exercises.' })
  .default([]);

export const program = z
  .object({
    sections: z.object({
      quadriceps: sectionItems,
      hamstrings: sectionItems,
      glutes_hip: sectionItems,
      other: sectionItems,
    }),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    let count = 0;
    for (const section of programSections) {
      p.sections[section].forEach((item, index) => {
        count++;
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', section, index, 'id'],
            message: 'Each exercise in the program needs its own id.',
          });
        }
        seen.add(item.id);
      });
    }
    if (count > maxProgramItems) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `A program holds at most ${maxProgramItems} exercises.`,
      });
    }
  });
export type Program = z.output<typeof program>;

/** Where an item sits: its section and its position there. */
export interface ItemPlace {
  section: ProgramSection;
  index: number;
  item: ProgramItem;
}

/** What the builder adds: the id is assigned by `addItem`. */
export interface NewItem {
  exerciseId: string;
  dose: Dose;
}

export function emptyProgram(): Program {
  return { sections: { quadriceps: [], hamstrings: [], glutes_hip: [], other: [] } };
}

/** Every item in builder order: section by section, top to bottom. */
export function programItems(program: Program): ItemPlace[] {
  return programSections.flatMap((section) =>
    program.sections[section].map((item, index) => ({ section, index, item })),
  );
}

export function itemCount(program: Program): number {
  return programSections.reduce((n, section) => n + program.sections[section].length, 0);
}

export function findItem(program: Program, itemId: string): ItemPlace | undefined {
  return programItems(program).find((place) => place.item.id === itemId);
}

/** `i1`, `i2`, …: one more than the highest such id in the program, so ids are never reused within it. */
export function nextItemId(program: Program): string {
  const highest = programItems(program).reduce((max, { item }) => {
    const n = /^i(\d+)$/.exec(item.id);
    return n ? Math.max(max, Number(n[1])) : max;
  }, 0);
  return `i${highest + 1}`;
}

/**
 * The helpers below never change the program they are given: they return a new one, or the same object when
 * nothing changes (an unknown item id, a move to where the item already is), so state stores can compare by
 * reference. Positions beyond either end are clamped.
 */
function withSection(program: Program, section: ProgramSection, items: ProgramItem[]): Program {
  return { ...program, sections: { ...program.sections, [section]: items } };
}

const clamp = (index: number, length: number) => Math.max(0, Math.min(Math.trunc(index), length));

/** Adds an exercise to a section, at the end unless a position is given. Its id is `nextItemId(program)`. */
export function addItem(
  program: Program,
  section: ProgramSection,
  entry: NewItem,
  at?: number,
): Program {
  const items = program.sections[section];
  const item: ProgramItem = {
    id: nextItemId(program),
    exerciseId: entry.exerciseId,
    dose: entry.dose,
  };
  const index = at === undefined ? items.length : clamp(at, items.length);
  return withSection(program, section, [...items.slice(0, index), item, ...items.slice(index)]);
}

export function removeItem(program: Program, itemId: string): Program {
  const place = findItem(program, itemId);
  if (!place) return program;
  return withSection(
    program,
    place.section,
    program.sections[place.section].filter((item) => item.id !== itemId),
  );
}

/** Moves an item to another position in its own section (drag and drop, or the keyboard). */
export function reorderItem(program: Program, itemId: string, toIndex: number): Program {
  const place = findItem(program, itemId);
  if (!place) return program;
  return moveItemToSection(program, itemId, place.section, toIndex);
}

/** Moves an item into a section (its own or another) at a position, at the end unless one is given. */
export function moveItemToSection(
  program: Program,
  itemId: string,
  toSection: ProgramSection,
  toIndex?: number,
): Program {
  const place = findItem(program, itemId);
  if (!place) return program;
  const fromItems = program.sections[place.section].filter((item) => item.id !== itemId);
  const without = withSection(program, place.section, fromItems);
  const target = without.sections[toSection];
  const index = toIndex === undefined ? target.length : clamp(toIndex, target.length);
  if (toSection === place.section && index === place.index) return program;
  return withSection(without, toSection, [
    ...target.slice(0, index),
    place.item,
    ...target.slice(index),
  ]);
}

/** Changes an item's exercise or dose in place, keeping its id and position. */
export function updateItem(
  program: Program,
  itemId: string,
  change: Partial<Pick<ProgramItem, 'exerciseId' | 'dose'>>,
): Program {
  const place = findItem(program, itemId);
  if (!place) return program;
  return withSection(
    program,
    place.section,
    program.sections[place.section].map((item) =>
      item.id === itemId ? { ...item, ...change } : item,
    ),
  );
}

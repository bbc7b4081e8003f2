import type { ApiError } from '@domain/contracts/api-error';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import type {
  ApplyTemplateRequest,
  ProgramVersion,
  ProgramVersionSummary,
  SaveProgramRequest,
  SaveTemplateRequest,
  TemplateResponse,
} from '@domain/contracts/programs';
import type { Dose } from '@domain/programs/dose';
import type { Program, ProgramSection } from '@domain/programs/program';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export type StepDirection = 'progress' | 'regress';

export const programTabActions = createActionGroup({
  source: 'Program Tab',
  events: {
    Opened: props<{ patientId: string }>(),
    'Retry Load Selected': props<{ patientId: string }>(),
    'Exercise Added': props<{ section: ProgramSection; exerciseId: string; dose: Dose }>(),
    'Exercise Removed': props<{ itemId: string }>(),
    /** Drag and drop, Alt+Arrow keys, the move buttons and the "Move to section" menu. */
    'Exercise Moved': props<{ itemId: string; section: ProgramSection; index: number }>(),
    'Dose Changed': props<{ itemId: string; dose: Dose }>(),
    'Exercise Stepped': props<{ itemId: string; direction: StepDirection }>(),
    'Edit Undone': emptyProps(),
    'Edit Redone': emptyProps(),
    'Edits Discarded': emptyProps(),
    /** Unsaved work kept in the session draft, taken back after a reload. */
    'Draft Restored': props<{ program: Program; baseVersion: number }>(),
    'Save Submitted': props<{ patientId: string; request: SaveProgramRequest }>(),
    /** After a 409: the therapist chose to see the version someone else saved; their own edits go. */
    'Saved Version Taken': props<{ current: ProgramVersion }>(),
    'Template Applied': props<{ patientId: string; request: ApplyTemplateRequest }>(),
    'Template Saved': props<{ request: SaveTemplateRequest }>(),
    'History Opened': props<{ patientId: string }>(),
    'Version Viewed': props<{ patientId: string; version: number }>(),
    'Comparison Chosen': props<{ patientId: string; older: number; newer: number }>(),
    'Version Closed': emptyProps(),
    'Version Restored': props<{ patientId: string; request: SaveProgramRequest }>(),
  },
});

/** A save that lost to someone else's carries their version (`current`); any other failure `null`. */
export const programsApiActions = createActionGroup({
  source: 'Programs API',
  events: {
    'Program Load Succeeded': props<{ patientId: string; current: ProgramVersion | null }>(),
    'Program Load Failed': props<{ patientId: string; error: ApiError }>(),
    'Exercises Load Succeeded': props<{ exercises: ExerciseResponse[] }>(),
    'Exercises Load Failed': props<{ error: ApiError }>(),
    'Templates Load Succeeded': props<{ templates: TemplateResponse[] }>(),
    'Templates Load Failed': props<{ error: ApiError }>(),
    'Save Succeeded': props<{ saved: ProgramVersion }>(),
    'Save Failed': props<{ error: ApiError; current: ProgramVersion | null }>(),
    'Template Save Succeeded': props<{ template: TemplateResponse }>(),
    'Template Save Failed': props<{ error: ApiError }>(),
    'Versions Load Succeeded': props<{ patientId: string; versions: ProgramVersionSummary[] }>(),
    'Versions Load Failed': props<{ patientId: string; error: ApiError }>(),
    'Version Load Succeeded': props<{ version: ProgramVersion }>(),
    'Version Load Failed': props<{ error: ApiError }>(),
  },
});

import { standardDose } from '@domain/programs/dose';
import { findItem } from '@domain/programs/program';
import { catalogueResponse } from '../../../testing/sample-exercises';
import { sampleProgramVersion } from '../../../testing/sample-programs';
import { programTabActions, programsApiActions } from './programs.actions';
import { type ProgramState, initialProgramState, programsFeature } from './programs.feature';

const reducer = programsFeature.reducer;
const patientId = 'p-1';

function loaded(): ProgramState {
  const opened = reducer(initialProgramState, programTabActions.opened({ patientId }));
  const withLibrary = reducer(
    opened,
    programsApiActions.exercisesLoadSucceeded({
      exercises: ['wall-sit', 'bodyweight-squat', 'glute-bridge', 'single-leg-bridge'].map(
        catalogueResponse,
      ),
    }),
  );
  return reducer(
    withLibrary,
    programsApiActions.programLoadSucceeded({ patientId, current: sampleProgramVersion() }),
  );
}

const twelveReps = standardDose({ reps: 12 });

describe('programs reducer', () => {
  it('returns the same state for an unknown action', () => {
    const state = loaded();
    expect(reducer(state, { type: 'unknown' })).toBe(state);
  });

  it('shows the loaded version with nothing to undo', () => {
    const state = loaded();
    expect(state.program).toBe(state.saved!.program);
    expect(state.baseVersion).toBe(1);
    expect(state.past).toEqual([]);
  });

  it('undoes and redoes every edit since the last save, in order', () => {
    const start = loaded();
    const a = reducer(start, programTabActions.doseChanged({ itemId: 'i2', dose: twelveReps }));
    const b = reducer(
      a,
      programTabActions.exerciseMoved({ itemId: 'i1', section: 'other', index: 0 }),
    );
    expect(b.past).toEqual([start.program, a.program]);

    const undone = reducer(b, programTabActions.editUndone());
    expect(undone.program).toBe(a.program);
    const undoneTwice = reducer(undone, programTabActions.editUndone());
    expect(undoneTwice.program).toBe(start.program);
    expect(undoneTwice.past).toEqual([]);
    expect(reducer(undoneTwice, programTabActions.editUndone())).toBe(undoneTwice);

    const redone = reducer(undoneTwice, programTabActions.editRedone());
    expect(redone.program).toBe(a.program);
    expect(reducer(redone, programTabActions.editRedone()).program).toBe(b.program);
  });

  it('forgets the undone edits when a new edit is made', () => {
    const a = reducer(loaded(), programTabActions.doseChanged({ itemId: 'i2', dose: twelveReps }));
    const undone = reducer(a, programTabActions.editUndone());
    const other = reducer(undone, programTabActions.exerciseRemoved({ itemId: 'i1' }));
    expect(other.future).toEqual([]);
    expect(reducer(other, programTabActions.editRedone())).toBe(other);
  });

  it('leaves no step to undo for an edit that changes nothing', () => {
    const state = loaded();
    const next = reducer(
      state,
      programTabActions.exerciseMoved({ itemId: 'i1', section: 'quadriceps', index: 0 }),
    );
    expect(next.past).toEqual([]);
  });

  it('adds an exercise at the end of its section and says so', () => {
    const state = reducer(
      loaded(),
      programTabActions.exerciseAdded({
        section: 'quadriceps',
        exerciseId: 'bodyweight-squat',
        dose: twelveReps,
      }),
    );
    expect(state.program.sections.quadriceps.map((i) => i.exerciseId)).toEqual([
      'wall-sit',
      'bodyweight-squat',
    ]);
    expect(state.announcement).toContain('to Quadriceps');
  });

  it('announces a move with the new position', () => {
    const state = reducer(
      loaded(),
      programTabActions.exerciseMoved({ itemId: 'i1', section: 'glutes_hip', index: 0 }),
    );
    expect(state.announcement).toBe('Wall sit moved to Glutes & hip, position 1 of 2.');
  });

  it('progresses along the ladder and says what changed', () => {
    const state = reducer(
      loaded(),
      programTabActions.exerciseStepped({ itemId: 'i2', direction: 'progress' }),
    );
    const item = findItem(state.program, 'i2')!.item;
    expect(item.exerciseId).toBe('single-leg-bridge');
    expect(state.announcement).toContain('Single-leg bridge');
    expect(state.past.length).toBe(1);
  });

  it('after a save shows the saved version with nothing to undo', () => {
    const edited = reducer(
      loaded(),
      programTabActions.doseChanged({ itemId: 'i2', dose: twelveReps }),
    );
    const saving = reducer(
      edited,
      programTabActions.saveSubmitted({
        patientId,
        request: { version: 1, program: edited.program, changeSummary: null },
      }),
    );
    expect(saving.write.status).toBe('saving');
    const saved = sampleProgramVersion({ version: 2, program: edited.program });
    const state = reducer(saving, programsApiActions.saveSucceeded({ saved }));
    expect(state.saved).toBe(saved);
    expect(state.baseVersion).toBe(2);
    expect(state.past).toEqual([]);
    expect(state.write.status).toBe('saved');
  });

  it('keeps the edits when a save is stale, and drops them when the therapist takes the other version', () => {
    const edited = reducer(
      loaded(),
      programTabActions.doseChanged({ itemId: 'i2', dose: twelveReps }),
    );
    const current = sampleProgramVersion({ version: 2 });
    const stale = reducer(
      reducer(
        edited,
        programTabActions.saveSubmitted({
          patientId,
          request: { version: 1, program: edited.program },
        }),
      ),
      programsApiActions.saveFailed({
        error: { error: 'stale_version', message: 'Someone saved' },
        current,
      }),
    );
    expect(stale.write.status).toBe('stale');
    expect(stale.program).toBe(edited.program);
    const taken = reducer(stale, programTabActions.savedVersionTaken({ current }));
    expect(taken.program).toBe(current.program);
    expect(taken.baseVersion).toBe(2);
    expect(taken.write.status).toBe('idle');
  });

  it('restores a draft as an undoable edit at the version it began from', () => {
    const draft = sampleProgramVersion().program;
    const state = reducer(
      loaded(),
      programTabActions.draftRestored({ program: { ...draft }, baseVersion: 1 }),
    );
    expect(state.past.length).toBe(1);
    expect(state.baseVersion).toBe(1);
  });

  it('discards unsaved edits back to the saved version', () => {
    const start = loaded();
    const edited = reducer(start, programTabActions.exerciseRemoved({ itemId: 'i1' }));
    const state = reducer(edited, programTabActions.editsDiscarded());
    expect(state.program).toBe(start.program);
    expect(state.past).toEqual([]);
  });

  it('keeps unsaved edits when the same patient is read again', () => {
    const edited = reducer(loaded(), programTabActions.exerciseRemoved({ itemId: 'i1' }));
    const reopened = reducer(edited, programTabActions.opened({ patientId }));
    const read = reducer(
      reopened,
      programsApiActions.programLoadSucceeded({
        patientId,
        current: sampleProgramVersion({ version: 3 }),
      }),
    );
    expect(read.program).toBe(edited.program);
    expect(read.baseVersion).toBe(1);
    expect(read.saved!.version).toBe(3);
  });

  it('starts from nothing for another patient, keeping the library', () => {
    const edited = reducer(loaded(), programTabActions.exerciseRemoved({ itemId: 'i1' }));
    const other = reducer(edited, programTabActions.opened({ patientId: 'p-2' }));
    expect(other.past).toEqual([]);
    expect(other.exercises.length).toBe(4);
    expect(other.exercisesStatus).toBe('loaded');
  });

  it('ignores a load answer for a patient no longer shown', () => {
    const state = loaded();
    expect(
      reducer(state, programsApiActions.programLoadSucceeded({ patientId: 'p-2', current: null })),
    ).toBe(state);
  });

  it('remembers versions read and what is shown', () => {
    const v = sampleProgramVersion({ version: 2 });
    const state = reducer(
      reducer(loaded(), programTabActions.comparisonChosen({ patientId, older: 2, newer: 1 })),
      programsApiActions.versionLoadSucceeded({ version: v }),
    );
    expect(state.shown).toEqual({ kind: 'two', older: 1, newer: 2 });
    expect(state.versionCache[2]).toBe(v);
    expect(reducer(state, programTabActions.versionClosed()).shown).toEqual({ kind: 'none' });
  });

  it('adds a saved clinic template to the list', () => {
    const template = {
      id: 't-1',
      name: 'Our PFP start',
      summary: '',
      diagnoses: [],
      sources: [],
      program: sampleProgramVersion().program,
      builtIn: false,
    };
    const saving = reducer(
      loaded(),
      programTabActions.templateSaved({
        request: { name: 'Our PFP start', program: template.program },
      }),
    );
    expect(saving.templateSave.status).toBe('saving');
    const state = reducer(saving, programsApiActions.templateSaveSucceeded({ template }));
    expect(state.templates).toContain(template);
    expect(state.templateSave.status).toBe('saved');
  });
});

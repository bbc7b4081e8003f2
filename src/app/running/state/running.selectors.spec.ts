import { fromMetres, toMetres } from '@domain/training-load/distance';
import { weeklyTotals } from '@domain/training-load/run-log';
import { samplePatient } from '../../../testing/sample-patients';
import {
  runningToday,
  sampleMileagePlan,
  sampleRun,
  sampleRuns,
  sampleWalkJogPlan,
} from '../../../testing/sample-running';
import { draftOf, initialRunningState } from './running.feature';
import {
  selectCurrentRatio,
  selectEditedRun,
  selectFlagItems,
  selectFlags,
  selectLoadFlags,
  selectLoadWeeks,
  selectMileagePlan,
  mergeWeeks,
  selectPlanConflict,
  selectPlanEditor,
  selectPlanRuleFlags,
  selectRatios,
  selectRunningDraft,
  selectRunningLoad,
  selectRunningReadOnly,
  selectRunningUnit,
  selectSuggestionPreview,
  selectWalkJogAdvice,
  selectWalkJogSessions,
  selectWeeklyTotals,
  weekChanges,
} from './running.selectors';

const plan = sampleMileagePlan();
const mileage = { settings: plan.settings, weeks: plan.weeks };
const runs = sampleRuns();
const totals = weeklyTotals(runs, runningToday);
const loadFlags = selectLoadFlags.projector(totals, mileage, 'mi');
const flags = selectFlags.projector(loadFlags, []);
const items = selectFlagItems.projector(flags, mileage, totals, runningToday);
const idle = initialRunningState.planSave;

describe('running selectors', () => {
  it('reads distances in the plan’s unit, else the patient’s', () => {
    const ana = samplePatient({ distanceUnit: 'km' });
    expect(selectRunningUnit.projector(plan, ana)).toBe('mi');
    expect(selectRunningUnit.projector(sampleWalkJogPlan(), ana)).toBe('km');
    expect(selectRunningUnit.projector(null, null)).toBe('mi');
  });

  it('makes a discharged patient’s running read-only', () => {
    expect(selectRunningReadOnly.projector(samplePatient({ status: 'discharged' }))).toBeTrue();
    expect(selectRunningReadOnly.projector(samplePatient())).toBeFalse();
  });

  it('is ready once the plan and the runs are in, and failed if either failed', () => {
    expect(selectRunningLoad.projector('loaded', 'loaded')).toBe('ready');
    expect(selectRunningLoad.projector('loaded', 'loading')).toBe('loading');
    expect(selectRunningLoad.projector('failed', 'loaded')).toBe('failed');
    expect(selectRunningLoad.projector('loaded', 'failed')).toBe('failed');
  });

  it('reads only a mileage plan as one', () => {
    expect(selectMileagePlan.projector(plan)).toEqual(mileage);
    expect(selectMileagePlan.projector(sampleWalkJogPlan())).toBeNull();
  });

  it('totals the runs by Monday week through the week holding today', () => {
    const weeks = selectWeeklyTotals.projector(runs, runningToday);
    expect(weeks.map((week) => week.weekStart)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(fromMetres(weeks[6].metres, 'mi')).toBe(19.6);
  });

  it('flags the 35 % week, its two-week rise and the next-morning pain, with their sources', () => {
    const jump = loadFlags.filter((flag) => flag.week === '2026-11-16');
    expect(jump.map((flag) => [flag.rule, flag.severity])).toEqual([
      ['next-morning-pain', 'red'],
      ['weekly-increase', 'amber'],
      ['two-week-increase', 'amber'],
      ['pain-during', 'amber'],
      ['acute-chronic-ratio', 'info'],
    ]);
    const twoWeek = jump.find((flag) => flag.rule === 'two-week-increase')!;
    expect(twoWeek.message).toContain('50.8 %');
    expect(twoWeek.source.citation).toContain('Nielsen et al. 2014');
  });

  it('flags planned weeks that break the plan’s rules', () => {
    const weeks = plan.weeks.map((week, i) =>
      i === 2 ? { ...week, plannedMetres: toMetres(14, 'mi') } : week,
    );
    const ruleFlags = selectPlanRuleFlags.projector({ settings: plan.settings, weeks });
    expect(ruleFlags.map((flag) => flag.id)).toContain('plan-increase:2026-10-19');
    expect(selectPlanRuleFlags.projector(null)).toEqual([]);
  });

  it('lists the latest week first, red before amber before informational, each with its suggestions', () => {
    expect(items[0].flag.week).toBe('2026-11-16');
    expect(items.slice(0, 5).map((item) => item.flag.severity)).toEqual([
      'red',
      'amber',
      'amber',
      'amber',
      'info',
    ]);
    expect(items[items.length - 1].flag.week).toBe('2026-11-09');
    const morning = items.find((item) => item.flag.rule === 'next-morning-pain')!;
    expect(morning.suggestions.map((s) => [s.kind, s.recommended])).toEqual([
      ['reduce', true],
      ['rebuild', false],
    ]);
    const walkJog = selectFlagItems.projector(flags, null, totals, runningToday);
    expect(walkJog.every((item) => item.suggestions.length === 0)).toBeTrue();
  });

  it("previews a suggestion: only later weeks change, and the save it would send", () => {
    const id = 'next-morning-pain:2026-11-16:reduce';
    const preview = selectSuggestionPreview.projector(id, items, plan, runningToday)!;
    expect(preview.suggestion.kind).toBe('reduce');
    expect(preview.changes.every((change) => change.weekStart >= '2026-11-30')).toBeTrue();
    expect(preview.changes[0]).toEqual({
      weekStart: '2026-11-30',
      before: plan.weeks[8],
      after: { weekStart: '2026-11-30', plannedMetres: toMetres(13, 'mi'), kind: 'hold' },
    });
    expect(preview.request.version).toBe(plan.version);
    expect(preview.request.distanceUnit).toBe('mi');
    expect(preview.request.weeks.slice(0, 8)).toEqual(
      draftOf(plan).slice(0, 8).map((week) => ({ ...week, distance: week.distance! })),
    );
    expect(preview.request.weeks[8]).toEqual({ weekStart: '2026-11-30', distance: 13, kind: 'hold' });
    expect(selectSuggestionPreview.projector(null, items, plan, runningToday)).toBeNull();
    expect(selectSuggestionPreview.projector('unknown', items, plan, runningToday)).toBeNull();
  });

  it('finds the weeks two plans differ in', () => {
    const after = plan.weeks.map((week, i) => (i === 9 ? { ...week, kind: 'hold' as const } : week));
    expect(weekChanges(plan.weeks, after).map((change) => change.weekStart)).toEqual(['2026-12-07']);
    expect(weekChanges(plan.weeks, plan.weeks.slice(0, -1))[0].after).toBeNull();
  });

  it('joins planned and actual weeks with their ratio and flags', () => {
    const ratios = selectRatios.projector(totals);
    const weeks = selectLoadWeeks.projector(mileage, totals, ratios, flags);
    expect(weeks.length).toBe(11);
    const jump = weeks.find((week) => week.weekStart === '2026-11-16')!;
    expect(jump.plannedMetres).toBe(plan.weeks[6].plannedMetres);
    expect(fromMetres(jump.actualMetres!, 'mi')).toBe(19.6);
    expect(jump.maxPainNextMorning).toBe(6);
    expect(jump.ratio).toBe(1.58);
    expect(jump.flags.length).toBe(5);
    const first = weeks[0];
    expect(first.ratio).toBeNull();
    expect(first.ratioReason).toContain('needs 4 earlier weeks');
    const later = weeks.find((week) => week.weekStart === '2026-12-14')!;
    expect(later.actualMetres).toBeNull();
  });

  it('gives the latest week’s ratio, or why there is none', () => {
    expect(selectCurrentRatio.projector(selectRatios.projector(totals))!.ratio).toBe(0.28);
    const short = selectRatios.projector(totals.slice(0, 2));
    expect(selectCurrentRatio.projector(short)!.reason).toBe(
      'The ratio needs 4 earlier weeks of the run log; this week has 1 earlier week.',
    );
    expect(selectCurrentRatio.projector([])).toBeNull();
  });

  describe('the plan editor', () => {
    it('shows the saved plan when nothing is edited', () => {
      const editor = selectPlanEditor.projector(plan, null, null, [], idle, totals)!;
      expect(editor.dirty).toBeFalse();
      expect(editor.canUndo).toBeFalse();
      expect(editor.rows.length).toBe(11);
      expect(editor.rows[2]).toEqual({
        weekStart: '2026-10-19',
        distance: 12.1,
        kind: 'build',
        actualMetres: totals[2].metres,
        errors: [],
        flags: [],
        changed: false,
      });
      expect(editor.request!.version).toBe(2);
      expect(selectPlanEditor.projector(sampleWalkJogPlan(), null, null, [], idle, totals)).toBeNull();
    });

    it('marks the edited week that breaks the 10 % rule, saved at the version the edits began from', () => {
      const draft = draftOf(plan).map((week, i) => (i === 2 ? { ...week, distance: 14 } : week));
      const newer = { ...plan, version: 5 };
      const editor = selectPlanEditor.projector(newer, draft, 2, [draftOf(plan)], idle, totals)!;
      expect(editor.dirty).toBeTrue();
      expect(editor.canUndo).toBeTrue();
      expect(editor.rows[2].changed).toBeTrue();
      expect(editor.rows[2].flags.map((flag) => flag.rule)).toEqual(['plan-increase']);
      expect(editor.rows[2].flags[0].message).toContain('27.3 %');
      expect(editor.request!.version).toBe(2);
      expect(editor.request!.weeks[2].distance).toBe(14);
    });

    it('has nothing to save when the edits end where they began', () => {
      const back = draftOf(plan);
      const editor = selectPlanEditor.projector(plan, back, 2, [draftOf(plan), back], idle, totals)!;
      expect(editor.dirty).toBeFalse();
      expect(editor.canUndo).toBeTrue();
      const shorter = selectPlanEditor.projector(plan, back.slice(0, -1), 2, [back], idle, totals)!;
      expect(shorter.dirty).toBeTrue();
    });

    it("gives each week the contract's message and the server's, and sends nothing until they are fixed", () => {
      const rejected = {
        ...idle,
        status: 'failed' as const,
        origin: 'edit' as const,
        error: {
          error: 'validation_failed',
          message: 'Check the weeks.',
          fields: { 'weeks.4.distance': ['Too far for this patient.'] },
        },
      };
      const empty = draftOf(plan).map((week, i) => (i === 1 ? { ...week, distance: null } : week));
      const editor = selectPlanEditor.projector(plan, empty, 2, [], rejected, totals)!;
      expect(editor.request).toBeNull();
      expect(editor.rows[1].errors).toEqual(['Enter the planned distance as a number.']);
      expect(editor.rows[4].errors).toEqual(['Too far for this patient.']);
      expect(editor.rows.every((row) => row.flags.length === 0)).toBeTrue();

      const tooFar = draftOf(plan).map((week, i) => (i === 3 ? { ...week, distance: 500 } : week));
      const limited = selectPlanEditor.projector(plan, tooFar, 2, [], idle, totals)!;
      expect(limited.request).toBeNull();
      expect(limited.rows[3].errors).toEqual(['A planned week is at most 186.4 mi.']);
    });
  });

  describe('walk–jog', () => {
    const sessionRuns = [
      sampleRun({
        date: '2026-11-20',
        walkJog: { level: 2, completed: true, soreness: 'none', swellingIncreased: false },
      }),
      sampleRun({ date: '2026-11-21' }),
      sampleRun({
        date: '2026-11-18',
        walkJog: { level: 2, completed: false, soreness: 'none', swellingIncreased: false },
      }),
    ];

    it('reads the sessions logged with runs, oldest first', () => {
      expect(selectWalkJogSessions.projector(sessionRuns).map((s) => s.date)).toEqual([
        '2026-11-18',
        '2026-11-20',
      ]);
    });

    it('advises the next session once one is logged', () => {
      const sessions = selectWalkJogSessions.projector(sessionRuns);
      const advice = selectWalkJogAdvice.projector(sampleWalkJogPlan(), sessions, runningToday)!;
      expect(advice.level).toBe(3);
      expect(advice.moveUp).toBeTrue();
      expect(selectWalkJogAdvice.projector(sampleWalkJogPlan(), [], runningToday)).toBeNull();
      expect(selectWalkJogAdvice.projector(plan, sessions, runningToday)).toBeNull();
    });
  });

  it('finds the run the form edits', () => {
    const run = sampleRun();
    const entities = { [run.id]: run };
    expect(selectEditedRun.projector({ open: true, runId: run.id, value: null }, entities)).toBe(run);
    expect(selectEditedRun.projector({ open: true, runId: null, value: null }, entities)).toBeNull();
    expect(selectEditedRun.projector({ open: false, runId: run.id, value: null }, entities)).toBeNull();
  });

  describe('a plan save that lost to someone else’s', () => {
    const base = draftOf(plan);
    const theirs = base.map((week, i) => (i === 8 ? { ...week, distance: 17 } : week));
    const mine = base.map((week, i) => (i === 9 ? { ...week, distance: 18 } : week));

    it('keeps the weeks this therapist changed and the saved plan’s other weeks', () => {
      const merged = mergeWeeks(theirs, mine, base);
      expect(merged[8].distance).toBe(17);
      expect(merged[9].distance).toBe(18);
      expect(merged[10]).toEqual(base[10]);
    });

    it('keeps weeks this therapist added or removed', () => {
      const added = [...mine, { weekStart: '2026-12-21', distance: 20, kind: 'hold' as const }];
      expect(mergeWeeks(theirs, added, base).length).toBe(12);
      expect(mergeWeeks(theirs, mine.slice(0, -1), base).length).toBe(10);
    });

    it('keeps this therapist’s plan whole when merging would leave a gap', () => {
      const shorter = theirs.slice(0, 6);
      const added = [...mine, { weekStart: '2026-12-21', distance: 20, kind: 'hold' as const }];
      expect(mergeWeeks(shorter, added, base)).toEqual(added);
    });

    it('compares the saved weeks with the edits and saves the merge at the saved version', () => {
      const current = sampleMileagePlan({
        version: 3,
        weeks: plan.weeks.map((week, i) => (i === 8 ? { ...week, plannedMetres: toMetres(17, 'mi') } : week)),
      });
      const stale = {
        status: 'stale' as const,
        error: { error: 'stale_version', message: 'Stale.' },
        current,
        request: { version: 2, distanceUnit: 'mi' as const, weeks: mine as never },
        origin: 'edit' as const,
      };
      const conflict = selectPlanConflict.projector(stale, plan, [base])!;
      expect(conflict.weeks.map((week) => week.weekStart)).toEqual(['2026-11-30', '2026-12-07']);
      expect(conflict.request.version).toBe(3);
      expect(conflict.request.weeks[8].distance).toBe(17);
      expect(conflict.request.weeks[9].distance).toBe(18);
      expect(selectPlanConflict.projector({ ...stale, current: sampleWalkJogPlan() }, plan, [base])).toBeNull();
      expect(selectPlanConflict.projector({ ...stale, status: 'failed' }, plan, [base])).toBeNull();
    });
  });
});

describe('selectRunningDraft', () => {
  const plan = sampleMileagePlan();
  const saved = draftOf(plan);
  const edited = saved.map((week, i) => (i === 0 ? { ...week, distance: 12 } : week));
  const editor = (dirty: boolean) => ({
    unit: 'mi' as const,
    rows: [],
    dirty,
    canUndo: dirty,
    request: null,
    planErrors: [],
  });
  const closedForm = initialRunningState.runForm;
  const typed = {
    date: runningToday,
    distance: 3,
    durationMinutes: null,
    painDuring: null,
    painNextMorning: null,
    notes: '',
    walkJog: { level: null, completed: true, soreness: 'none' as const, swellingIncreased: false },
  };

  it('is null when nothing is unsaved', () => {
    expect(selectRunningDraft.projector(plan, null, null, [], editor(false), closedForm)).toBeNull();
  });

  it('holds changed weeks with the weeks and version they began from', () => {
    const draft = selectRunningDraft.projector(plan, edited, 2, [saved], editor(true), closedForm);
    expect(draft).toEqual({ plan: { weeks: edited, baseWeeks: saved, version: 2 }, run: null });
  });

  it('leaves out edits that came back to the saved weeks', () => {
    expect(selectRunningDraft.projector(plan, saved, 2, [saved, edited], editor(false), closedForm)).toBeNull();
  });

  it('holds a run being typed, but not an untouched open form', () => {
    const untouched = { open: true, runId: null, value: null };
    expect(selectRunningDraft.projector(plan, null, null, [], editor(false), untouched)).toBeNull();
    const typing = { open: true, runId: 'r1', value: typed };
    expect(selectRunningDraft.projector(plan, null, null, [], editor(false), typing)).toEqual({
      plan: null,
      run: { runId: 'r1', value: typed },
    });
  });
});

import { marcusId, priyaId, sampleSummary } from '../../testing/sample-caseload';
import { caseloadCharts } from './caseload-charts';
import { defaultView } from './caseload-view';

describe('caseloadCharts', () => {
  const view = { ...defaultView, from: '2026-11-09' };
  const [active, weekly, mix, flagged] = caseloadCharts(sampleSummary(), view, 'en-US');

  it('stacks each therapist’s active patients by diagnosis, and each segment opens those patients', () => {
    expect(active.config.data.labels).toEqual(['Marcus Bell', 'Priya Raman']);
    expect(active.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ["Runner's knee", [0, 2]],
      ['IT band', [2, 1]],
    ]);
    expect(active.links[1][0]).toEqual({
      therapistId: marcusId,
      diagnosis: 'itbs',
      status: 'active',
    });
    expect(active.table.rows[1]).toEqual({
      label: 'Priya Raman',
      cells: [
        {
          value: '2',
          link: { therapistId: priyaId, diagnosis: 'patellofemoral_pain', status: 'active' },
        },
        { value: '1', link: { therapistId: priyaId, diagnosis: 'itbs', status: 'active' } },
        { value: '3', link: { therapistId: priyaId, status: 'active' } },
      ],
    });
  });

  it('draws new against discharged per Monday week', () => {
    expect(weekly.config.data.labels).toEqual(['Nov 9', 'Nov 16', 'Nov 23']);
    expect(weekly.config.data.datasets.map((d) => d.data)).toEqual([
      [2, 0, 1],
      [0, 1, 1],
    ]);
    expect(weekly.links[1][2]).toEqual({
      status: 'discharged',
      sort: 'updatedAt',
      direction: 'desc',
    });
    expect(weekly.summary).toContain('3 patients new and 2 patients discharged over 3 weeks');
  });

  it('gives the diagnosis mix with shares in its table', () => {
    expect(mix.table.rows.map((r) => [r.label, r.cells.map((c) => c.value)])).toEqual([
      ["Patellofemoral pain (runner's knee)", ['2', '40 %']],
      ['IT band syndrome', ['3', '60 %']],
    ]);
  });

  it('counts flagged patients per therapist, including those with none', () => {
    expect(flagged.config.data.datasets[0].data).toEqual([1, 1]);
    expect(flagged.empty).toBeNull();
  });

  it('says plainly when a chart has nothing to draw', () => {
    const none = caseloadCharts(
      sampleSummary({ activeByTherapist: [], diagnosisMix: [] }),
      defaultView,
      'en-US',
    );
    expect(none[0].empty).toBe('No active patients match these filters.');
    expect(none[2].empty).toBe('No active patients match these filters.');
  });

  it('shows only the therapist the figures are about', () => {
    const own = caseloadCharts(sampleSummary({ therapistId: priyaId }), defaultView, 'en-US');
    expect(own[0].config.data.labels).toEqual(['Priya Raman']);
  });
});

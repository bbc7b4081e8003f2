import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { Run } from '@domain/contracts/running';
import { sampleRun } from '../../../testing/sample-running';
import { RunLog } from './run-log';

describe('RunLog', () => {
  let fixture: ComponentFixture<RunLog>;
  let element: HTMLElement;
  const painful = sampleRun({ date: '2026-11-17', miles: 19.6, painDuring: 4, painNextMorning: 6 });
  const session = sampleRun({
    date: '2026-11-20',
    miles: 2,
    painNextMorning: null,
    walkJog: { level: 2, completed: false, soreness: 'after', swellingIncreased: true },
  });

  async function render(runs: Run[], readOnly = false): Promise<void> {
    fixture = TestBed.createComponent(RunLog);
    fixture.componentRef.setInput('runs', runs);
    fixture.componentRef.setInput('unit', 'mi');
    fixture.componentRef.setInput('readOnly', readOnly);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function cells(row: number): string[] {
    return [...element.querySelectorAll('tbody tr')[row].children].map((cell) =>
      cell.textContent!.trim(),
    );
  }

  it('lists runs with headers, pain in numbers and zone words', async () => {
    await render([session, painful]);
    const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).toEqual([
      'Date',
      'Distance (mi)',
      'Minutes',
      'Pain during (0–10)',
      'Pain next morning (0–10)',
      'Walk–jog session',
      'Notes',
      'Actions',
    ]);
    expect(cells(1).slice(0, 5)).toEqual(['Nov 17, 2026', '19.6', '50', '4 (amber)', '6 (red)']);
    expect(cells(0)[4]).toBe('Not logged');
    expect(cells(0)[5]).toBe('Level 2, not completed, sore after the session, swelling increased');
  });

  it('names its icon buttons and emits which run to edit or delete', async () => {
    await render([painful]);
    const edits: string[] = [];
    const deletes: Run[] = [];
    fixture.componentInstance.editRequested.subscribe((id) => edits.push(id));
    fixture.componentInstance.deleteRequested.subscribe((run) => deletes.push(run));
    const [edit, remove] = [...element.querySelectorAll<HTMLButtonElement>('tbody button')];
    expect(edit.getAttribute('aria-label')).toBe('Edit the run of Nov 17, 2026');
    expect(remove.getAttribute('aria-label')).toBe('Delete the run of Nov 17, 2026');
    edit.click();
    remove.click();
    expect(edits).toEqual([painful.id]);
    expect(deletes).toEqual([painful]);
  });

  it('offers no changes on a discharged patient’s log, and says when it is empty', async () => {
    await render([painful], true);
    expect(element.querySelector('button')).toBeNull();
    TestBed.resetTestingModule();
    await render([]);
    expect(element.textContent).toContain('No runs are logged yet.');
  });
});

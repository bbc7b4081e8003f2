import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { CrossTrainingVersion } from '@domain/contracts/cross-training';
import { swimBikePlan } from '@domain/cross-training/sample-plan';
import { sampleCrossTrainingVersion } from '../../../testing/sample-cross-training';
import { PlanVersions, planInWords } from './plan-versions';

function summary({ plan: _plan, ...rest }: CrossTrainingVersion) {
  return rest;
}

describe('PlanVersions', () => {
  let fixture: ComponentFixture<PlanVersions>;
  let host: HTMLElement;
  let events: unknown[];
  const v1 = sampleCrossTrainingVersion(1);
  const v2 = sampleCrossTrainingVersion(2, swimBikePlan({ weeks: 8 }));

  async function render(
    shown: CrossTrainingVersion | null,
    restoreBlocked: string | null = null,
  ): Promise<void> {
    fixture = TestBed.createComponent(PlanVersions);
    fixture.componentRef.setInput('versions', [summary(v2), summary(v1)]);
    fixture.componentRef.setInput('shown', shown);
    fixture.componentRef.setInput('restoreBlocked', restoreBlocked);
    events = [];
    fixture.componentInstance.viewed.subscribe((v) => events.push({ viewed: v }));
    fixture.componentInstance.restored.subscribe((v) => events.push({ restored: v.version }));
    fixture.componentInstance.closed.subscribe(() => events.push('closed'));
    host = fixture.nativeElement;
    await fixture.whenStable();
  }

  function button(label: string): HTMLButtonElement {
    const found = [...host.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent!.trim() === label || b.getAttribute('aria-label') === label,
    );
    if (!found) throw new Error(`No button "${label}"`);
    return found;
  }

  it('lists every version newest first with who saved it and what changed', async () => {
    await render(null);
    const rows = [...host.querySelectorAll('tbody tr')].map((r) =>
      r.querySelector('th')!.textContent!.trim(),
    );
    expect(rows).toEqual(['2', '1']);
    expect(host.textContent).toContain('Priya Shah');
    expect(host.textContent).toContain('Plan made: 2 sessions over 6 weeks.');
    button('View version 1').click();
    expect(events).toEqual([{ viewed: 1 }]);
  });

  it('shows an earlier version in words and restores it as a new version', async () => {
    await render(v1);
    const shown = host.querySelector('section.shown')!;
    expect(shown.textContent).toContain('Version 1, saved');
    expect(shown.textContent).toContain(
      'Swimming: 30 min, effort 4 — between Moderate and Strong (heavy), Tuesday',
    );
    button('Restore as a new version').click();
    button('Close').click();
    expect(events).toEqual([{ restored: 1 }, 'closed']);
  });

  it('offers no restore for the newest version', async () => {
    await render(v2);
    expect(host.querySelector('section.shown')!.textContent).not.toContain('Restore');
  });

  it('says why a restore is blocked and disables it', async () => {
    await render(v1, 'Save or undo your changes first.');
    expect(button('Restore as a new version').disabled).toBeTrue();
    expect(host.textContent).toContain('Save or undo your changes first.');
  });
});

describe('a plan in words', () => {
  it('says the weeks, the progression, each session and the run days', () => {
    const words = planInWords(
      swimBikePlan({ weekEdits: [{ week: 1, sessionId: 'swim', minutes: 40 }] }),
    );
    expect(words.settings).toBe(
      '6 weeks, rising 10 % a week up to 45 min a session, 1 week set by hand.',
    );
    expect(words.sessions[1]).toBe(
      'Stationary cycling: 20 min, heart-rate zone 4, Thursday, Saturday',
    );
    expect(words.runs).toBe('Runs: Monday (easy), Wednesday (easy), Sunday (hard).');
    const plain = planInWords(
      swimBikePlan({ weeks: 1, progression: { kind: 'none' }, runDays: [] }),
    );
    expect(plain.settings).toBe('1 week, the same minutes every week.');
    expect(plain.runs).toBe('No run days.');
  });
});

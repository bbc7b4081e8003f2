import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ProgramVersion, ProgramVersionSummary } from '@domain/contracts/programs';
import { emptyProgram } from '@domain/programs/program';
import { sampleProgramVersion } from '../../../testing/sample-programs';
import { priyaShah } from '../../../testing/sample-patients';
import { formatClinicDate } from '../../ui/clinic-date-pipe';
import type { VersionComparison } from '../state/programs.selectors';
import { ProgramVersions } from './program-versions';

const names: ReadonlyMap<string, string> = new Map([
  ['wall-sit', 'Wall sit'],
  ['glute-bridge', 'Glute bridge'],
]);

function summary(version: ProgramVersion): ProgramVersionSummary {
  const { program: _program, ...rest } = version;
  return rest;
}

const v1 = sampleProgramVersion();
const v2 = sampleProgramVersion({
  version: 2,
  savedAt: '2026-12-02T09:05:00.000Z',
  savedBy: priyaShah,
  changeSummary: null,
});
const v3 = sampleProgramVersion({
  version: 3,
  savedAt: '2026-12-02T10:15:00.000Z',
  changeSummary: 'Bridge progressed',
});
/** Newest first, as the history comes. */
const history = [v3, v2, v1].map(summary);

describe('ProgramVersions', () => {
  let fixture: ComponentFixture<ProgramVersions>;
  let host: HTMLElement;
  let events: unknown[];

  async function render(inputs: Partial<Record<string, unknown>> = {}): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(ProgramVersions);
    for (const [name, value] of Object.entries({ versions: history, names, ...inputs }))
      fixture.componentRef.setInput(name, value);
    events = [];
    const component = fixture.componentInstance;
    component.viewed.subscribe((v) => events.push({ viewed: v }));
    component.compared.subscribe((c) => events.push({ compared: c }));
    component.closed.subscribe(() => events.push('closed'));
    component.restored.subscribe((v) => events.push({ restored: v.version }));
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  }

  afterEach(() => host.remove());

  function button(text: string, root: ParentNode = host): HTMLButtonElement {
    const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent!.trim() === text || b.getAttribute('aria-label') === text,
    );
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  function text(element: Element | null): string {
    return element!.textContent!.replace(/\s+/g, ' ').trim();
  }

  it('says the versions are loading', async () => {
    await render({ loading: true });
    expect(text(host)).toBe('Loading the versions…');
    expect(host.querySelector('table')).toBeNull();
  });

  it('says no version is saved yet', async () => {
    await render({ versions: [] });
    expect(text(host)).toBe('No version is saved yet.');
  });

  it('lists every version newest first, with when, by whom and what changed', async () => {
    await render();
    const table = host.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('Saved versions, newest first');
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['3', formatClinicDate(v3.savedAt, 'dateTime'), 'Tom Reyes', 'Bridge progressed'],
      ['2', formatClinicDate(v2.savedAt, 'dateTime'), 'Priya Shah', '—'],
      ['1', formatClinicDate(v1.savedAt, 'dateTime'), 'Tom Reyes', 'Program made with 2 exercises'],
    ]);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).toBe('row');
  });

  it('asks to view a version from its row', async () => {
    await render();
    button('View version 2').click();
    expect(events).toEqual([{ viewed: 2 }]);
  });

  it('compares the two newest versions unless others are chosen', async () => {
    await render();
    button('Compare').click();
    expect(events).toEqual([{ compared: { older: 2, newer: 3 } }]);
  });

  it('compares the version chosen in the list', async () => {
    await render();
    const [olderSelect] = host.querySelectorAll<HTMLElement>('mat-select');
    olderSelect.click();
    await fixture.whenStable();
    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (o) => o.textContent!.trim() === 'Version 1',
    )!;
    option.click();
    await fixture.whenStable();
    button('Compare').click();
    expect(events).toEqual([{ compared: { older: 1, newer: 3 } }]);
  });

  it('offers no comparison with a single version', async () => {
    await render({ versions: [summary(v1)] });
    expect(host.querySelector('.compare')).toBeNull();
  });

  it('shows a version in full, each exercise with its section and dose', async () => {
    await render({ shown: v1 });
    const shown = host.querySelector('section.shown')!;
    expect(text(shown.querySelector('h3'))).toBe(
      `Version 1, saved ${formatClinicDate(v1.savedAt, 'dateTime')} by Tom Reyes`,
    );
    expect([...shown.querySelectorAll('li')].map((li) => text(li))).toEqual([
      'Wall sit (Quadriceps): 3 sets of a 30-second hold · Body weight',
      'Glute bridge (Glutes & hip): 3 sets of 10 repetitions · Body weight',
    ]);
  });

  it('names an exercise no longer in the library as unknown, and an empty version as such', async () => {
    await render({ shown: v1, names: new Map([['glute-bridge', 'Glute bridge']]) });
    expect(text(host.querySelector('section.shown li'))).toContain('An unknown exercise');
    fixture.componentRef.setInput('shown', { ...v1, program: emptyProgram() });
    await fixture.whenStable();
    expect(text(host.querySelector('section.shown ul'))).toBe('No exercises.');
  });

  it('restores an earlier version as a new one, and closes it', async () => {
    await render({ shown: v1 });
    button('Restore as a new version').click();
    button('Close', host.querySelector('section.shown')!).click();
    expect(events).toEqual([{ restored: 1 }, 'closed']);
  });

  it('offers no restore for the newest version', async () => {
    await render({ shown: v3 });
    expect(host.querySelector('section.shown')!.textContent).not.toContain('Restore');
  });

  it('says why a restore is blocked and disables it', async () => {
    await render({ shown: v1, restoreBlocked: 'Save or discard your changes first.' });
    expect(button('Restore as a new version').disabled).toBeTrue();
    expect(text(host.querySelector('.blocked'))).toBe('Save or discard your changes first.');
  });

  it('lists what was added, removed and changed between two versions', async () => {
    const comparison: VersionComparison = {
      older: v1,
      newer: v3,
      added: [{ itemId: 'i3', name: 'Step-up', section: 'Quadriceps' }],
      removed: [{ itemId: 'i1', name: 'Wall sit', section: 'Quadriceps' }],
      changed: [
        {
          itemId: 'i2',
          name: 'Single-leg bridge',
          section: 'Glutes & hip',
          changes: ['replaced Glute bridge', 'sets 3 → 4'],
        },
      ],
    };
    await render({ comparison });
    const region = host.querySelector('section[aria-labelledby="comparison-heading"]')!;
    expect(text(region.querySelector('h3'))).toBe('Version 1 compared with version 3');
    expect(text(region.querySelector('ul.added'))).toBe('Step-up (Quadriceps)');
    expect(text(region.querySelector('ul.removed'))).toBe('Wall sit (Quadriceps)');
    expect(text(region.querySelector('ul.changed'))).toBe(
      'Single-leg bridge: replaced Glute bridge; sets 3 → 4',
    );
    button('Close', region).click();
    expect(events).toEqual(['closed']);
  });

  it('says when two versions are the same', async () => {
    await render({ comparison: { older: v1, newer: v3, added: [], removed: [], changed: [] } });
    expect(host.querySelector('section.shown')!.textContent).toContain(
      'The two versions hold the same exercises and doses.',
    );
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { sampleProgramVersion } from '../../../testing/sample-programs';
import { formatClinicDate } from '../../ui/clinic-date-pipe';
import { StaleProgramPanel } from './stale-program-panel';

describe('StaleProgramPanel', () => {
  let fixture: ComponentFixture<StaleProgramPanel>;
  let host: HTMLElement;
  let choices: string[];

  const theirs = sampleProgramVersion({ version: 4, changeSummary: 'Squat dose raised' });

  async function render(busy = false, current = theirs): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(StaleProgramPanel);
    fixture.componentRef.setInput('current', current);
    fixture.componentRef.setInput('busy', busy);
    choices = [];
    fixture.componentInstance.keptMine.subscribe(() => choices.push('mine'));
    fixture.componentInstance.tookTheirs.subscribe(() => choices.push('theirs'));
    host = fixture.nativeElement;
    // Attached, so the heading can take focus.
    document.body.appendChild(host);
    await fixture.whenStable();
  }

  afterEach(() => host.remove());

  function button(text: string): HTMLButtonElement {
    const found = [...host.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  it('says who saved which version, when and why, in an alert', async () => {
    await render();
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.querySelector('h3')!.textContent!.trim()).toBe(
      'Someone else saved this program while you were editing',
    );
    const said = alert.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(said).toBe(
      `Tom Reyes saved version 4 at ${formatClinicDate(theirs.savedAt, 'dateTime')}: ` +
        'Squat dose raised. Nothing was overwritten: choose which program to keep.',
    );
  });

  it('says "no summary" when the other save had none', async () => {
    await render(false, sampleProgramVersion({ version: 2, changeSummary: null }));
    expect(host.querySelector('[role="alert"] p')!.textContent).toContain(': no summary.');
  });

  it('names the version "Keep mine" will save as: the one after theirs', async () => {
    await render();
    expect(host.querySelector('.explain')!.textContent).toContain(
      'Keep mine saves your program as version 5',
    );
  });

  it('moves focus to its heading, so the choice is read first', async () => {
    await render();
    const heading = host.querySelector<HTMLElement>('#stale-program-heading')!;
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(heading);
    expect(host.querySelector('section')!.getAttribute('aria-labelledby')).toBe(
      'stale-program-heading',
    );
  });

  it('emits "keep mine" and "see theirs" from its two buttons', async () => {
    await render();
    button('Keep mine as the next version').click();
    button('See their version').click();
    expect(choices).toEqual(['mine', 'theirs']);
  });

  it('disables both choices while a save is under way', async () => {
    await render(true);
    expect(button('Keep mine as the next version').disabled).toBeTrue();
    expect(button('See their version').disabled).toBeTrue();
    button('Keep mine as the next version').click();
    expect(choices).toEqual([]);
  });
});

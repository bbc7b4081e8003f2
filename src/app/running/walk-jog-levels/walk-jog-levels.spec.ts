import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WalkJogLevels } from './walk-jog-levels';

describe('WalkJogLevels', () => {
  let fixture: ComponentFixture<WalkJogLevels>;
  let element: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(WalkJogLevels);
    fixture.componentRef.setInput('marked', 3);
    fixture.componentRef.setInput('markLabel', 'Next session');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  it('lists the eight levels and marks one in words', () => {
    const rows = [...element.querySelectorAll('tbody tr')];
    expect(rows.length).toBe(8);
    expect(rows[2].classList).toContain('marked');
    expect(rows[2].textContent).toContain('Next session');
    expect(rows[0].textContent).toContain('Walk 0.1 mi, jog 0.1 mi; repeat 10 times (2 mi).');
  });

  it('gives the rules for moving up with their sources', () => {
    expect(element.querySelector('.criteria')!.textContent).toContain('No more than 2 levels in 7 days.');
    const sources = [...element.querySelectorAll('app-rule-source')].map((s) => s.textContent!);
    expect(sources[0]).toContain('University of Delaware');
    expect(sources[1]).toContain('[practice] soreness rules');
  });

  it('gives the advice for the next session', async () => {
    fixture.componentRef.setInput('advice', {
      level: 3,
      moveUp: true,
      mayRunOn: false,
      earliestDate: '2026-11-26',
      reasons: ['Level 2 done in full on 2026-11-24 without soreness or swelling: move up to level 3.'],
    });
    await fixture.whenStable();
    expect(element.querySelector('.next')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Next session: level 3, on Nov 26, 2026 or later.',
    );
  });
});

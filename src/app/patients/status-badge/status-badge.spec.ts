import { TestBed } from '@angular/core/testing';
import type { PatientStatus } from '@domain/contracts/patients';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  async function render(status: PatientStatus): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(StatusBadge);
    fixture.componentRef.setInput('status', status);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('says the status in words and tints it by status', async () => {
    const onHold = await render('on_hold');
    expect(onHold.textContent).toBe('On hold');
    expect(onHold.classList).toContain('on_hold');
    expect((await render('active')).textContent).toBe('Active');
    expect((await render('discharged')).textContent).toBe('Discharged');
  });

  it('keeps its text readable on its tint (WCAG AA)', async () => {
    for (const status of ['active', 'on_hold', 'discharged'] as const) {
      const badge = await render(status);
      document.body.appendChild(badge);
      const style = getComputedStyle(badge);
      expect(contrast(style.color, style.backgroundColor))
        .withContext(status)
        .toBeGreaterThanOrEqual(4.5);
      badge.remove();
    }
  });
});

function contrast(foreground: string, background: string): number {
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

function luminance(color: string): number {
  const channels = color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DraftOffer } from './draft-offer';

describe('DraftOffer', () => {
  let fixture: ComponentFixture<DraftOffer>;

  function create(savedAt: string, what?: string): HTMLElement {
    fixture = TestBed.createComponent(DraftOffer);
    fixture.componentRef.setInput('savedAt', savedAt);
    if (what) fixture.componentRef.setInput('what', what);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('asks with the time alone for a draft kept today', () => {
    const kept = new Date();
    kept.setHours(14, 32, 0, 0);
    const text = create(kept.toISOString()).textContent ?? '';
    expect(text).toContain('Restore unsaved changes from');
    expect(text).toMatch(/2:32|14:32/);
    expect(text).not.toMatch(/20\d\d/);
  });

  it('gives the date too for a draft from an earlier day', () => {
    const text = create('2025-03-04T09:15:00.000Z', 'changes to the planned weeks').textContent ?? '';
    expect(text).toContain('Restore unsaved changes to the planned weeks from');
    expect(text).toContain('2025');
  });

  it('is a region named by its question, with Restore and Discard', () => {
    const host = create(new Date().toISOString());
    const labelId = host.getAttribute('aria-labelledby');
    expect(host.getAttribute('role')).toBe('region');
    expect(host.querySelector(`#${labelId}`)?.textContent).toContain('Restore unsaved');
    const restored = jasmine.createSpy('restored');
    const discarded = jasmine.createSpy('discarded');
    fixture.componentInstance.restored.subscribe(restored);
    fixture.componentInstance.discarded.subscribe(discarded);
    const [restore, discard] = Array.from(host.querySelectorAll('button'));
    restore.click();
    discard.click();
    expect(restored).toHaveBeenCalledTimes(1);
    expect(discarded).toHaveBeenCalledTimes(1);
  });
});

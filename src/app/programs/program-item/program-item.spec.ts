import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { holdDose, standardDose } from '@domain/programs/dose';
import { catalogueResponse } from '../../../testing/sample-exercises';
import { ItemMove, ProgramItem } from './program-item';

describe('ProgramItem', () => {
  let fixture: ComponentFixture<ProgramItem>;
  let host: HTMLElement;
  let moves: ItemMove[];

  async function render(exerciseId: string, diagnosis: string, dose = standardDose()): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(ProgramItem);
    const ref = fixture.componentRef;
    ref.setInput('item', { id: 'i2', exerciseId, dose });
    ref.setInput('exercise', catalogueResponse(exerciseId));
    ref.setInput('diagnosis', diagnosis);
    ref.setInput('section', 'quadriceps');
    ref.setInput('index', 1);
    ref.setInput('count', 3);
    moves = [];
    fixture.componentInstance.moved.subscribe((move) => moves.push(move));
    host = fixture.nativeElement;
    await fixture.whenStable();
  }

  it("warns of a caution for the patient's diagnosis, with its source, without blocking", async () => {
    await render('bodyweight-squat', 'meniscus_nonop');
    const caution = host.querySelector('[role="note"]')!;
    expect(caution.textContent).toContain('Caution for this diagnosis');
    expect(host.querySelector<HTMLButtonElement>('[aria-label="Progress Body-weight squat"]')!.disabled).toBeFalse();
  });

  it('shows no caution for a diagnosis the exercise has none for', async () => {
    await render('wall-sit', 'itbs');
    expect(host.querySelector('[role="note"]')).toBeNull();
  });

  it('says how complete the prescription is, after Holden 2018', async () => {
    await render('wall-sit', 'itbs', holdDose(30, { restSeconds: null }));
    expect(host.querySelector('.complete')!.textContent!.trim()).toBe('7/8');
    expect(host.querySelector('.missing')!.textContent).toContain('missing rest');
    expect(host.querySelector('.missing')!.textContent).toContain('Holden et al. 2018');
  });

  it('moves up and down with Alt+Arrow keys, within the section', async () => {
    await render('wall-sit', 'itbs');
    const handle = host.querySelector('.handle')!;
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    expect(moves).toEqual([
      { section: 'quadriceps', index: 0 },
      { section: 'quadriceps', index: 2 },
    ]);
  });
});

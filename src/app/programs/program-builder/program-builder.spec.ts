import { CdkDropList } from '@angular/cdk/drag-drop';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { By } from '@angular/platform-browser';
import type { ExerciseResponse } from '@domain/contracts/exercises';
import { type Dose, standardDose } from '@domain/programs/dose';
import { addItem, moveItemToSection, type Program } from '@domain/programs/program';
import { catalogueResponse } from '../../../testing/sample-exercises';
import { sampleProgram } from '../../../testing/sample-programs';
import type { StepDirection } from '../state/programs.actions';
import { selectBuilderSections } from '../state/programs.selectors';
import { ItemMoved, ProgramBuilder } from './program-builder';

/** Wall sit (i1) and step-up (i3) in Quadriceps, glute bridge (i2) in Glutes & hip. */
function twoQuadriceps(): Program {
  return addItem(sampleProgram(), 'quadriceps', { exerciseId: 'step-up', dose: standardDose() });
}

const exercises: ReadonlyMap<string, ExerciseResponse> = new Map(
  ['wall-sit', 'glute-bridge', 'step-up'].map((id) => [id, catalogueResponse(id)]),
);

describe('ProgramBuilder', () => {
  let fixture: ComponentFixture<ProgramBuilder>;
  let host: HTMLElement;
  let program: Program;
  let moves: ItemMoved[];
  let removed: string[];
  let stepped: { itemId: string; direction: StepDirection }[];
  let doses: { itemId: string; dose: Dose }[];

  async function show(next: Program): Promise<void> {
    program = next;
    fixture.componentRef.setInput('sections', selectBuilderSections.projector(program));
    await fixture.whenStable();
  }

  /** Moves are applied as the store would, so the rows are drawn again where they went. */
  async function render(start = twoQuadriceps(), readOnly = false): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(ProgramBuilder);
    fixture.componentRef.setInput('exercises', exercises);
    fixture.componentRef.setInput('diagnosis', 'itbs');
    fixture.componentRef.setInput('readOnly', readOnly);
    moves = [];
    removed = [];
    stepped = [];
    doses = [];
    const builder = fixture.componentInstance;
    builder.moved.subscribe((move) => {
      moves.push(move);
      void show(moveItemToSection(program, move.itemId, move.section, move.index));
    });
    builder.removed.subscribe((id) => removed.push(id));
    builder.stepped.subscribe((step) => stepped.push(step));
    builder.doseChanged.subscribe((change) => doses.push(change));
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await show(start);
  }

  afterEach(() => host.remove());

  function list(section: string): HTMLElement {
    return host.querySelector<HTMLElement>(`[role="list"][aria-labelledby="section-${section}"]`)!;
  }

  function names(section: string): string[] {
    return [...list(section).querySelectorAll('h4.name')].map((h) => h.textContent!.trim());
  }

  function labelled(label: string): HTMLButtonElement {
    const found = host.querySelector<HTMLButtonElement>(`button[aria-label^="${label}"]`);
    if (!found) throw new Error(`No button labelled "${label}…"`);
    return found;
  }

  function buttons(text: string): HTMLButtonElement[] {
    return [...host.querySelectorAll<HTMLButtonElement>('button')].filter((b) =>
      b.textContent!.includes(text),
    );
  }

  it('shows the four sections with their counts, each a list named by its heading', async () => {
    await render();
    const headings = [...host.querySelectorAll('h3')].map((h) =>
      h.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(headings).toEqual(['Quadriceps (2)', 'Hamstrings (0)', 'Glutes & hip (1)', 'Other (0)']);
    expect(names('quadriceps')).toEqual(['Wall sit', 'Step-up']);
    expect(names('glutes_hip')).toEqual(['Glute bridge']);
    expect(list('quadriceps').querySelectorAll('[role="listitem"]').length).toBe(2);
  });

  it('invites an exercise into an empty section', async () => {
    await render();
    const hamstrings = host.querySelector('section[aria-labelledby="section-hamstrings"]')!;
    expect(hamstrings.querySelector('.empty')!.textContent!.trim()).toBe(
      'No hamstrings exercises yet: add one, or drag one here.',
    );
    expect(host.querySelector('section[aria-labelledby="section-quadriceps"] .empty')).toBeNull();
  });

  it('opens one dose editor at a time', async () => {
    await render();
    const [wallSit, stepUp] = buttons('Edit dose');
    wallSit.click();
    await fixture.whenStable();
    expect(wallSit.getAttribute('aria-expanded')).toBe('true');
    expect(host.querySelectorAll('app-dose-editor').length).toBe(1);
    expect(host.querySelector('#dose-i1 app-dose-editor')).not.toBeNull();

    stepUp.click();
    await fixture.whenStable();
    expect(wallSit.getAttribute('aria-expanded')).toBe('false');
    expect(stepUp.getAttribute('aria-expanded')).toBe('true');
    expect(host.querySelectorAll('app-dose-editor').length).toBe(1);
    expect(host.querySelector('#dose-i3 app-dose-editor')).not.toBeNull();

    buttons('Close dose')[0].click();
    await fixture.whenStable();
    expect(host.querySelectorAll('app-dose-editor').length).toBe(0);
  });

  it('sends a dose edit on with the row it belongs to', async () => {
    await render();
    buttons('Edit dose')[1].click();
    await fixture.whenStable();
    const sets = [...host.querySelectorAll('mat-form-field')]
      .find((f) => f.querySelector('mat-label')?.textContent?.trim() === 'Sets')!
      .querySelector('input')!;
    sets.value = '4';
    sets.dispatchEvent(new Event('input'));
    sets.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(doses).toEqual([{ itemId: 'i3', dose: standardDose({ sets: 4 }) }]);
  });

  it('sends removals and progress/regress steps with the row they belong to', async () => {
    await render();
    labelled('Remove Glute bridge').click();
    labelled('Progress Wall sit').click();
    labelled('Regress Step-up').click();
    expect(removed).toEqual(['i2']);
    expect(stepped).toEqual([
      { itemId: 'i1', direction: 'progress' },
      { itemId: 'i3', direction: 'regress' },
    ]);
  });

  it('moves a row up with Alt+Up and keeps focus on its handle, so the keys repeat', async () => {
    await render();
    const handle = labelled('Reorder Step-up');
    handle.focus();
    handle.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }),
    );
    await fixture.whenStable();
    expect(moves).toEqual([{ itemId: 'i3', section: 'quadriceps', index: 0 }]);
    expect(names('quadriceps')).toEqual(['Step-up', 'Wall sit']);
    expect(document.activeElement).toBe(labelled('Reorder Step-up'));
  });

  it('falls back to the handle when the button used for the move is disabled after it', async () => {
    await render();
    labelled('Move Wall sit down').focus();
    labelled('Move Wall sit down').click();
    await fixture.whenStable();
    expect(moves).toEqual([{ itemId: 'i1', section: 'quadriceps', index: 1 }]);
    expect(names('quadriceps')).toEqual(['Step-up', 'Wall sit']);
    expect(labelled('Move Wall sit down').disabled).toBeTrue();
    expect(document.activeElement).toBe(labelled('Reorder Wall sit'));
  });

  it('keeps focus on the same button when it can move again', async () => {
    await render(
      addItem(twoQuadriceps(), 'quadriceps', { exerciseId: 'step-up', dose: standardDose() }),
    );
    const down = () =>
      host.querySelectorAll<HTMLButtonElement>('button[aria-label="Move Wall sit down"]')[0];
    down().focus();
    down().click();
    await fixture.whenStable();
    expect(moves).toEqual([{ itemId: 'i1', section: 'quadriceps', index: 1 }]);
    expect(document.activeElement).toBe(down());
  });

  it('moves a row dropped in another section to that section, at the drop position', async () => {
    await render();
    const lists = fixture.debugElement.queryAll(By.directive(CdkDropList));
    const quadriceps = lists[0].injector.get(CdkDropList);
    const glutes = lists[2].injector.get(CdkDropList);
    glutes.dropped.emit({
      previousContainer: quadriceps,
      container: glutes,
      previousIndex: 1,
      currentIndex: 0,
      item: { data: 'i3' },
    } as never);
    await fixture.whenStable();
    expect(moves).toEqual([{ itemId: 'i3', section: 'glutes_hip', index: 0 }]);
    expect(names('glutes_hip')).toEqual(['Step-up', 'Glute bridge']);
  });

  it('ignores a row dropped where it was', async () => {
    await render();
    const quadriceps = fixture.debugElement
      .queryAll(By.directive(CdkDropList))[0]
      .injector.get(CdkDropList);
    quadriceps.dropped.emit({
      previousContainer: quadriceps,
      container: quadriceps,
      previousIndex: 1,
      currentIndex: 1,
      item: { data: 'i3' },
    } as never);
    expect(moves).toEqual([]);
  });

  it('shows a read-only program without handles or actions, and no dragging', async () => {
    await render(twoQuadriceps(), true);
    expect(names('quadriceps')).toEqual(['Wall sit', 'Step-up']);
    expect(host.querySelector('.handle')).toBeNull();
    expect(host.querySelector('.actions')).toBeNull();
    const lists = fixture.debugElement.queryAll(By.directive(CdkDropList));
    expect(lists.every((l) => l.injector.get(CdkDropList).disabled)).toBeTrue();
    list('quadriceps')
      .querySelector('app-program-item')!
      .dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }),
      );
    expect(moves).toEqual([]);
  });
});

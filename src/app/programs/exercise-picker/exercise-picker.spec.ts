import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { pausedStepUpId, sampleLibrary } from '../../../testing/sample-exercises';
import { ExercisePicked, ExercisePicker } from './exercise-picker';

describe('ExercisePicker', () => {
  let fixture: ComponentFixture<ExercisePicker>;
  let host: HTMLElement;
  let picked: ExercisePicked[];

  async function render(disabled = false): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(ExercisePicker);
    fixture.componentRef.setInput('exercises', sampleLibrary());
    fixture.componentRef.setInput('disabled', disabled);
    picked = [];
    fixture.componentInstance.picked.subscribe((p) => picked.push(p));
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  }

  afterEach(() => host.remove());

  function box(): HTMLInputElement {
    return host.querySelector<HTMLInputElement>('input[type="search"]')!;
  }

  async function search(text: string): Promise<void> {
    box().focus();
    box().value = text;
    box().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  /** The autocomplete's options, in the overlay. */
  function options(): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>('.mat-mdc-autocomplete-panel mat-option')];
  }

  function optionTexts(): string[] {
    return options().map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
  }

  async function choose(startsWith: string): Promise<void> {
    const option = options().find((o) => o.textContent!.trim().startsWith(startsWith));
    if (!option) throw new Error(`No option "${startsWith}" in ${optionTexts().join(' | ')}`);
    option.click();
    await fixture.whenStable();
  }

  function hint(): string {
    return host.querySelector('mat-hint')!.textContent!.trim();
  }

  it('finds an exercise by name and says which section it belongs to', async () => {
    await render();
    await search('wall');
    expect(optionTexts()).toEqual(['Wall sit · Quadriceps']);
    expect(hint()).toBe('Choose one to add it');
  });

  it('matches every word typed, in the name, muscles or equipment', async () => {
    await render();
    await search('hip abductors band');
    expect(optionTexts()).toEqual([
      'Banded clamshell · Glutes & hip',
      'Standing hip abduction · Glutes & hip',
      'Lateral band walk · Glutes & hip',
      'Monster walk · Glutes & hip',
    ]);
  });

  it("marks the clinic's own exercises", async () => {
    await render();
    await search('pause');
    expect(optionTexts()).toEqual(['Step-up with a pause · Quadriceps · clinic’s own']);
  });

  it('shows at most twelve matches', async () => {
    await render();
    await search('quadriceps');
    expect(options().length).toBe(12);
  });

  it('says when nothing matches', async () => {
    await render();
    await search('zzz');
    expect(options().length).toBe(0);
    expect(hint()).toBe('No exercise matches');
  });

  it('adds a chosen exercise to its own section, then empties the search', async () => {
    await render();
    await search('wall');
    await choose('Wall sit');
    expect(picked.length).toBe(1);
    expect(picked[0].exercise.id).toBe('wall-sit');
    expect(picked[0].section).toBe('quadriceps');
    expect(box().value).toBe('');
  });

  it('adds to the section chosen in "Add to" instead', async () => {
    await render();
    host.querySelector<HTMLElement>('mat-select')!.click();
    await fixture.whenStable();
    const other = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (o) => o.textContent!.trim() === 'Other',
    )!;
    other.click();
    await fixture.whenStable();
    await search('pause');
    await choose('Step-up with a pause');
    expect(picked.map((p) => [p.exercise.id, p.section])).toEqual([[pausedStepUpId, 'other']]);
  });

  it('cannot be used while the program is being saved', async () => {
    await render(true);
    expect(box().disabled).toBeTrue();
    expect(host.querySelector('mat-select')!.getAttribute('aria-disabled')).toBe('true');
  });
});

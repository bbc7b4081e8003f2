import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { TemplateResponse } from '@domain/contracts/programs';
import { builtInTemplates } from '@domain/programs/templates';
import { sampleProgram } from '../../../testing/sample-programs';
import { TemplateChoice, TemplateDetails, ProgramTemplates } from './program-templates';

const pfp: TemplateResponse = { ...structuredClone(builtInTemplates[0]), builtIn: true };
const ours: TemplateResponse = {
  id: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Return to hills',
  summary: 'Our uphill block.',
  diagnoses: ['itbs'],
  sources: [],
  program: sampleProgram(),
  builtIn: false,
};

describe('ProgramTemplates', () => {
  let fixture: ComponentFixture<ProgramTemplates>;
  let host: HTMLElement;
  let applied: TemplateChoice[];
  let saved: TemplateDetails[];

  async function render(inputs: Partial<Record<string, unknown>> = {}): Promise<void> {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(ProgramTemplates);
    const all = { builtIn: [pfp], clinic: [ours], canSaveProgram: true, ...inputs };
    for (const [name, value] of Object.entries(all)) fixture.componentRef.setInput(name, value);
    applied = [];
    saved = [];
    fixture.componentInstance.applied.subscribe((choice) => applied.push(choice));
    fixture.componentInstance.saved.subscribe((details) => saved.push(details));
    host = fixture.nativeElement;
    await fixture.whenStable();
  }

  async function set(name: string, value: unknown): Promise<void> {
    fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
  }

  function labelled(label: string): HTMLButtonElement {
    const found = host.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
    if (!found) throw new Error(`No button labelled "${label}"`);
    return found;
  }

  function field(name: string): HTMLInputElement {
    return host.querySelector<HTMLInputElement>(`input[formControlName="${name}"]`)!;
  }

  async function type(name: string, value: string): Promise<void> {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    host.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('lists a built-in protocol with its exercise count and its sources', async () => {
    await render();
    const [builtIn] = host.querySelectorAll('ul.templates');
    expect(builtIn.querySelector('h4')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Patellofemoral pain: hip and knee · 5 exercises',
    );
    const sources = builtIn.querySelector('ul.sources')!;
    expect(sources.getAttribute('aria-label')).toBe('Sources of Patellofemoral pain: hip and knee');
    const cited = [...sources.querySelectorAll('cite')].map((c) => c.textContent!.trim());
    expect(cited.length).toBe(2);
    expect(cited[0]).toContain('Crossley et al. 2016');
    expect(cited[1]).toContain('Esculier et al. 2018');
  });

  it("lists the clinic's own templates without a sources list", async () => {
    await render();
    const clinic = host.querySelectorAll('ul.templates')[1];
    expect(clinic.querySelector('h4')!.textContent).toContain('Return to hills');
    expect(clinic.querySelector('h4')!.textContent).toContain('2 exercises');
    expect(clinic.querySelector('ul.sources')).toBeNull();
  });

  it('says the clinic has no templates yet when it has none', async () => {
    await render({ clinic: [] });
    expect(host.querySelectorAll('ul.templates').length).toBe(1);
    expect(host.querySelector('.none')!.textContent).toContain('None yet');
  });

  it('applies a template as a replacement or as an addition', async () => {
    await render();
    labelled('Use Patellofemoral pain: hip and knee (replaces the program)').click();
    labelled('Add Return to hills to the program').click();
    expect(applied).toEqual([
      { templateId: 'pfp-hip-knee', mode: 'replace' },
      { templateId: ours.id, mode: 'append' },
    ]);
  });

  it('says why applying is blocked and disables every apply button', async () => {
    await render({ applyBlocked: 'Save or discard your changes before using a template.' });
    expect(host.querySelector('.blocked')!.textContent!.trim()).toBe(
      'Save or discard your changes before using a template.',
    );
    const applyButtons = [...host.querySelectorAll<HTMLButtonElement>('.choices button')];
    expect(applyButtons.length).toBe(4);
    expect(applyButtons.every((b) => b.disabled)).toBeTrue();
    applyButtons[0].click();
    expect(applied).toEqual([]);
  });

  it('saves the program as a template with a name and a summary', async () => {
    await render();
    await type('name', 'Hill block');
    await type('summary', 'For hilly races');
    await submit();
    expect(saved).toEqual([{ name: 'Hill block', summary: 'For hilly races' }]);
  });

  it('asks for a name before saving a template, with the contract message', async () => {
    await render();
    await submit();
    expect(saved).toEqual([]);
    expect(host.querySelector('mat-error')!.textContent!.trim()).toBe('Name the template.');
  });

  it('cannot save an empty program, nor save twice at once', async () => {
    await render({ canSaveProgram: false });
    const save = [...host.querySelectorAll<HTMLButtonElement>('button[type="submit"]')][0];
    expect(save.disabled).toBeTrue();
    await set('canSaveProgram', true);
    expect(save.disabled).toBeFalse();
    await set('saveStatus', 'saving');
    expect(save.disabled).toBeTrue();
  });

  it("shows the server's word beside the field it is about", async () => {
    await render();
    await type('name', 'Hill block');
    await set('saveErrors', { name: ['A template with this name exists.'] });
    expect(host.querySelector('mat-error')!.textContent!.trim()).toBe(
      'A template with this name exists.',
    );
  });

  it('empties the form once the template is saved', async () => {
    await render();
    await type('name', 'Hill block');
    await set('saveStatus', 'saving');
    await set('saveStatus', 'saved');
    expect(field('name').value).toBe('');
  });
});

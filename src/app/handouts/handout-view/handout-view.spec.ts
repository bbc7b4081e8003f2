import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { HandoutDocument } from '@domain/handout/handout-document';
import { handoutExercise, sampleHandout } from '../../../testing/sample-handout';
import { HandoutView } from './handout-view';

describe('HandoutView', () => {
  let fixture: ComponentFixture<HandoutView>;

  async function show(document: HandoutDocument = sampleHandout()): Promise<HTMLElement> {
    fixture = TestBed.createComponent(HandoutView);
    fixture.componentRef.setInput('document', document);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  /** Each element's words, its separate elements' texts joined by a space as a reader would hear them. */
  function texts(view: HTMLElement, selector: string): string[] {
    return [...view.querySelectorAll(selector)].map((el) => words(el));
  }

  function words(el: Element): string {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    while (walker.nextNode()) parts.push(walker.currentNode.textContent!.trim());
    return parts.filter(Boolean).join(' ');
  }

  it('shows the clinic, the patient, the therapist, the date and the diagnosis', async () => {
    const view = await show();
    expect(view.querySelector('.clinic')!.textContent).toContain('Demo Clinic');
    expect(view.querySelector('.clinic')!.textContent).toContain('555-0100');
    expect(view.querySelector('h1')!.textContent).toBe('Your exercise plan');
    expect(texts(view, '.about div')).toEqual([
      'Patient Ana Torres',
      'Therapist Tom Reyes',
      'Date December 2, 2026',
      'What we are treating Pain at the front of the knee',
    ]);
    expect(view.querySelector('time')!.getAttribute('datetime')).toBe('2026-12-02');
    expect(view.querySelector('.logo')).toBeNull();
  });

  it("shows the clinic's logo when there is one", async () => {
    const clinic = { ...sampleHandout().clinic, logoUrl: '/api/clinic/logo/3' };
    const logo = (await show(sampleHandout({ clinic }))).querySelector<HTMLImageElement>('.logo')!;
    expect(logo.getAttribute('src')).toBe('/api/clinic/logo/3');
    expect(logo.alt).toBe('Demo Clinic');
  });

  it('groups the exercises, each block with picture, name, dose, numbered steps, cues and cautions', async () => {
    const view = await show();
    expect(texts(view, '.strength h3')).toEqual(['Quadriceps (front of the thigh)', 'Glutes and hip']);
    const blocks = view.querySelectorAll('app-handout-exercise');
    expect(blocks.length).toBe(3);
    const wallSit = blocks[0];
    expect(wallSit.getAttribute('data-item-id')).toBe('item-1');
    expect(wallSit.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toBe('Wall sit: start and end');
    expect(wallSit.querySelector('.name')!.textContent!.trim()).toBe('Wall sit');
    expect(wallSit.querySelector('.dose')!.textContent).toBe('3 sets of 30 seconds — rest 1 minute — Mon, Wed, Fri');
    expect(wallSit.querySelectorAll('ol.steps li').length).toBe(2);
    expect(texts(wallSit as HTMLElement, '.cues li')).toEqual(['Keep your knees over your toes.']);
    expect(texts(wallSit as HTMLElement, '.cautions li')).toEqual(['! Stop if the pain goes above 5 out of 10.']);
    expect(blocks[1].querySelector('.picture')!.children.length).toBe(0);
    const upload = blocks[2].querySelector('img')!;
    expect(upload.getAttribute('src')).toMatch(/^data:image\/gif/);
    expect(blocks[2].querySelector('.notes')!.textContent).toBe('Use the green band.');
  });

  it('shows the words of a drawing it refuses instead of the drawing', async () => {
    const bad = handoutExercise({
      picture: { kind: 'drawing', svg: '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>', alt: 'Wall sit' },
    });
    const strength = { ...sampleHandout().strength!, groups: [{ section: 'quadriceps' as const, heading: 'Q', exercises: [bad] }] };
    const view = await show(sampleHandout({ strength }));
    await fixture.whenStable();
    expect(view.querySelector('app-handout-exercise svg')).toBeNull();
    expect(view.querySelector('script')).toBeNull();
    expect(view.querySelector('.no-picture')!.textContent).toBe('Wall sit');
  });

  it('marks an exercise printed in English in a Spanish handout, in Spanish, and tags its language', async () => {
    const view = await show(sampleHandout({ language: 'es' }));
    expect(view.getAttribute('lang')).toBe('es');
    const band = view.querySelectorAll('app-handout-exercise')[2];
    expect(band.querySelector('.words')!.getAttribute('lang')).toBe('en');
    expect(band.querySelector('.english-only')!.textContent).toBe('(en inglés)');
    expect(view.querySelectorAll('.english-only').length).toBe(1);
  });

  it('prints four weeks of tick boxes, one for each day with something to do', async () => {
    const view = await show();
    const rows = view.querySelectorAll('.ticks tbody tr');
    expect(rows.length).toBe(4);
    expect(rows[0].querySelector('th')!.textContent).toBe('Week 1 (from Mon 7 Dec)');
    expect(rows[0].querySelectorAll('.box').length).toBe(5);
    expect(texts(view, '.ticks thead th')[3]).toBe('Thu Rest');
  });

  it('gives each pain light a word and a shape of its own, not a colour alone', async () => {
    const view = await show();
    const lights = [...view.querySelectorAll('.lights li')];
    expect(lights.map((li) => li.querySelector('.label')!.textContent)).toEqual(['Go', 'Careful', 'Stop']);
    const shapes = lights.map((li) => li.querySelector('svg')!.firstElementChild!.outerHTML);
    expect(new Set(shapes).size).toBe(3);
    expect(texts(view, '.running-weeks thead th')).toEqual(['Week of', 'Distance', 'Run days']);
    expect(view.querySelectorAll('.running-weeks tbody tr').length).toBe(2);
  });

  it('leaves out the sections the therapist left out, and always has "when to call us" and the footer', async () => {
    const view = await show(sampleHandout({ strength: null, schedule: null, crossTraining: null, running: null }));
    expect(view.querySelector('.strength, app-handout-schedule, app-handout-cross-training, app-handout-running')).toBeNull();
    expect(view.querySelector('.call h2')!.textContent).toBe('When to call us');
    expect(view.querySelector('.screen-footer')!.textContent).toContain('Program version 3');
  });

  it('sets large print on the sheet', async () => {
    const view = await show(sampleHandout({ options: { ...sampleHandout().options, largePrint: true } }));
    expect(view.classList).toContain('large-print');
    expect(parseFloat(getComputedStyle(view).fontSize)).toBeGreaterThanOrEqual((14 * 96) / 72 - 0.1);
  });
});

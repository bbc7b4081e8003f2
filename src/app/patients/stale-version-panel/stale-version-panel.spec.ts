import { ComponentFixture, TestBed } from '@angular/core/testing';
import { samplePatient } from '../../../testing/sample-patients';
import { formValueOf } from '../patient-form/patient-form-model';
import { StaleVersionPanel } from './stale-version-panel';

describe('StaleVersionPanel', () => {
  const ana = samplePatient();
  let fixture: ComponentFixture<StaleVersionPanel>;
  let panel: HTMLElement;

  async function render(current = ana, mine = formValueOf(ana)): Promise<void> {
    fixture = TestBed.createComponent(StaleVersionPanel);
    fixture.componentRef.setInput('current', current);
    fixture.componentRef.setInput('mine', mine);
    fixture.componentRef.setInput('base', formValueOf(ana));
    panel = fixture.nativeElement;
    document.body.appendChild(panel);
    await fixture.whenStable();
  }

  afterEach(() => panel.remove());

  it('announces the conflict and takes focus to it', async () => {
    await render({ ...ana, yearsRunning: 7 });
    expect(panel.querySelector('[role="alert"]')!.textContent).toContain(
      'Someone else saved this patient while you were editing',
    );
    expect(document.activeElement).toBe(panel.querySelector('h2'));
    expect(panel.querySelector('caption')!.textContent!.trim()).toBe(
      'Fields where the saved record and your form differ',
    );
  });

  it('says so when their save touched nothing in the form', async () => {
    await render({ ...ana, version: 9 });
    expect(panel.querySelector('table')).toBeNull();
    expect(panel.textContent).toContain('Their save changed none of the fields in this form.');
  });

  it('asks which version to keep', async () => {
    await render({ ...ana, yearsRunning: 7 });
    const choices: string[] = [];
    fixture.componentInstance.keptMine.subscribe(() => choices.push('mine'));
    fixture.componentInstance.tookSaved.subscribe(() => choices.push('saved'));
    const [keep, take] = [...panel.querySelectorAll<HTMLButtonElement>('.choices button')];
    expect([keep.textContent!.trim(), take.textContent!.trim()]).toEqual([
      'Keep my changes',
      'Use the saved version',
    ]);
    keep.click();
    take.click();
    expect(choices).toEqual(['mine', 'saved']);
  });

  it('offers only the saved version when they discharged the patient', async () => {
    await render({ ...ana, status: 'discharged', version: 4 });
    const labels = [...panel.querySelectorAll('.choices button')].map((b) => b.textContent!.trim());
    expect(labels).toEqual(['Use the saved version']);
    expect(panel.textContent).toContain('the record is closed for editing');
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Subject, of, throwError } from 'rxjs';
import type { HandoutRecord } from '@domain/contracts/handouts';
import { sampleHandout, sampleHandoutRecord } from '../../../testing/sample-handout';
import { HandoutsClient } from '../handouts-client';
import { HandoutPrintPage } from './handout-print-page';

describe('HandoutPrintPage', () => {
  let fixture: ComponentFixture<HandoutPrintPage>;
  let client: jasmine.SpyObj<HandoutsClient>;
  let print: jasmine.Spy;
  const record = sampleHandoutRecord();

  async function open(query: { print?: string } = {}): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: HandoutsClient, useValue: client }],
    });
    print = spyOn(window, 'print');
    fixture = TestBed.createComponent(HandoutPrintPage);
    fixture.componentRef.setInput('id', record.patientId);
    fixture.componentRef.setInput('handoutId', record.id);
    if (query.print) fixture.componentRef.setInput('print', query.print);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function ready(page: HTMLElement): Promise<void> {
    for (let i = 0; i < 20 && !page.hasAttribute('data-handout-ready'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await fixture.whenStable();
    }
  }

  function pageStyle(): string {
    return document.head.querySelector('style[data-handout-page]')?.textContent ?? '';
  }

  beforeEach(() => {
    client = jasmine.createSpyObj<HandoutsClient>('HandoutsClient', ['handout']);
    client.handout.and.returnValue(of(record));
  });

  it('lays out the recorded document exactly, with its @page rule, and says when it is ready', async () => {
    const page = await open();
    await ready(page);
    expect(client.handout).toHaveBeenCalledOnceWith(record.patientId, record.id);
    expect(page.querySelector('app-handout-view h1')!.textContent).toBe(record.document.title);
    expect(page.hasAttribute('data-handout-ready')).toBeTrue();
    expect(pageStyle()).toContain('size: letter');
    expect(pageStyle()).toContain('counter(pages)');
    expect(print).not.toHaveBeenCalled();
  });

  it('opens the print dialog once ready when asked with ?print=1', async () => {
    spyOnProperty(navigator, 'webdriver').and.returnValue(false);
    const page = await open({ print: '1' });
    await ready(page);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('never opens the dialog in an automated browser, such as the server printing the PDF', async () => {
    spyOnProperty(navigator, 'webdriver').and.returnValue(true);
    const page = await open({ print: '1' });
    await ready(page);
    expect(page.hasAttribute('data-handout-ready')).toBeTrue();
    expect(print).not.toHaveBeenCalled();
  });

  it('is not ready, and does not print, before the record arrives', async () => {
    client.handout.and.returnValue(new Subject<HandoutRecord>());
    const page = await open({ print: '1' });
    expect(page.hasAttribute('data-handout-ready')).toBeFalse();
    expect(page.textContent).toContain('Loading the handout');
    expect(print).not.toHaveBeenCalled();
  });

  it('prints A4 for an A4 handout and removes its page rule when it closes', async () => {
    const a4 = sampleHandout({ options: { ...sampleHandout().options, paper: 'a4' } });
    client.handout.and.returnValue(of(sampleHandoutRecord({ document: a4 })));
    await open();
    expect(pageStyle()).toContain('size: A4');
    fixture.destroy();
    expect(pageStyle()).toBe('');
  });

  it('says so when the handout is not there or not this therapist’s', async () => {
    client.handout.and.returnValue(throwError(() => new HttpErrorResponse({ status: 404 })));
    const page = await open({ print: '1' });
    expect(page.querySelector('[role="alert"]')!.textContent).toContain('no such handout');
    expect(page.hasAttribute('data-handout-ready')).toBeFalse();
    expect(print).not.toHaveBeenCalled();
  });

  it('keeps its links and buttons off the paper', async () => {
    const page = await open();
    const toolbar = page.querySelector('.toolbar')!;
    expect(toolbar.querySelector('a')!.getAttribute('href')).toBe(`/patients/${record.patientId}`);
    expect(page.querySelector('app-handout-view .toolbar')).toBeNull();
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { CaseloadClient } from './caseload-client';
import { defaultView } from './caseload-view';

describe('CaseloadClient', () => {
  it('asks for one summary with the view as its query string', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const answer = firstValueFrom(
      TestBed.inject(CaseloadClient).summary({ ...defaultView, diagnosis: ['itbs'] }),
    );
    const request = http.expectOne('/api/caseload/summary?diagnosis=itbs');
    expect(request.request.method).toBe('GET');
    request.flush({ kpis: {} });
    expect(await answer).toEqual(jasmine.objectContaining({ kpis: {} }));
    http.verify();
  });
});

import { HttpErrorResponse } from '@angular/common/http';
import { Subject, firstValueFrom, of, throwError, toArray } from 'rxjs';
import { sampleSummary } from '../../../testing/sample-caseload';
import { CaseloadClient } from '../caseload-client';
import { defaultView } from '../caseload-view';
import { caseloadApiActions, caseloadPageActions } from './caseload.actions';
import { loadSummary } from './caseload.effects';

describe('loadSummary', () => {
  let client: jasmine.SpyObj<CaseloadClient>;
  const view = { ...defaultView, diagnosis: ['itbs' as const] };

  beforeEach(() => {
    client = jasmine.createSpyObj<CaseloadClient>('CaseloadClient', ['summary']);
  });

  it('loads the figures of the view', async () => {
    const summary = sampleSummary();
    client.summary.and.returnValue(of(summary));
    const result = await firstValueFrom(
      loadSummary(of(caseloadPageActions.viewChanged({ view })), client),
    );
    expect(client.summary).toHaveBeenCalledOnceWith(view);
    expect(result).toEqual(caseloadApiActions.loadSucceeded({ summary }));
  });

  it('reports the server’s field errors', async () => {
    const error = {
      error: 'validation_failed',
      message: 'Check.',
      fields: { to: ['Ends before it starts.'] },
    };
    client.summary.and.returnValue(throwError(() => new HttpErrorResponse({ status: 400, error })));
    const result = await firstValueFrom(
      loadSummary(of(caseloadPageActions.viewChanged({ view })), client),
    );
    expect(result).toEqual(caseloadApiActions.loadFailed({ error }));
  });

  it('drops the answer to an older view when a newer one is asked for', async () => {
    const older = new Subject<ReturnType<typeof sampleSummary>>();
    const newer = sampleSummary();
    client.summary.and.returnValues(older, of(newer));
    const actions = of(
      caseloadPageActions.viewChanged({ view: defaultView }),
      caseloadPageActions.viewChanged({ view }),
    );
    const results = await firstValueFrom(loadSummary(actions, client).pipe(toArray()));
    expect(results).toEqual([caseloadApiActions.loadSucceeded({ summary: newer })]);
  });
});

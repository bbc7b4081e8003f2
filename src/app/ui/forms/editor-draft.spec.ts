import { TestBed } from '@angular/core/testing';
import { EditorDraft } from './editor-draft';
import { FormDrafts } from './form-drafts';

interface Value {
  name: string;
}

describe('EditorDraft', () => {
  const make = () =>
    TestBed.runInInjectionContext(() => new EditorDraft<Value>('user-1', 'thing.7'));

  beforeEach(() => TestBed.inject(FormDrafts).clearAll());
  afterEach(() => TestBed.inject(FormDrafts).clearAll());

  it('starts from the record with no offer when nothing was kept', () => {
    const draft = make();
    draft.start({ name: 'Ana' }, 3);
    expect(draft.baseVersion).toBe(3);
    expect(draft.baseValue()).toEqual({ name: 'Ana' });
    expect(draft.offer()).toBeNull();
  });

  it('offers what was kept before a reload, and restoring goes back to the version it began from', () => {
    const before = make();
    before.start({ name: 'Ana' }, 3);
    before.keep({ name: 'Ana Maria' });

    const after = make();
    after.start({ name: 'Ana Lucia' }, 4);
    expect(after.offer()?.value).toEqual({ name: 'Ana Maria' });
    expect(after.restore()).toEqual({ name: 'Ana Maria' });
    expect(after.baseVersion).withContext('a save since then still gives the 409').toBe(3);
    expect(after.baseValue()).toEqual({ name: 'Ana' });
    expect(after.offer()).toBeNull();
  });

  it('typing replaces the offer; discarding forgets the kept draft', () => {
    const before = make();
    before.start({ name: 'Ana' }, 3);
    before.keep({ name: 'Ana M' });

    const after = make();
    after.start({ name: 'Ana' }, 3);
    after.keep({ name: 'Ana B' });
    expect(after.offer()).toBeNull();
    expect(after.restore()).toBeNull();

    after.discard();
    const later = make();
    later.start({ name: 'Ana' }, 3);
    expect(later.offer()).toBeNull();
  });

  it('rebases on a colleague’s save', () => {
    const draft = make();
    draft.start({ name: 'Ana' }, 3);
    draft.rebase({ name: 'Ana Lucia' }, 5);
    draft.keep({ name: 'Ana Maria' });
    const after = make();
    after.start({ name: 'Ana Lucia' }, 5);
    expect(after.offer()).toEqual(
      jasmine.objectContaining({ baseVersion: 5, baseValue: { name: 'Ana Lucia' } }),
    );
  });
});

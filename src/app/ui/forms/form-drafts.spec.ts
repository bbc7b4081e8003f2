import { TestBed } from '@angular/core/testing';
import { FormDraft, FormDrafts } from './form-drafts';

describe('FormDrafts', () => {
  let drafts: FormDrafts;
  const draft: FormDraft<{ firstName: string }> = {
    savedAt: '2026-11-25T14:32:00.000Z',
    baseVersion: 3,
    baseValue: { firstName: 'Ana' },
    value: { firstName: 'Ana Maria' },
  };

  beforeEach(() => {
    drafts = TestBed.inject(FormDrafts);
    drafts.clearAll();
  });

  afterEach(() => drafts.clearAll());

  it('keeps a draft per user and record across a reload of the page', () => {
    drafts.save('user-1', 'patient.1', draft);
    expect(TestBed.inject(FormDrafts).load('user-1', 'patient.1')).toEqual(draft);
    expect(drafts.load('user-1', 'patient.new')).toBeNull();
    expect(drafts.load('user-2', 'patient.1')).toBeNull();
  });

  it('forgets a saved draft', () => {
    drafts.save('user-1', 'patient.new', draft);
    drafts.clear('user-1', 'patient.new');
    expect(drafts.load('user-1', 'patient.new')).toBeNull();
  });

  it("forgets every draft at sign-out, and nothing else in the tab's storage", () => {
    sessionStorage.setItem('unrelated', 'kept');
    drafts.save('user-1', 'patient.new', draft);
    drafts.save('user-2', 'patient.1', draft);
    drafts.clearAll();
    expect(drafts.load('user-1', 'patient.new')).toBeNull();
    expect(drafts.load('user-2', 'patient.1')).toBeNull();
    expect(sessionStorage.getItem('unrelated')).toBe('kept');
    sessionStorage.removeItem('unrelated');
  });

  it('ignores a damaged entry', () => {
    sessionStorage.setItem('stride-rx.draft.user-1.patient.new', '{not json');
    expect(drafts.load('user-1', 'patient.new')).toBeNull();
  });
});

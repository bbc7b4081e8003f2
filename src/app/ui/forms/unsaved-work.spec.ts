import { UnsavedWork } from './unsaved-work';
import type { HasUnsavedChanges } from './unsaved-changes-guard';

function source(unsaved: boolean): jasmine.SpyObj<HasUnsavedChanges> {
  const spy = jasmine.createSpyObj<HasUnsavedChanges>('source', ['hasUnsavedChanges', 'discardChanges']);
  spy.hasUnsavedChanges.and.returnValue(unsaved);
  return spy;
}

describe('UnsavedWork', () => {
  it('has nothing unsaved with no sources', () => {
    expect(new UnsavedWork().hasUnsavedChanges()).toBeFalse();
  });

  it('has unsaved changes when any source has', () => {
    const work = new UnsavedWork();
    work.add(source(false));
    expect(work.hasUnsavedChanges()).toBeFalse();
    work.add(source(true));
    expect(work.hasUnsavedChanges()).toBeTrue();
  });

  it('discards only the sources with unsaved changes', () => {
    const work = new UnsavedWork();
    const clean = source(false);
    const dirty = source(true);
    work.add(clean);
    work.add(dirty);
    work.discardChanges();
    expect(dirty.discardChanges).toHaveBeenCalledTimes(1);
    expect(clean.discardChanges).not.toHaveBeenCalled();
  });

  it('adds a source once however often it is added', () => {
    const work = new UnsavedWork();
    const dirty = source(true);
    work.add(dirty);
    work.add(dirty);
    work.discardChanges();
    expect(dirty.discardChanges).toHaveBeenCalledTimes(1);
  });
});

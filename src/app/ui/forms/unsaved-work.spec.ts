import { UnsavedWork } from './unsaved-work';

describe('UnsavedWork', () => {
  it('has unsaved changes when any holder has, and discards only theirs', () => {
    const work = new UnsavedWork();
    const clean = { hasUnsavedChanges: () => false, discardChanges: jasmine.createSpy('clean') };
    const dirty = { hasUnsavedChanges: () => true, discardChanges: jasmine.createSpy('dirty') };
    work.hold('a', clean);
    expect(work.hasUnsavedChanges()).toBeFalse();
    work.hold('b', dirty);
    expect(work.hasUnsavedChanges()).toBeTrue();
    work.discardChanges();
    expect(dirty.discardChanges).toHaveBeenCalled();
    expect(clean.discardChanges).not.toHaveBeenCalled();
  });
});

import { defaultHandoutOptions, type HandoutSection } from './handout-options';
import { handoutVersions, sameVersions } from './handout-versions';
import { sampleHandoutSources } from './sample-handout';

describe('handoutVersions', () => {
  const versions = (sections: HandoutSection[]) =>
    handoutVersions(sampleHandoutSources({ options: { ...defaultHandoutOptions, sections } }));

  it('names the version of each saved plan the chosen sections print', () => {
    expect(versions(['strength', 'schedule', 'cross_training', 'running'])).toEqual({
      program: 3,
      crossTraining: 1,
      running: 2,
    });
    expect(versions(['strength'])).toEqual({ program: 3, crossTraining: null, running: null });
    expect(versions(['cross_training'])).toEqual({
      program: null,
      crossTraining: 1,
      running: null,
    });
  });

  it('counts the plans a section reads from: the schedule all three, the running table the run days', () => {
    expect(versions(['schedule'])).toEqual({ program: 3, crossTraining: 1, running: 2 });
    expect(versions(['running'])).toEqual({ program: null, crossTraining: 1, running: 2 });
  });

  it('is null for a plan the patient does not have', () => {
    const sources = sampleHandoutSources({ program: null, running: null });
    expect(handoutVersions(sources)).toEqual({ program: null, crossTraining: 1, running: null });
  });

  it('compares versions part by part', () => {
    const a = { program: 1, crossTraining: null, running: 2 };
    expect(sameVersions(a, { ...a })).toBeTrue();
    expect(sameVersions(a, { ...a, running: 3 })).toBeFalse();
    expect(sameVersions(a, { ...a, crossTraining: 1 })).toBeFalse();
  });
});

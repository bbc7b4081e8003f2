import { programSources } from '../programs/sources';
import { kneePainLimit, meniscusAfterSurgery, meniscusDeepBend } from './standard-precautions';

describe('standard precautions', () => {
  it('keep meniscus patients from loaded knee bending past 90° and label it common practice', () => {
    expect(meniscusDeepBend.diagnoses).toEqual(['meniscus_nonop', 'meniscus_postop']);
    expect(meniscusDeepBend.text).toContain('right angle (90°)');
    expect(meniscusDeepBend.source).toContain('[practice]');
  });

  it('let the surgeon decide after meniscus surgery', () => {
    expect(meniscusAfterSurgery.diagnoses).toEqual(['meniscus_postop']);
    expect(meniscusAfterSurgery.text).toContain('surgeon');
  });

  it('apply the pain-monitoring limits to the kneecap and patellar tendon, citing Silbernagel', () => {
    expect(kneePainLimit.diagnoses).toEqual(['patellofemoral_pain', 'patellar_tendinopathy']);
    expect(kneePainLimit.text).toContain('5 out of 10');
    expect(kneePainLimit.source).toBe(programSources['pain-monitoring'].citation);
  });
});

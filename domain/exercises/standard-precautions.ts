import { programSources } from '../programs/sources';
import type { Precaution } from './exercise';

/**
 * Cautions several catalogue exercises share, written once so the handout words them the same way everywhere.
 * The text speaks to the patient; the source is what the builder shows beside the warning.
 */

/** Meniscus, non-operative or after surgery: no loaded knee bending past 90° early on (CLINICAL-RULES §4). */
export const meniscusDeepBend: Precaution = {
  diagnoses: ['meniscus_nonop', 'meniscus_postop'],
  text:
    'In the first weeks, do not bend your knee past a right angle (90°) while it carries your weight, ' +
    'unless your surgeon or therapist says you can.',
  source: programSources['meniscus-flexion'].citation,
};

/** For exercises that load the knee hard enough that an early post-operative knee should wait. */
export const meniscusAfterSurgery: Precaution = {
  diagnoses: ['meniscus_postop'],
  text: 'After knee surgery, start this exercise only when your surgeon or therapist says it is safe for you.',
  source: programSources['meniscus-flexion'].citation,
};

/** Deep or heavy knee bending presses hard on the kneecap and the patellar tendon: use the pain-monitoring rule. */
export const kneePainLimit: Precaution = {
  diagnoses: ['patellofemoral_pain', 'patellar_tendinopathy'],
  text:
    'Knee pain up to 5 out of 10 during this exercise is OK if it settles by the next morning. ' +
    'If it is worse, make the movement smaller or use less weight.',
  source: programSources['pain-monitoring'].citation,
};

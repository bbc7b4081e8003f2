import type { CrossTrainingSession } from '../cross-training/plan';
import type { MissingTranslation } from './handout-document';
import type { HandoutLanguage } from './handout-options';
import { handoutWords } from './handout-words';

/**
 * A cross-training session's activity in the handout's language. An activity the therapist named themselves is
 * printed as typed, and listed for the therapist when the handout is not in English.
 */
export function activityName(
  session: CrossTrainingSession,
  language: HandoutLanguage,
  missing: MissingTranslation[],
): string {
  if (session.modality === 'other' && session.otherModality) {
    if (language !== 'en')
      missing.push({ where: 'Cross-training activity', text: session.otherModality });
    return session.otherModality;
  }
  return handoutWords(language).crossTraining.modalities[session.modality];
}

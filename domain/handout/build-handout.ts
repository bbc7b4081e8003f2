import type { MissingTranslation, HandoutDocument } from './handout-document';
import { plannedRunning } from '../cross-training/week-schedule';
import { crossTrainingSection } from './cross-training-section';
import { defaultPainRules } from '../training-load/pain-zones';
import { fullDate } from './handout-locale';
import type { HandoutSources } from './handout-sources';
import { handoutVersions } from './handout-versions';
import { handoutWords } from './handout-words';
import { runningSection } from './running-section';
import { scheduleSection } from './schedule-section';
import { strengthSection } from './strength-section';

/**
 * The handout as it prints from the saved versions: every word in the chosen language, every dose in plain words.
 * Sections the therapist left out, or whose plan the patient does not have, are null. Whatever cannot be printed in
 * the chosen language is printed in English and listed in `missingTranslations`, once each.
 */
export function buildHandout(sources: HandoutSources): HandoutDocument {
  const { options, clinic, patient, program, crossTraining, running, printedOn } = sources;
  const language = options.language;
  const words = handoutWords(language);
  const missing: MissingTranslation[] = [];
  const chosen = new Set(options.sections);

  let diagnosis = words.diagnoses[patient.diagnosis];
  if (patient.diagnosis === 'other' && patient.diagnosisOther) {
    diagnosis = patient.diagnosisOther;
    if (language !== 'en') missing.push({ where: 'Diagnosis', text: patient.diagnosisOther });
  }

  const strength =
    chosen.has('strength') && program
      ? strengthSection(program.program, patient.diagnosis, sources.exercise, language, missing)
      : null;
  const schedule =
    chosen.has('schedule') && (program || crossTraining)
      ? scheduleSection(
          program?.program ?? null,
          crossTraining?.plan ?? null,
          plannedRunning(running?.kind === 'mileage' ? running.weeks : null),
          printedOn,
          language,
          missing,
        )
      : null;
  const crossTrainingPart =
    chosen.has('cross_training') && crossTraining
      ? crossTrainingSection(crossTraining.plan, language, missing)
      : null;
  const runningPart =
    chosen.has('running') && running
      ? runningSection(
          running,
          crossTraining?.plan.runDays ?? [],
          printedOn,
          language,
          sources.painRules,
        )
      : null;

  const versions = handoutVersions(sources);
  const footer = [
    versions.program && words.footer.program(versions.program),
    versions.crossTraining && words.footer.crossTraining(versions.crossTraining),
    versions.running && words.footer.running(versions.running),
    words.footer.printed(fullDate(printedOn, language)),
  ].filter((part): part is string => !!part);

  return {
    options,
    language,
    title: words.title,
    clinic: { ...clinic },
    patient: { label: words.patient, name: `${patient.firstName} ${patient.lastName}` },
    therapist: { label: words.therapist, name: sources.therapistName },
    date: { label: words.date, iso: printedOn, text: fullDate(printedOn, language) },
    diagnosis: { label: words.diagnosis, text: diagnosis },
    strength,
    schedule,
    crossTraining: crossTrainingPart,
    running: runningPart,
    whenToCall: {
      heading: words.whenToCall.heading,
      items: words.whenToCall.items(sources.painRules ?? defaultPainRules),
      phone: clinic.phone,
    },
    footer: { text: footer.join(' · '), pageOf: words.footer.pageOf },
    missingTranslations: missing.filter(
      (m, i) => missing.findIndex((n) => n.where === m.where && n.text === m.text) === i,
    ),
  };
}

import { type Dose, type Frequency, type Load, parseTempo } from '@domain/programs/dose';
import { programSources } from '@domain/programs/sources';
import { bandColourLabels, weekdayLabels } from './exercise-labels';

/** One part of a dose as the library shows it: "Rest" — "60 seconds between sets". */
export interface DoseLine {
  label: string;
  text: string;
}

const notSet = 'Not set';

/**
 * A dose in plain words for the therapist reading the library, one line per part of the prescription.
 * Parts left empty say so: a default dose may be incomplete, and the gap should be visible.
 */
export function doseInWords(dose: Dose): DoseLine[] {
  const lines: DoseLine[] = [
    { label: 'Sets and repetitions', text: amountText(dose) },
    { label: 'Load', text: dose.load ? loadText(dose.load) : notSet },
    { label: 'Tempo', text: tempoText(dose) },
    { label: 'Rest', text: restText(dose.restSeconds) },
    { label: 'How often', text: dose.frequency ? frequencyText(dose.frequency) : notSet },
    { label: 'For', text: dose.weeks === null ? notSet : count(dose.weeks, 'week') },
    { label: 'When to progress', text: progressionText(dose) },
  ];
  return dose.notes ? [...lines, { label: 'Notes', text: dose.notes }] : lines;
}

function amountText(dose: Dose): string {
  const volume =
    dose.holdSeconds !== null
      ? `a ${dose.holdSeconds}-second hold`
      : dose.reps !== null
        ? count(dose.reps, 'repetition')
        : null;
  const amount =
    dose.sets !== null && volume !== null
      ? `${count(dose.sets, 'set')} of ${volume}`
      : dose.sets !== null
        ? `${count(dose.sets, 'set')}, repetitions not set`
        : volume !== null
          ? `${volume}, sets not set`
          : notSet;
  const side: Record<Dose['side'], string> = {
    both: '',
    each: ', on each side',
    left: ', left side only',
    right: ', right side only',
    alternating: ', alternating sides',
  };
  return amount + side[dose.side];
}

function loadText(load: Load): string {
  switch (load.kind) {
    case 'body_weight':
      return 'Body weight';
    case 'kg':
    case 'lb':
      return `${load.amount} ${load.kind}`;
    case 'band':
      return `${bandColourLabels[load.colour]} resistance band`;
    case 'rpe':
      return `An effort of ${load.rpe} out of 10 (RPE)`;
  }
}

function tempoText(dose: Dose): string {
  if (dose.tempo === null) return dose.holdSeconds !== null ? 'Not needed for a hold' : notSet;
  const phases = parseTempo(dose.tempo);
  if (!phases) return dose.tempo;
  const pause = (seconds: number, where: string) =>
    seconds === 0 ? `no pause ${where}` : `${count(seconds, 'second')} ${where}`;
  const parts = [
    `${count(phases.lowering, 'second')} down`,
    pause(phases.bottomPause, 'at the bottom'),
    `${count(phases.lifting, 'second')} up`,
  ];
  if (phases.topPause > 0) parts.push(`hold ${count(phases.topPause, 'second')} at the top`);
  return `${dose.tempo}: ${parts.join(', ')}`;
}

function restText(seconds: number | null): string {
  if (seconds === null) return notSet;
  if (seconds === 0) return 'No rest between sets';
  const time =
    seconds >= 120 && seconds % 60 === 0 ? count(seconds / 60, 'minute') : count(seconds, 'second');
  return `${time} between sets`;
}

function frequencyText(frequency: Frequency): string {
  if (frequency.kind === 'days_per_week') {
    return frequency.days === 7 ? 'Every day' : `${count(frequency.days, 'day')} a week`;
  }
  const days = frequency.weekdays.map((day) => weekdayLabels[day]);
  return days.length === 1
    ? `Every ${days[0]}`
    : `${days.slice(0, -1).join(', ')} and ${days[days.length - 1]}`;
}

function progressionText(dose: Dose): string {
  if (dose.progression === null) return 'No criterion';
  return dose.progression.kind === 'double_progression'
    ? programSources['double-progression'].note
    : dose.progression.text;
}

function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

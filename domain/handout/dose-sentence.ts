import {
  type BandColour,
  type Dose,
  type DoseSide,
  type Frequency,
  type Load,
  parseTempo,
  type TempoPhases,
  weekdays,
} from '../programs/dose';
import { capitalised, decimal, weekdayList } from './handout-locale';
import type { HandoutLanguage } from './handout-options';

/**
 * One exercise's dose as a patient reads it, every part the therapist set in the order it is done:
 * "3 sets of 10 — body weight only — 2 seconds down, 2 up — rest 1 minute — Mon, Wed, Fri — for 6 weeks".
 * Parts not set yet are left out; a dose with nothing set says so rather than printing an empty line. The
 * progression criterion is the therapist's rule, not the patient's, so it is not printed.
 */
export function doseSentence(dose: Dose, language: HandoutLanguage): string {
  const say = doseWords[language];
  const parts = [
    volume(dose, say),
    dose.load && say.load(dose.load),
    tempoText(dose.tempo, say),
    dose.restSeconds === null ? null : restText(dose.restSeconds, say),
    dose.frequency && frequencyText(dose.frequency, say, language),
    dose.weeks === null ? null : say.weeks(dose.weeks),
  ].filter((part): part is string => !!part);
  return parts.length ? capitalised(parts.join(' — ')) : say.notSet;
}

interface DoseWords {
  notSet: string;
  sets(sets: number, reps: number): string;
  repsOnly(reps: number): string;
  setsOnly(sets: number): string;
  hold(seconds: number, side: string, sets: number | null): string;
  side: Record<DoseSide, string>;
  load(load: Load): string;
  seconds(n: number): string;
  tempo: Record<keyof TempoPhases, (amount: string) => string>;
  noRest: string;
  rest(amount: string): string;
  minutes(n: number): string;
  everyDay: string;
  daysAWeek(days: number): string;
  weeks(weeks: number): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const bandEn: Record<BandColour, string> = {
  yellow: 'yellow',
  red: 'red',
  green: 'green',
  blue: 'blue',
  black: 'black',
  silver: 'silver',
  gold: 'gold',
};

const bandEs: Record<BandColour, string> = {
  yellow: 'amarilla',
  red: 'roja',
  green: 'verde',
  blue: 'azul',
  black: 'negra',
  silver: 'plateada',
  gold: 'dorada',
};

const doseWords: Record<HandoutLanguage, DoseWords> = {
  en: {
    notSet: 'Your therapist will tell you how much to do.',
    sets: (sets, reps) => `${plural(sets, 'set', 'sets')} of ${reps}`,
    repsOnly: (reps) => plural(reps, 'repetition', 'repetitions'),
    setsOnly: (sets) => plural(sets, 'set', 'sets'),
    hold: (seconds, side, sets) =>
      `hold ${plural(seconds, 'second', 'seconds')}${side}` +
      (sets === null ? '' : sets === 1 ? ', once' : `, ${sets} times`),
    side: {
      both: '',
      each: ' on each leg',
      left: ' with the left leg',
      right: ' with the right leg',
      alternating: ' on each leg, switching legs every time',
    },
    load: (load) => {
      switch (load.kind) {
        case 'body_weight':
          return 'body weight only';
        case 'kg':
        case 'lb':
          return `${decimal(load.amount, 'en')} ${load.kind}`;
        case 'band':
          return `${bandEn[load.colour]} band`;
        case 'rpe':
          return `effort ${load.rpe} out of 10`;
      }
    },
    seconds: (n) => plural(n, 'second', 'seconds'),
    tempo: {
      lowering: (n) => `${n} down`,
      bottomPause: (n) => `pause ${n}`,
      lifting: (n) => `${n} up`,
      topPause: (n) => `hold ${n} at the top`,
    },
    noRest: 'no rest between sets',
    rest: (amount) => `rest ${amount}`,
    minutes: (n) => plural(n, 'minute', 'minutes'),
    everyDay: 'every day',
    daysAWeek: (days) => `${plural(days, 'day', 'days')} a week`,
    weeks: (weeks) => `for ${plural(weeks, 'week', 'weeks')}`,
  },
  es: {
    notSet: 'Su terapeuta le dirá cuánto hacer.',
    sets: (sets, reps) => `${plural(sets, 'serie', 'series')} de ${reps}`,
    repsOnly: (reps) => plural(reps, 'repetición', 'repeticiones'),
    setsOnly: (sets) => plural(sets, 'serie', 'series'),
    hold: (seconds, side, sets) =>
      `mantenga ${plural(seconds, 'segundo', 'segundos')}${side}` +
      (sets === null ? '' : `, ${plural(sets, 'vez', 'veces')}`),
    side: {
      both: '',
      each: ' con cada pierna',
      left: ' con la pierna izquierda',
      right: ' con la pierna derecha',
      alternating: ' con cada pierna, cambiando de pierna cada vez',
    },
    load: (load) => {
      switch (load.kind) {
        case 'body_weight':
          return 'solo con el peso del cuerpo';
        case 'kg':
        case 'lb':
          return `${decimal(load.amount, 'es')} ${load.kind}`;
        case 'band':
          return `banda ${bandEs[load.colour]}`;
        case 'rpe':
          return `esfuerzo ${load.rpe} de 10`;
      }
    },
    seconds: (n) => plural(n, 'segundo', 'segundos'),
    tempo: {
      lowering: (n) => `${n} al bajar`,
      bottomPause: (n) => `pausa de ${n} abajo`,
      lifting: (n) => `${n} al subir`,
      topPause: (n) => `mantenga ${n} arriba`,
    },
    noRest: 'sin descanso entre series',
    rest: (amount) => `descanse ${amount}`,
    minutes: (n) => plural(n, 'minuto', 'minutos'),
    everyDay: 'todos los días',
    daysAWeek: (days) => `${plural(days, 'día', 'días')} a la semana`,
    weeks: (weeks) => `durante ${plural(weeks, 'semana', 'semanas')}`,
  },
};

function volume(dose: Dose, say: DoseWords): string | null {
  const side = say.side[dose.side];
  if (dose.holdSeconds !== null) return say.hold(dose.holdSeconds, side, dose.sets);
  if (dose.reps !== null) {
    return (dose.sets === null ? say.repsOnly(dose.reps) : say.sets(dose.sets, dose.reps)) + side;
  }
  return dose.sets === null ? null : say.setsOnly(dose.sets) + side;
}

/**
 * "2 seconds down, 2 up", with a pause at the bottom and a hold at the top when the tempo has them
 * ("1 second down, 1 up, hold 5 at the top"). The first phase named carries the unit.
 */
function tempoText(tempo: string | null, say: DoseWords): string | null {
  const phases: TempoPhases | null = parseTempo(tempo);
  if (!phases) return null;
  const order: (keyof TempoPhases)[] = ['lowering', 'bottomPause', 'lifting', 'topPause'];
  return order
    .filter((phase) => phases[phase] > 0)
    .map((phase, i) =>
      say.tempo[phase](i === 0 ? say.seconds(phases[phase]) : String(phases[phase])),
    )
    .join(', ');
}

/** Whole minutes in minutes, anything else in seconds: "rest 1 minute", "rest 90 seconds". */
function restText(seconds: number, say: DoseWords): string {
  if (seconds === 0) return say.noRest;
  return say.rest(seconds % 60 === 0 ? say.minutes(seconds / 60) : say.seconds(seconds));
}

function frequencyText(frequency: Frequency, say: DoseWords, language: HandoutLanguage): string {
  if (frequency.kind === 'days_per_week') {
    return frequency.days === 7 ? say.everyDay : say.daysAWeek(frequency.days);
  }
  return frequency.weekdays.length === weekdays.length
    ? say.everyDay
    : weekdayList(frequency.weekdays, language);
}

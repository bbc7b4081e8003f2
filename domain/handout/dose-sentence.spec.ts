import { type Dose, standardDose } from '../programs/dose';
import { doseSentence } from './dose-sentence';

/**
 * Every dose shape in both languages, each expected sentence written out by hand. Runs in Chromium under Karma
 * (angular.json's test `include`; the Node runner leaves it out), where the print layout shows these words.
 */
describe('doseSentence', () => {
  const none: Dose = {
    sets: null,
    reps: null,
    holdSeconds: null,
    load: null,
    tempo: null,
    restSeconds: null,
    frequency: null,
    weeks: null,
    side: 'both',
    progression: null,
    notes: null,
  };
  const both = (dose: Partial<Dose>) => ({
    en: doseSentence({ ...none, ...dose }, 'en'),
    es: doseSentence({ ...none, ...dose }, 'es'),
  });

  it('words the standard dose in full, in the order it is done', () => {
    expect(doseSentence(standardDose(), 'en')).toBe(
      '3 sets of 10 — body weight only — 2 seconds down, 2 up — rest 1 minute — 3 days a week — for 6 weeks',
    );
    expect(doseSentence(standardDose(), 'es')).toBe(
      '3 series de 10 — solo con el peso del cuerpo — 2 segundos al bajar, 2 al subir — descanse 1 minuto — ' +
        '3 días a la semana — durante 6 semanas',
    );
  });

  it('gives the issue’s example sentence for sets, tempo, rest and weekdays', () => {
    expect(
      doseSentence(
        standardDose({
          load: null,
          weeks: null,
          frequency: { kind: 'weekdays', weekdays: ['mon', 'wed', 'fri'] },
        }),
        'en',
      ),
    ).toBe('3 sets of 10 — 2 seconds down, 2 up — rest 1 minute — Mon, Wed, Fri');
  });

  describe('repetitions and holds', () => {
    it('counts one set and one repetition in the singular', () => {
      expect(both({ sets: 1, reps: 1 })).toEqual({ en: '1 set of 1', es: '1 serie de 1' });
    });

    it('words repetitions without sets, and sets without repetitions', () => {
      expect(both({ reps: 12 })).toEqual({ en: '12 repetitions', es: '12 repeticiones' });
      expect(both({ reps: 1 })).toEqual({ en: '1 repetition', es: '1 repetición' });
      expect(both({ sets: 2 })).toEqual({ en: '2 sets', es: '2 series' });
    });

    it('words a hold with its number of times', () => {
      expect(both({ sets: 3, holdSeconds: 30 })).toEqual({
        en: 'Hold 30 seconds, 3 times',
        es: 'Mantenga 30 segundos, 3 veces',
      });
      expect(both({ sets: 1, holdSeconds: 1 })).toEqual({
        en: 'Hold 1 second, once',
        es: 'Mantenga 1 segundo, 1 vez',
      });
      expect(both({ holdSeconds: 45 })).toEqual({
        en: 'Hold 45 seconds',
        es: 'Mantenga 45 segundos',
      });
    });
  });

  describe('sides', () => {
    const sided = (side: Dose['side']) => both({ sets: 3, reps: 10, side });

    it('says nothing of the side for a two-legged exercise', () => {
      expect(sided('both')).toEqual({ en: '3 sets of 10', es: '3 series de 10' });
    });

    it('names each leg, one leg, or switching legs', () => {
      expect(sided('each')).toEqual({
        en: '3 sets of 10 on each leg',
        es: '3 series de 10 con cada pierna',
      });
      expect(sided('left')).toEqual({
        en: '3 sets of 10 with the left leg',
        es: '3 series de 10 con la pierna izquierda',
      });
      expect(sided('right')).toEqual({
        en: '3 sets of 10 with the right leg',
        es: '3 series de 10 con la pierna derecha',
      });
      expect(sided('alternating')).toEqual({
        en: '3 sets of 10 on each leg, switching legs every time',
        es: '3 series de 10 con cada pierna, cambiando de pierna cada vez',
      });
    });

    it('puts the side of a hold before the number of times', () => {
      expect(both({ sets: 2, holdSeconds: 20, side: 'each' })).toEqual({
        en: 'Hold 20 seconds on each leg, 2 times',
        es: 'Mantenga 20 segundos con cada pierna, 2 veces',
      });
    });
  });

  describe('loads', () => {
    it('words body weight, kilograms and pounds, with the language’s decimal mark', () => {
      expect(both({ load: { kind: 'body_weight' } })).toEqual({
        en: 'Body weight only',
        es: 'Solo con el peso del cuerpo',
      });
      expect(both({ load: { kind: 'kg', amount: 2.5 } })).toEqual({ en: '2.5 kg', es: '2,5 kg' });
      expect(both({ load: { kind: 'lb', amount: 15 } })).toEqual({ en: '15 lb', es: '15 lb' });
    });

    it('names every band colour', () => {
      const colours = (['yellow', 'red', 'green', 'blue', 'black', 'silver', 'gold'] as const).map(
        (colour) => both({ load: { kind: 'band', colour } }),
      );
      expect(colours).toEqual([
        { en: 'Yellow band', es: 'Banda amarilla' },
        { en: 'Red band', es: 'Banda roja' },
        { en: 'Green band', es: 'Banda verde' },
        { en: 'Blue band', es: 'Banda azul' },
        { en: 'Black band', es: 'Banda negra' },
        { en: 'Silver band', es: 'Banda plateada' },
        { en: 'Gold band', es: 'Banda dorada' },
      ]);
    });

    it('words an effort (RPE) out of 10', () => {
      expect(both({ load: { kind: 'rpe', rpe: 7 } })).toEqual({
        en: 'Effort 7 out of 10',
        es: 'Esfuerzo 7 de 10',
      });
    });
  });

  describe('tempo', () => {
    it('words seconds down and up, the first phase with its unit', () => {
      expect(both({ tempo: '3-0-1' })).toEqual({
        en: '3 seconds down, 1 up',
        es: '3 segundos al bajar, 1 al subir',
      });
      expect(both({ tempo: '1-0-1' })).toEqual({
        en: '1 second down, 1 up',
        es: '1 segundo al bajar, 1 al subir',
      });
    });

    it('words a pause at the bottom and a hold at the top', () => {
      expect(both({ tempo: '2-1-2' })).toEqual({
        en: '2 seconds down, pause 1, 2 up',
        es: '2 segundos al bajar, pausa de 1 abajo, 2 al subir',
      });
      expect(both({ tempo: '1-0-1-5' })).toEqual({
        en: '1 second down, 1 up, hold 5 at the top',
        es: '1 segundo al bajar, 1 al subir, mantenga 5 arriba',
      });
    });

    it('leaves out a phase of no seconds, even the first', () => {
      expect(both({ tempo: '0-0-2' })).toEqual({ en: '2 seconds up', es: '2 segundos al subir' });
    });
  });

  describe('rest', () => {
    it('words whole minutes in minutes and anything else in seconds', () => {
      expect(both({ restSeconds: 60 })).toEqual({ en: 'Rest 1 minute', es: 'Descanse 1 minuto' });
      expect(both({ restSeconds: 120 })).toEqual({
        en: 'Rest 2 minutes',
        es: 'Descanse 2 minutos',
      });
      expect(both({ restSeconds: 90 })).toEqual({
        en: 'Rest 90 seconds',
        es: 'Descanse 90 segundos',
      });
      expect(both({ restSeconds: 1 })).toEqual({ en: 'Rest 1 second', es: 'Descanse 1 segundo' });
    });

    it('says when there is no rest', () => {
      expect(both({ restSeconds: 0 })).toEqual({
        en: 'No rest between sets',
        es: 'Sin descanso entre series',
      });
    });
  });

  describe('frequency and duration', () => {
    it('words days a week, one day a week and every day', () => {
      expect(both({ frequency: { kind: 'days_per_week', days: 3 } })).toEqual({
        en: '3 days a week',
        es: '3 días a la semana',
      });
      expect(both({ frequency: { kind: 'days_per_week', days: 1 } })).toEqual({
        en: '1 day a week',
        es: '1 día a la semana',
      });
      expect(both({ frequency: { kind: 'days_per_week', days: 7 } })).toEqual({
        en: 'Every day',
        es: 'Todos los días',
      });
    });

    it('lists chosen weekdays Monday first, and all seven as every day', () => {
      expect(both({ frequency: { kind: 'weekdays', weekdays: ['sat', 'tue', 'thu'] } })).toEqual({
        en: 'Tue, Thu, Sat',
        es: 'Mar, jue, sáb',
      });
      const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
      expect(both({ frequency: { kind: 'weekdays', weekdays: [...week] } })).toEqual({
        en: 'Every day',
        es: 'Todos los días',
      });
    });

    it('words the duration in weeks', () => {
      expect(both({ weeks: 1 })).toEqual({ en: 'For 1 week', es: 'Durante 1 semana' });
      expect(both({ weeks: 12 })).toEqual({ en: 'For 12 weeks', es: 'Durante 12 semanas' });
    });
  });

  it('never prints the progression criterion or the notes: they are the therapist’s', () => {
    const dose = standardDose({
      progression: { kind: 'custom', text: 'Add a band when easy' },
      notes: 'Watch the left knee',
    });
    expect(doseSentence(dose, 'en')).toBe(doseSentence(standardDose(), 'en'));
  });

  it('says the therapist will give the dose when nothing is set yet', () => {
    expect(both({})).toEqual({
      en: 'Your therapist will tell you how much to do.',
      es: 'Su terapeuta le dirá cuánto hacer.',
    });
  });
});

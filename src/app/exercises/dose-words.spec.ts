import { holdDose, standardDose } from '@domain/programs/dose';
import { doseInWords } from './dose-words';

function words(...args: Parameters<typeof standardDose>): Record<string, string> {
  return Object.fromEntries(doseInWords(standardDose(...args)).map((l) => [l.label, l.text]));
}

describe('doseInWords', () => {
  it('says the ACSM starting dose in plain words', () => {
    expect(doseInWords(standardDose())).toEqual([
      { label: 'Sets and repetitions', text: '3 sets of 10 repetitions' },
      { label: 'Load', text: 'Body weight' },
      { label: 'Tempo', text: '2-0-2: 2 seconds down, no pause at the bottom, 2 seconds up' },
      { label: 'Rest', text: '60 seconds between sets' },
      { label: 'How often', text: '3 days a week' },
      { label: 'For', text: '6 weeks' },
      {
        label: 'When to progress',
        text: jasmine.stringContaining('when 1–2 repetitions more than the target'),
      },
    ]);
  });

  it('names the side, a hold and a pause at the top', () => {
    expect(words({ side: 'each' })['Sets and repetitions']).toBe(
      '3 sets of 10 repetitions, on each side',
    );
    const hold = Object.fromEntries(doseInWords(holdDose(30)).map((l) => [l.label, l.text]));
    expect(hold['Sets and repetitions']).toBe('3 sets of a 30-second hold');
    expect(hold['Tempo']).toBe('Not needed for a hold');
    expect(words({ tempo: '1-0-1-5' })['Tempo']).toBe(
      '1-0-1-5: 1 second down, no pause at the bottom, 1 second up, hold 5 seconds at the top',
    );
  });

  it('words every kind of load', () => {
    expect(words({ load: { kind: 'kg', amount: 8 } })['Load']).toBe('8 kg');
    expect(words({ load: { kind: 'band', colour: 'red' } })['Load']).toBe('Red resistance band');
    expect(words({ load: { kind: 'rpe', rpe: 7 } })['Load']).toBe('An effort of 7 out of 10 (RPE)');
  });

  it('words rest, days and weeks as people say them', () => {
    expect(words({ restSeconds: 0 })['Rest']).toBe('No rest between sets');
    expect(words({ restSeconds: 120 })['Rest']).toBe('2 minutes between sets');
    expect(words({ frequency: { kind: 'days_per_week', days: 7 } })['How often']).toBe('Every day');
    expect(
      words({ frequency: { kind: 'weekdays', weekdays: ['mon', 'wed', 'fri'] } })['How often'],
    ).toBe('Monday, Wednesday and Friday');
    expect(words({ weeks: 1 })['For']).toBe('1 week');
  });

  it('says which parts are not set, and adds notes when there are some', () => {
    const draft = words({
      sets: null,
      load: null,
      tempo: null,
      restSeconds: null,
      frequency: null,
      weeks: null,
      progression: null,
      notes: 'Stop if the knee locks.',
    });
    expect(draft).toEqual({
      'Sets and repetitions': '10 repetitions, sets not set',
      Load: 'Not set',
      Tempo: 'Not set',
      Rest: 'Not set',
      'How often': 'Not set',
      For: 'Not set',
      'When to progress': 'No criterion',
      Notes: 'Stop if the knee locks.',
    });
    expect(
      words({ progression: { kind: 'custom', text: 'When pain stays under 3/10.' } })[
        'When to progress'
      ],
    ).toBe('When pain stays under 3/10.');
  });
});

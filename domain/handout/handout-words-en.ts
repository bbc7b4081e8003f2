import type { HandoutWords } from './handout-words';

const band = { light: 'light', moderate: 'moderate', vigorous: 'hard' } as const;

/** The handout's own words in English. Pain rules in plain words from CLINICAL-RULES §2. */
export const englishHandoutWords: HandoutWords = {
  title: 'Your exercise plan',
  patient: 'Patient',
  therapist: 'Therapist',
  date: 'Date',
  diagnosis: 'What we are treating',
  diagnoses: {
    patellofemoral_pain: "Runner's knee (pain around the kneecap)",
    itbs: 'IT band syndrome (pain on the outside of the knee)',
    meniscus_nonop: 'Meniscus tear (knee cartilage), treated without surgery',
    meniscus_postop: 'Meniscus tear (knee cartilage), after surgery',
    patellar_tendinopathy: "Jumper's knee (pain just below the kneecap)",
    other: 'Knee pain',
  },

  strength: {
    heading: 'Strength exercises',
    intro:
      'Do these exercises on the days shown. Move slowly and with control. Some discomfort is fine: use the ' +
      'pain traffic lights to judge how much.',
    sections: {
      quadriceps: 'Quadriceps (front of the thigh)',
      hamstrings: 'Hamstrings (back of the thigh)',
      glutes_hip: 'Glutes & hip',
      other: 'Other exercises',
    },
  },
  pictureAlt: (name) => `${name}: start and end positions.`,
  pictureLabels: { start: 'Start', end: 'End' },

  schedule: {
    heading: 'Your week',
    intro: 'What to do on each day. Tick a box each day you do it.',
    restDay: 'Rest',
    easyRun: 'Easy run',
    hardRun: 'Harder run (long run or faster running)',
    strength: 'Strength exercises',
    dailyExercises: 'Daily exercises',
    week: (n, from) => `Week ${n} (from ${from})`,
  },

  crossTraining: {
    heading: 'Cross-training',
    intro:
      'Low-impact exercise keeps you fit while your knee settles. Keep to the minutes and the effort shown.',
    modalities: {
      swimming: 'Swimming',
      stationary_cycling: 'Stationary cycling',
      outdoor_cycling: 'Outdoor cycling',
      elliptical: 'Elliptical',
      aqua_jogging: 'Running in deep water (aqua jogging)',
      rowing: 'Rowing',
      walking: 'Walking',
      other: 'Other activity',
    },
    minutes: (m) => `${m} min`,
    rising: (from, to) => `${from}, rising to ${to}`,
    effort: (intensity) => {
      switch (intensity.kind) {
        case 'rpe':
          return `Effort ${intensity.rpe} out of 10`;
        case 'hr_zone':
          return `Heart-rate zone ${intensity.zone} of 5`;
        case 'talk_test':
          return {
            can_sing: 'Easy: you can talk and even sing',
            can_talk: 'You can talk in sentences, but not sing',
            few_words: 'Hard: only a few words at a time',
          }[intensity.level];
      }
    },
    effortBands: band,
    activity: (name, minutes) => `${name} ${minutes}`,
    weekOf: (date) => `Week of ${date}`,
  },

  running: {
    heading: 'Running plan',
    mileageIntro:
      'How far to run each week, from this week on. Spread it over your run days and keep most runs easy.',
    walkJogIntro:
      'Walk–jog levels: move up one level only when you finished the level with no more pain or swelling. ' +
      'At most 4 sessions a week, never two days in a row.',
    columns: { weekOf: 'Week of', distance: 'Planned distance', runDays: 'Run days' },
    walkJogColumns: { weekOf: 'Level', distance: 'Session', runDays: 'Run days' },
    level: (n) => `Level ${n}`,
    walkJogSession: (level) => {
      const { walkMiles, jogMiles, totalMiles } = level;
      if (walkMiles !== null && jogMiles !== null) {
        return `Walk ${walkMiles} mi, jog ${jogMiles} mi; repeat to ${totalMiles} mi`;
      }
      if (jogMiles !== null) return `Jog ${jogMiles} mi`;
      return 'Alternate running and jogging every 0.25 mi';
    },
    walkJogRunDays: 'Up to 4 days a week, not two days in a row',
    lighterWeek: 'lighter week',
    raceWeek: 'race week',
    hardRun: 'harder',
    noRunDays: 'Ask your therapist',
    painHeading: 'Pain traffic lights (pain from 0 to 10, during exercise and the next morning)',
    painRules: ({ greenMax, amberMax }) => [
      {
        light: 'green',
        label: 'Green: go',
        text: `Pain 0 to ${greenMax}: safe. Carry on with the plan.`,
      },
      {
        light: 'amber',
        label: 'Amber: hold',
        text:
          `Pain ${greenMax + 1} to ${amberMax}: acceptable if it has settled by the next morning and is not ` +
          'worse than last week. Stay at the same level; do not do more yet.',
      },
      {
        light: 'red',
        label: 'Red: step back',
        text:
          `Pain above ${amberMax}, pain still there the next morning, or worse than last week: too much. ` +
          'Do less: go back one step, and tell us.',
      },
    ],
    painSource: (citation) =>
      `Pain-monitoring model (${citation}), from a study of the Achilles tendon; used for knee pain in ` +
      'clinical practice.',
  },

  whenToCall: {
    heading: 'When to call us',
    items: ({ amberMax }) => [
      'Swelling in the knee that is new or getting worse',
      `Pain above ${amberMax} out of 10 that has not settled by the next morning`,
      'The knee locks, catches or gives way',
      'The knee is red or hot, or you have a fever',
      'Pain, swelling or tenderness in the calf',
      'You are not sure how to do an exercise',
    ],
  },
  footer: {
    program: (v) => `Exercise program version ${v}`,
    crossTraining: (v) => `Cross-training plan version ${v}`,
    running: (v) => `Running plan version ${v}`,
    printed: (date) => `Printed ${date}`,
    pageOf: 'Page {page} of {pages}',
  },
};

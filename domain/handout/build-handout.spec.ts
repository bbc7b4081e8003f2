import { addItem, emptyProgram } from '../programs/program';
import { holdDose, standardDose } from '../programs/dose';
import { buildHandout } from './build-handout';
import { defaultHandoutOptions, type HandoutOptions } from './handout-options';
import { customGoblet, sampleHandoutSources } from './sample-handout';

const options = (changes: Partial<HandoutOptions>): HandoutOptions => ({
  ...defaultHandoutOptions,
  ...changes,
});

describe('buildHandout', () => {
  it('heads the handout with the clinic, patient, therapist, date and a plain-language diagnosis', () => {
    const doc = buildHandout(sampleHandoutSources());
    expect(doc.language).toBe('en');
    expect(doc.title).toBe('Your exercise plan');
    expect(doc.clinic).toEqual({
      name: 'Riverside Physio',
      address: null,
      phone: '555-0100',
      logoUrl: null,
    });
    expect(doc.patient).toEqual({ label: 'Patient', name: 'Ana Ruiz' });
    expect(doc.therapist).toEqual({ label: 'Therapist', name: 'Sam Lee' });
    expect(doc.date).toEqual({ label: 'Date', iso: '2026-12-02', text: '2 Dec 2026' });
    expect(doc.diagnosis).toEqual({
      label: 'What we are treating',
      text: "Runner's knee (pain around the kneecap)",
    });
    expect(doc.whenToCall.heading).toBe('When to call us');
    expect(doc.whenToCall.phone).toBe('555-0100');
  });

  it('heads it in Spanish, every label and date in Spanish', () => {
    const doc = buildHandout(sampleHandoutSources({ options: options({ language: 'es' }) }));
    expect(doc.language).toBe('es');
    expect([
      doc.title,
      doc.patient.label,
      doc.therapist.label,
      doc.date.text,
      doc.diagnosis.text,
    ]).toEqual([
      'Su plan de ejercicios',
      'Paciente',
      'Terapeuta',
      '2 dic 2026',
      'Rodilla del corredor (dolor alrededor de la rótula)',
    ]);
    expect(doc.whenToCall.heading).toBe('Cuándo llamarnos');
    expect(doc.missingTranslations).toEqual([]);
  });

  it('names the clinic’s own pain threshold in "when to call us"', () => {
    const items = (amberMax: number, language: 'en' | 'es') =>
      buildHandout(
        sampleHandoutSources({
          options: options({ language }),
          painRules: { greenMax: 2, amberMax },
        }),
      ).whenToCall.items;
    expect(items(5, 'en')).toContain(
      'Pain above 5 out of 10 that has not settled by the next morning',
    );
    expect(items(4, 'en')).toContain(
      'Pain above 4 out of 10 that has not settled by the next morning',
    );
    expect(items(6, 'es')).toContain(
      'Dolor de más de 6 sobre 10 que no se ha calmado a la mañana siguiente',
    );
  });

  it('signs the footer with the versions printed and the date, and a page number pattern', () => {
    expect(buildHandout(sampleHandoutSources()).footer).toEqual({
      text: 'Exercise program version 3 · Cross-training plan version 1 · Running plan version 2 · Printed 2 Dec 2026',
      pageOf: 'Page {page} of {pages}',
    });
    const strengthOnly = buildHandout(
      sampleHandoutSources({ options: options({ sections: ['strength'], language: 'es' }) }),
    );
    expect(strengthOnly.footer).toEqual({
      text: 'Programa de ejercicios versión 3 · Impreso el 2 dic 2026',
      pageOf: 'Página {page} de {pages}',
    });
  });

  it('leaves out the sections not chosen, and those whose plan the patient does not have', () => {
    const chosen = buildHandout(
      sampleHandoutSources({ options: options({ sections: ['running', 'strength'] }) }),
    );
    expect([!!chosen.strength, chosen.schedule, chosen.crossTraining, !!chosen.running]).toEqual([
      true,
      null,
      null,
      true,
    ]);
    const none = buildHandout(
      sampleHandoutSources({ program: null, crossTraining: null, running: null }),
    );
    expect([none.strength, none.schedule, none.crossTraining, none.running]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('groups the strength program as the builder does, with each dose in plain words', () => {
    const { strength } = buildHandout(sampleHandoutSources());
    expect(strength?.heading).toBe('Strength exercises');
    expect(strength?.groups.map((g) => [g.heading, g.exercises.map((e) => e.name)])).toEqual([
      ['Quadriceps (front of the thigh)', ['Body-weight squat', 'Step-up']],
      ['Glutes & hip', ['Side-lying hip abduction', 'Glute bridge', 'Clamshell']],
    ]);
    const stepUp = strength!.groups[0].exercises[1];
    expect(stepUp.itemId).toBe('i2');
    expect(stepUp.dose).toBe(
      '3 sets of 10 on each leg — body weight only — 2 seconds down, 2 up — rest 45 seconds — 3 days a week — ' +
        'for 6 weeks',
    );
    expect(stepUp.steps[0]).toBe(
      'Stand facing a sturdy step or low box, about 15–20 cm (6–8 in) high.',
    );
    expect(stepUp.picture.kind).toBe('drawing');
  });

  it('prints only the cautions for the patient’s diagnosis, in the handout’s language', () => {
    const program = addItem(emptyProgram(), 'quadriceps', {
      exerciseId: 'goblet-squat',
      dose: standardDose(),
    });
    const cautions = (
      diagnosis: 'meniscus_postop' | 'patellofemoral_pain' | 'itbs',
      language: 'en' | 'es',
    ) =>
      buildHandout(
        sampleHandoutSources({
          options: options({ sections: ['strength'], language }),
          patient: { firstName: 'Ana', lastName: 'Ruiz', diagnosis, diagnosisOther: null },
          program: { version: 1, program },
        }),
      ).strength!.groups[0].exercises[0].precautions;
    expect(cautions('meniscus_postop', 'en')).toEqual([
      'In the first weeks, do not bend your knee past a right angle (90°) while it carries your weight, unless ' +
        'your surgeon or therapist says you can.',
    ]);
    expect(cautions('patellofemoral_pain', 'es')).toEqual([
      'Durante este ejercicio, un dolor de rodilla de hasta 5 de 10 está bien si a la mañana siguiente ya se ' +
        'calmó. Si es más fuerte, haga el movimiento más pequeño o use menos peso.',
    ]);
    expect(cautions('itbs', 'en')).toEqual([]);
  });

  it('prints a custom exercise in English in a Spanish handout, marked and listed, never silently', () => {
    const program = addItem(emptyProgram(), 'quadriceps', {
      exerciseId: customGoblet.id,
      dose: standardDose(),
    });
    const doc = buildHandout(
      sampleHandoutSources({
        options: options({ language: 'es' }),
        program: { version: 1, program },
      }),
    );
    const printed = doc.strength!.groups[0].exercises[0];
    expect(printed.englishOnly).toBeTrue();
    expect(printed.name).toBe('Goblet squat to a box');
    expect(printed.steps[0]).toBe(
      'Hold a kettlebell (or a dumbbell) against your chest with both hands.',
    );
    expect(printed.dose).toContain('3 series de 10');
    expect(doc.missingTranslations).toEqual([
      { where: 'Exercise "Goblet squat to a box"', text: 'Goblet squat to a box' },
    ]);
  });

  it('marks nothing English-only in an English handout', () => {
    const program = addItem(emptyProgram(), 'quadriceps', {
      exerciseId: customGoblet.id,
      dose: standardDose(),
    });
    const doc = buildHandout(sampleHandoutSources({ program: { version: 1, program } }));
    expect(doc.strength!.groups[0].exercises[0].englishOnly).toBeFalse();
    expect(doc.missingTranslations).toEqual([]);
  });

  it('draws a custom exercise on the poses it names, and shows an uploaded picture instead when it has one', () => {
    const program = addItem(emptyProgram(), 'other', {
      exerciseId: customGoblet.id,
      dose: holdDose(30),
    });
    const picture = (exercise: typeof customGoblet) =>
      buildHandout(
        sampleHandoutSources({
          program: { version: 1, program },
          exercise: (id) => (id === exercise.id ? exercise : undefined),
        }),
      ).strength!.groups[0].exercises[0].picture;
    const drawn = picture({ ...customGoblet, poseFrom: 'wall-sit', mirrorPose: true });
    expect(drawn.kind).toBe('drawing');
    expect(drawn.kind === 'drawing' && drawn.svg.startsWith('<svg')).toBeTrue();
    expect(picture({ ...customGoblet, imageUrl: '/api/exercises/x/image?v=1' })).toEqual({
      kind: 'image',
      url: '/api/exercises/x/image?v=1',
      alt: 'Goblet squat to a box: start and end positions.',
    });
    expect(picture({ ...customGoblet, basedOn: null, poseFrom: null })).toEqual({ kind: 'none' });
  });

  it('gives a Spanish drawing a Spanish text alternative, inside the SVG too', () => {
    const doc = buildHandout(
      sampleHandoutSources({ options: options({ sections: ['strength'], language: 'es' }) }),
    );
    const picture = doc.strength!.groups[0].exercises[0].picture;
    expect(picture.kind === 'drawing' && picture.alt).toBe(
      'Sentadilla con el peso del cuerpo: posición inicial y final.',
    );
    expect(picture.kind === 'drawing' && picture.svg).toContain(
      'Sentadilla con el peso del cuerpo: posición inicial y final.',
    );
    // The words over the two positions are Spanish too: nothing on the page is left in English.
    const svg = picture.kind === 'drawing' ? picture.svg : '';
    expect(svg).toContain('>Inicio</text>');
    expect(svg).toContain('>Final</text>');
    expect(svg).not.toContain('>Start</text>');
  });

  it('prints the therapist’s notes as typed and lists them when the handout is not in English', () => {
    const notes = 'Keep the box low';
    const program = addItem(emptyProgram(), 'quadriceps', {
      exerciseId: 'step-up',
      dose: standardDose({ notes }),
    });
    const sources = { program: { version: 1, program } };
    expect(buildHandout(sampleHandoutSources(sources)).missingTranslations).toEqual([]);
    const doc = buildHandout(
      sampleHandoutSources({ ...sources, options: options({ language: 'es' }) }),
    );
    expect(doc.strength!.groups[0].exercises[0].notes).toBe(notes);
    expect(doc.missingTranslations).toEqual([{ where: 'Notes on "Step-up"', text: notes }]);
  });

  it('prints a diagnosis the therapist described as typed, listed once in Spanish', () => {
    const patient = {
      firstName: 'Ana',
      lastName: 'Ruiz',
      diagnosis: 'other' as const,
      diagnosisOther: 'Plica syndrome',
    };
    expect(buildHandout(sampleHandoutSources({ patient })).diagnosis.text).toBe('Plica syndrome');
    const doc = buildHandout(
      sampleHandoutSources({ patient, options: options({ language: 'es' }) }),
    );
    expect(doc.diagnosis.text).toBe('Plica syndrome');
    expect(doc.missingTranslations).toEqual([{ where: 'Diagnosis', text: 'Plica syndrome' }]);
  });

  it('lists an exercise that is no longer in the library instead of printing a gap', () => {
    const program = addItem(emptyProgram(), 'other', {
      exerciseId: 'gone-exercise',
      dose: standardDose(),
    });
    const doc = buildHandout(sampleHandoutSources({ program: { version: 1, program } }));
    expect(doc.strength!.groups).toEqual([]);
    expect(doc.missingTranslations).toEqual([
      { where: 'Exercise not in the library, left out', text: 'gone-exercise' },
    ]);
  });
});

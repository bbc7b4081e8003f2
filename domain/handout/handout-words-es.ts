import { decimal } from './handout-locale';
import type { HandoutWords } from './handout-words';

/**
 * The handout's own words in Spanish: "usted", and no word that makes the patient a man or a woman (as the
 * catalogue's Spanish text). Pain rules in plain words from CLINICAL-RULES §2.
 */
export const spanishHandoutWords: HandoutWords = {
  title: 'Su plan de ejercicios',
  patient: 'Paciente',
  therapist: 'Terapeuta',
  date: 'Fecha',
  diagnosis: 'Lo que estamos tratando',
  diagnoses: {
    patellofemoral_pain: 'Rodilla del corredor (dolor alrededor de la rótula)',
    itbs: 'Síndrome de la cintilla iliotibial (dolor en la parte externa de la rodilla)',
    meniscus_nonop: 'Rotura de menisco (cartílago de la rodilla), tratada sin cirugía',
    meniscus_postop: 'Rotura de menisco (cartílago de la rodilla), después de la cirugía',
    patellar_tendinopathy: 'Rodilla del saltador (dolor justo debajo de la rótula)',
    other: 'Dolor de rodilla',
  },

  strength: {
    heading: 'Ejercicios de fuerza',
    intro:
      'Haga estos ejercicios los días indicados. Muévase despacio y con control. Una molestia leve es normal: ' +
      'use el semáforo del dolor para saber cuánto es aceptable.',
    sections: {
      quadriceps: 'Cuádriceps (parte delantera del muslo)',
      hamstrings: 'Isquiotibiales (parte trasera del muslo)',
      glutes_hip: 'Glúteos y cadera',
      other: 'Otros ejercicios',
    },
  },
  pictureAlt: (name) => `${name}: posición inicial y final.`,
  pictureLabels: { start: 'Inicio', end: 'Final' },

  schedule: {
    heading: 'Su semana',
    intro: 'Lo que debe hacer cada día. Marque una casilla cada día que lo haga.',
    restDay: 'Descanso',
    easyRun: 'Carrera suave',
    hardRun: 'Carrera más exigente (carrera larga o más rápida)',
    strength: 'Ejercicios de fuerza',
    dailyExercises: 'Ejercicios diarios',
    week: (n, from) => `Semana ${n} (desde el ${from})`,
  },

  crossTraining: {
    heading: 'Entrenamiento cruzado',
    intro:
      'El ejercicio de bajo impacto le mantiene en forma mientras la rodilla se recupera. Respete los minutos y ' +
      'el esfuerzo indicados.',
    modalities: {
      swimming: 'Natación',
      stationary_cycling: 'Bicicleta estática',
      outdoor_cycling: 'Bicicleta al aire libre',
      elliptical: 'Elíptica',
      aqua_jogging: 'Correr en el agua (piscina profunda)',
      rowing: 'Remo',
      walking: 'Caminar',
      other: 'Otra actividad',
    },
    minutes: (m) => `${m} min`,
    rising: (from, to) => `${from}, subiendo hasta ${to}`,
    effort: (intensity) => {
      switch (intensity.kind) {
        case 'rpe':
          return `Esfuerzo ${intensity.rpe} de 10`;
        case 'hr_zone':
          return `Zona de frecuencia cardiaca ${intensity.zone} de 5`;
        case 'talk_test':
          return {
            can_sing: 'Suave: puede hablar e incluso cantar',
            can_talk: 'Puede hablar con frases completas, pero no cantar',
            few_words: 'Intenso: solo puede decir unas pocas palabras seguidas',
          }[intensity.level];
      }
    },
    effortBands: { light: 'suave', moderate: 'moderado', vigorous: 'intenso' },
    activity: (name, minutes) => `${name} ${minutes}`,
    weekOf: (date) => `Semana del ${date}`,
  },

  running: {
    heading: 'Plan de carrera',
    mileageIntro:
      'Cuánto correr cada semana, a partir de esta semana. Repártalo entre sus días de carrera y haga la ' +
      'mayoría de las carreras a ritmo suave.',
    walkJogIntro:
      'Niveles de caminar y trotar: suba un nivel solo cuando haya completado el nivel sin más dolor ni ' +
      'hinchazón. Como máximo 4 sesiones a la semana, nunca dos días seguidos.',
    columns: { weekOf: 'Semana del', distance: 'Distancia prevista', runDays: 'Días de carrera' },
    walkJogColumns: { weekOf: 'Nivel', distance: 'Sesión', runDays: 'Días de carrera' },
    level: (n) => `Nivel ${n}`,
    walkJogSession: (level) => {
      const { walkMiles, jogMiles, totalMiles } = level;
      const mi = (miles: number) => `${decimal(miles, 'es')} mi`;
      if (walkMiles !== null && jogMiles !== null && totalMiles !== null) {
        return `Camine ${mi(walkMiles)}, trote ${mi(jogMiles)}; repita hasta ${mi(totalMiles)}`;
      }
      if (jogMiles !== null) return `Trote ${mi(jogMiles)}`;
      return `Alterne correr y trotar cada ${mi(0.25)}`;
    },
    walkJogRunDays: 'Hasta 4 días a la semana, nunca dos días seguidos',
    lighterWeek: 'semana más ligera',
    raceWeek: 'semana de la carrera',
    hardRun: 'más exigente',
    noRunDays: 'Consulte a su terapeuta',
    painHeading:
      'Semáforo del dolor (dolor de 0 a 10, durante el ejercicio y a la mañana siguiente)',
    painRules: ({ greenMax, amberMax }) => [
      {
        light: 'green',
        label: 'Verde: adelante',
        text: `Dolor de 0 a ${greenMax}: sin riesgo. Siga con el plan.`,
      },
      {
        light: 'amber',
        label: 'Ámbar: mantenga',
        text:
          `Dolor de ${greenMax + 1} a ${amberMax}: aceptable si se ha calmado a la mañana siguiente y no está ` +
          'peor que la semana pasada. Siga en el mismo nivel; no haga más todavía.',
      },
      {
        light: 'red',
        label: 'Rojo: retroceda',
        text:
          `Dolor de más de ${amberMax}, dolor que sigue a la mañana siguiente o peor que la semana pasada: es ` +
          'demasiado. Haga menos: vuelva un paso atrás y avísenos.',
      },
    ],
    painSource: (citation) =>
      `Modelo de control del dolor (${citation}), de un estudio del tendón de Aquiles; se usa para el dolor ` +
      'de rodilla en la práctica clínica.',
  },

  whenToCall: {
    heading: 'Cuándo llamarnos',
    items: ({ amberMax }) => [
      'Hinchazón de la rodilla nueva o que va a más',
      `Dolor de más de ${amberMax} sobre 10 que no se ha calmado a la mañana siguiente`,
      'La rodilla se bloquea, se engancha o falla',
      'La rodilla está roja o caliente, o tiene fiebre',
      'Dolor, hinchazón o sensibilidad en la pantorrilla',
      'Tiene dudas sobre cómo hacer un ejercicio',
    ],
  },
  footer: {
    program: (v) => `Programa de ejercicios versión ${v}`,
    crossTraining: (v) => `Plan de entrenamiento cruzado versión ${v}`,
    running: (v) => `Plan de carrera versión ${v}`,
    printed: (date) => `Impreso el ${date}`,
    pageOf: 'Página {page} de {pages}',
  },
};

import type { ExerciseText } from '../exercise-text';
import { meniscusAfterSurgeryEs, meniscusDeepBendEs } from './standard-precautions-es';

/** The exercises of catalogue-hamstrings.ts in Spanish, by id, in the catalogue's order. */
export const hamstringsSpanish: Readonly<Record<string, ExerciseText>> = {
  'hamstring-set': {
    name: 'Presionar el talón contra el piso',
    steps: [
      'Acuéstese boca arriba. Doble un poco una rodilla, con el talón apoyado en el piso.',
      'Presione ese talón contra el piso y tire de él hacia usted, sin dejar que se mueva.',
      'Sienta cómo se aprieta la parte de atrás del muslo.',
      'Mantenga así 5 segundos y luego afloje.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: ['Mantenga la cadera apoyada en el piso.', 'Respire con normalidad mientras aprieta.'],
    precautions: [],
  },
  'standing-hamstring-curl': {
    name: 'Doblar la rodilla de pie con banda elástica',
    steps: [
      'Ate una banda elástica a un poste, cerca del piso, y pase el lazo alrededor de un tobillo. Mire hacia el poste.',
      'Apóyese en una silla o una mesa firme para mantener el equilibrio.',
      'Doble la rodilla para llevar el talón hacia arriba, por detrás.',
      'Deténgase cuando la parte baja de la pierna quede paralela al piso.',
      'Baje el pie despacio. Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga los muslos juntos, uno al lado del otro.',
      'Mantenga el cuerpo erguido; no se incline hacia adelante.',
    ],
    precautions: [],
  },
  'ball-hamstring-curl': {
    name: 'Doblar las rodillas con pelota',
    steps: [
      'Acuéstese boca arriba con los brazos a los costados y los talones sobre una pelota de ejercicio.',
      'Levante la cadera hasta que el cuerpo forme una línea recta.',
      'Doble las rodillas para hacer rodar la pelota hacia usted.',
      'Estire las piernas para alejar la pelota, sin bajar la cadera.',
      'Al terminar la serie, baje la cadera.',
    ],
    cues: ['Mantenga la cadera bien arriba todo el tiempo.', 'Mueva la pelota despacio.'],
    precautions: [meniscusDeepBendEs],
  },
  'single-leg-ball-curl': {
    name: 'Doblar la rodilla con pelota, a una pierna',
    steps: [
      'Acuéstese boca arriba con los dos talones sobre una pelota de ejercicio. Levante la cadera.',
      'Levante un pie de la pelota y mantenga esa pierna en el aire.',
      'Doble la otra rodilla para hacer rodar la pelota hacia usted.',
      'Aleje la pelota despacio, sin bajar la cadera.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga los dos lados de la cadera a la misma altura, sin inclinarse hacia un lado.',
      'Apoye con fuerza los brazos en el piso para mantener el equilibrio.',
    ],
    precautions: [meniscusDeepBendEs],
  },
  'machine-hamstring-curl': {
    name: 'Doblar las rodillas en máquina (curl femoral)',
    steps: [
      'Siéntese en la máquina con la espalda contra el respaldo. Alinee las rodillas con el punto donde gira la máquina.',
      'Apoye las pantorrillas sobre la almohadilla, justo encima de los talones. Baje la almohadilla de arriba hasta que sujete los muslos.',
      'Doble las rodillas para llevar la almohadilla hacia abajo y hacia atrás.',
      'Deje que vuelva a subir despacio hasta que las piernas queden casi estiradas.',
    ],
    cues: ['Mantenga la espalda apoyada en el respaldo.', 'Controle las pesas al volver.'],
    precautions: [meniscusDeepBendEs],
  },
  'long-lever-bridge': {
    name: 'Puente con las piernas casi estiradas',
    steps: [
      'Acuéstese boca arriba. Apoye los talones en el piso a un paso largo de los glúteos, con las rodillas apenas dobladas.',
      'Presione los talones contra el piso.',
      'Levante la cadera hasta que el cuerpo forme una línea recta.',
      'Mantenga así un momento y luego baje despacio.',
    ],
    cues: [
      'Debe sentirlo en la parte de atrás de los muslos.',
      'Empuje con los talones, no con las puntas de los pies.',
    ],
    precautions: [],
  },
  'hamstring-bridge-walkout': {
    name: 'Puente caminando con los talones',
    steps: [
      'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados. Levante la cadera para hacer un puente.',
      'Sin bajar la cadera, dé pasos cortos con los talones para alejarlos de usted.',
      'Avance hasta que las piernas queden casi estiradas, o hasta donde pueda sin bajar la cadera.',
      'Vuelva con los talones de la misma manera.',
      'Para terminar, baje la cadera al piso.',
    ],
    cues: [
      'Dé pasos cortos, de unos pocos centímetros.',
      'Mantenga los dos lados de la cadera a la misma altura cada vez que mueve un pie.',
    ],
    precautions: [],
  },
  'nordic-curl': {
    name: 'Curl nórdico',
    steps: [
      'Arrodíllese sobre una colchoneta blanda. Pida a alguien que le sujete bien los tobillos, o enganche los talones debajo de algo firme.',
      'Mantenga el cuerpo recto desde las rodillas hasta la cabeza. Cruce los brazos sobre el pecho.',
      'Inclínese hacia adelante despacio y use la parte de atrás de los muslos para frenar la caída.',
      'Cuando ya no pueda sostenerse, apoye las manos en el piso para frenar.',
      'Empújese con las manos para volver a quedar de rodillas.',
    ],
    cues: [
      'Mantenga la cadera estirada; no se doble por la cintura.',
      'Baje lo más despacio que pueda.',
    ],
    precautions: [meniscusAfterSurgeryEs],
  },
  'hip-hinge': {
    name: 'Bisagra de cadera',
    steps: [
      'Póngase de pie con los pies separados al ancho de la cadera y las rodillas un poco dobladas.',
      'Apoye las manos en la parte de adelante de la cadera.',
      'Lleve la cadera hacia atrás y deje que el pecho se incline hacia adelante, con la espalda recta.',
      'Deténgase cuando sienta un estiramiento en la parte de atrás de los muslos.',
      'Apriete los glúteos para volver a quedar con el cuerpo erguido.',
    ],
    cues: [
      'Imagine que cierra una puerta empujándola con los glúteos.',
      'Mantenga la espalda plana, como una mesa.',
    ],
    precautions: [],
  },
  'romanian-deadlift': {
    name: 'Peso muerto rumano',
    steps: [
      'Póngase de pie con los pies separados al ancho de la cadera. Sostenga una mancuerna delante de los muslos con las dos manos.',
      'Doble un poco las rodillas y manténgalas así.',
      'Lleve la cadera hacia atrás y deslice la pesa a lo largo de las piernas, con la espalda recta.',
      'Deténgase cuando sienta un estiramiento en la parte de atrás de los muslos, más o menos a la altura de las rodillas.',
      'Apriete los glúteos para volver a quedar con el cuerpo erguido.',
    ],
    cues: [
      'Mantenga la pesa cerca de las piernas.',
      'Lleve la cadera hacia atrás, no hacia abajo.',
    ],
    precautions: [],
  },
  'single-leg-romanian-deadlift': {
    name: 'Peso muerto rumano a una pierna',
    steps: [
      'Quédese de pie sobre una pierna, con la rodilla un poco doblada. Sostenga una mancuerna con la mano del lado contrario.',
      'Inclínese hacia adelante desde la cadera mientras lleva la pierna libre estirada hacia atrás.',
      'Baje la pesa hacia el piso hasta que el cuerpo y la pierna de atrás queden casi horizontales.',
      'Apriete el glúteo de la pierna de apoyo para volver a subir.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga los dos lados de la cadera mirando al piso, sin girarla hacia un lado.',
      'Muévase como un subibaja: el pecho baja y la pierna sube.',
    ],
    precautions: [],
  },
};

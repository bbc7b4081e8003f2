import type { ExerciseText } from '../exercise-text';
import { meniscusAfterSurgeryEs } from './standard-precautions-es';

/** The exercises of catalogue-glutes-hip.ts in Spanish, by id, in the catalogue's order. */
export const glutesHipSpanish: Readonly<Record<string, ExerciseText>> = {
  'glute-bridge': {
    name: 'Puente de glúteos',
    steps: [
      'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de la cadera.',
      'Deje los brazos a los costados.',
      'Apriete los glúteos y levante la cadera hasta que el cuerpo quede recto desde los hombros hasta las rodillas.',
      'Mantenga así 2 segundos y luego baje despacio.',
    ],
    cues: ['Empuje con los talones.', 'Mantenga las rodillas apuntando hacia adelante.'],
    precautions: [],
  },
  'single-leg-bridge': {
    name: 'Puente a una pierna',
    steps: [
      'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados.',
      'Levante un pie y estire esa pierna, con los dos muslos a la misma altura.',
      'Empuje con el talón que está en el piso para levantar la cadera.',
      'Baje despacio sin dejar que la cadera se incline hacia un lado.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga la cadera pareja, como una bandeja llena que no debe volcarse.',
      'Empuje con el talón.',
    ],
    precautions: [],
  },
  'hip-thrust': {
    name: 'Empuje de cadera (hip thrust)',
    steps: [
      'Siéntese en el piso con la parte alta de la espalda apoyada en el borde de un banco o cajón firme.',
      'Doble las rodillas con los pies apoyados. Ponga una mancuerna sobre la cadera y sosténgala con las dos manos.',
      'Empuje con los talones para levantar la cadera hasta que el cuerpo quede horizontal desde los hombros hasta las rodillas.',
      'Apriete los glúteos arriba y luego baje despacio.',
    ],
    cues: [
      'Acerque el mentón al pecho y mire hacia adelante, no hacia arriba.',
      'Arriba, mantenga las espinillas verticales.',
    ],
    precautions: [],
  },
  'single-leg-hip-thrust': {
    name: 'Empuje de cadera a una pierna',
    steps: [
      'Siéntese en el piso con la parte alta de la espalda apoyada en el borde de un banco o cajón firme.',
      'Doble las rodillas con los pies apoyados. Levante un pie del piso.',
      'Empuje con el otro talón para levantar la cadera hasta que el cuerpo quede horizontal.',
      'Baje despacio, con los dos lados de la cadera a la misma altura.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: ['Mantenga la cadera de frente, sin girarla.', 'Empuje con el talón.'],
    precautions: [],
  },
  'prone-hip-extension': {
    name: 'Elevación de la pierna boca abajo',
    steps: [
      'Acuéstese boca abajo con la cabeza apoyada sobre los brazos doblados.',
      'Apriete suavemente los músculos del abdomen.',
      'Apriete un glúteo y separe del piso esa pierna estirada, más o menos el ancho de una mano.',
      'Mantenga así 2 segundos y luego baje despacio.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga los huesos de la cadera apoyados en el piso.',
      'Levante la pierna con el glúteo, no con la parte baja de la espalda.',
    ],
    precautions: [],
  },
  'quadruped-hip-extension': {
    name: 'Patada de glúteo en cuatro apoyos',
    steps: [
      'Apóyese en manos y rodillas, con las manos debajo de los hombros y las rodillas debajo de la cadera.',
      'Con una rodilla doblada, levante esa pierna hacia atrás, con la planta del pie mirando al techo.',
      'Deténgase cuando el muslo quede a la altura de la espalda.',
      'Bájela despacio.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: ['Mantenga la espalda recta y quieta.', 'Apriete el glúteo arriba.'],
    precautions: [],
  },
  clamshell: {
    name: 'Abrir las rodillas de lado',
    steps: [
      'Acuéstese de lado con la cadera y las rodillas dobladas, una rodilla encima de la otra.',
      'Apoye la cabeza en el brazo de abajo. Mantenga los pies juntos.',
      'Levante la rodilla de arriba lo más que pueda sin girar la cadera hacia atrás.',
      'Bájela despacio.',
      'Haga todas las repeticiones y luego cambie de lado.',
    ],
    cues: [
      'Mantenga los pies juntos, tocándose.',
      'Mantenga el lado de arriba de la cadera justo encima del de abajo.',
    ],
    precautions: [],
  },
  'banded-clamshell': {
    name: 'Abrir las rodillas de lado con banda elástica',
    steps: [
      'Pase una banda elástica alrededor de los dos muslos, justo encima de las rodillas.',
      'Acuéstese de lado con la cadera y las rodillas dobladas, una rodilla encima de la otra.',
      'Con los pies juntos, levante la rodilla de arriba contra la banda.',
      'Bájela despacio.',
      'Haga todas las repeticiones y luego cambie de lado.',
    ],
    cues: [
      'Mantenga la cadera quieta; solo se mueve la rodilla.',
      'Debe sentirlo en el costado del glúteo.',
    ],
    precautions: [],
  },
  'side-lying-hip-abduction': {
    name: 'Elevación de la pierna de arriba, de lado',
    steps: [
      'Acuéstese de lado con la rodilla de abajo doblada para mantener el equilibrio y la pierna de arriba estirada.',
      'Gire un poco los dedos del pie de arriba hacia el piso.',
      'Levante la pierna de arriba hacia el techo, un poco por detrás del cuerpo.',
      'Bájela despacio.',
      'Haga todas las repeticiones y luego cambie de lado.',
    ],
    cues: [
      'Suba la pierna guiando con el talón.',
      'Mantenga un lado de la cadera encima del otro; no gire hacia atrás.',
    ],
    precautions: [],
  },
  'side-plank-with-abduction': {
    name: 'Plancha lateral con elevación de pierna',
    steps: [
      'Acuéstese de lado y apóyese en el antebrazo, con el codo debajo del hombro.',
      'Ponga una pierna encima de la otra y levante la cadera hasta que el cuerpo forme una línea recta.',
      'Sin bajar la cadera, levante la pierna de arriba hacia el techo.',
      'Baje la pierna despacio. Mantenga la cadera arriba durante toda la serie.',
      'Haga todas las repeticiones y luego cambie de lado.',
    ],
    cues: ['Empuje el piso con el antebrazo.', 'Mantenga el cuerpo en una sola línea recta.'],
    precautions: [],
  },
  'standing-hip-abduction': {
    name: 'Elevación lateral de la pierna, de pie',
    steps: [
      'Pase una banda elástica alrededor de los dos tobillos. Apóyese en una silla o una mesa firme para mantener el equilibrio.',
      'Quédese de pie sobre una pierna, con el cuerpo erguido.',
      'Levante la otra pierna hacia el costado, con los dedos del pie apuntando hacia adelante.',
      'Bájela despacio.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga el cuerpo erguido; no se incline.',
      'Debe sentirlo en el costado de la cadera.',
    ],
    precautions: [],
  },
  'lateral-band-walk': {
    name: 'Pasos laterales con banda elástica',
    steps: [
      'Pase una banda elástica alrededor de las dos piernas, justo encima de los tobillos.',
      'Póngase de pie con los pies separados al ancho de la cadera y las rodillas un poco dobladas, como si fuera a sentarse.',
      'Dé un paso hacia el costado con un pie y luego acerque el otro pie. Mantenga la banda tensa.',
      'Dé todos los pasos hacia un lado y luego vuelva hacia el otro.',
    ],
    cues: [
      'Mantenga los dedos de los pies apuntando hacia adelante.',
      'No suba entre paso y paso: mantenga las rodillas dobladas y el cuerpo a la misma altura.',
    ],
    precautions: [],
  },
  'monster-walk': {
    name: 'Paso de monstruo con banda elástica',
    steps: [
      'Pase una banda elástica alrededor de las dos piernas, justo encima de los tobillos.',
      'Póngase de pie con los pies más separados que el ancho de la cadera y doble un poco las rodillas.',
      'Dé pasos largos y lentos hacia adelante y en diagonal hacia afuera, primero con un pie y luego con el otro.',
      'Mantenga la banda tensa todo el tiempo. Vuelva caminando hacia atrás de la misma manera.',
    ],
    cues: [
      'Lleve las rodillas hacia afuera, encima de los dedos de los pies.',
      'Mantenga las rodillas dobladas, como si estuviera a medio sentarse.',
    ],
    precautions: [],
  },
  'hip-hike': {
    name: 'Subir y bajar la cadera en un escalón',
    steps: [
      'Súbase de lado a un escalón y quédese sobre una pierna. Deje el otro pie colgando fuera del borde.',
      'Mantenga las dos rodillas estiradas. Apóyese en una pared o en el pasamanos para mantener el equilibrio.',
      'Deje bajar despacio el lado de la cadera de la pierna que cuelga.',
      'Apriete el costado de la cadera de la pierna de apoyo. Así sube el lado que bajó, hasta quedar parejo o un poco más alto.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: ['Mueva solo la cadera, no la rodilla.', 'Mantenga los hombros a la misma altura.'],
    precautions: [],
  },
  'side-lying-hip-adduction': {
    name: 'Elevación de la pierna de abajo, de lado',
    steps: [
      'Acuéstese de lado. Doble la pierna de arriba y apoye ese pie en el piso, delante de la rodilla de abajo.',
      'Mantenga estirada la pierna de abajo.',
      'Levante la pierna de abajo del piso hasta donde le resulte cómodo.',
      'Bájela despacio.',
      'Haga todas las repeticiones y luego cambie de lado.',
    ],
    cues: [
      'Suba la pierna guiando con el lado de adentro del talón.',
      'Mantenga un lado de la cadera encima del otro.',
    ],
    precautions: [],
  },
  'copenhagen-plank': {
    name: 'Plancha de Copenhague (rodilla en el banco)',
    steps: [
      'Acuéstese de lado junto a un banco y apóyese en el antebrazo.',
      'Apoye el lado de adentro de la rodilla de arriba sobre el banco. Deje la pierna de abajo colgando debajo del banco.',
      'Presione el banco con la rodilla de arriba y levante la cadera hasta que el cuerpo forme una línea recta.',
      'Mantenga la posición y luego baje la cadera con suavidad.',
      'Descanse y luego cambie de lado.',
    ],
    cues: [
      'Mantenga el cuerpo recto desde la cabeza hasta la rodilla.',
      'Respire de forma pareja mientras mantiene la posición.',
    ],
    precautions: [meniscusAfterSurgeryEs],
  },
};

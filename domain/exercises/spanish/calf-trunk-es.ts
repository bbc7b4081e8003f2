import type { ExerciseText } from '../exercise-text';

/** The exercises of catalogue-calf-trunk.ts in Spanish, by id, in the catalogue's order. */
export const calfTrunkSpanish: Readonly<Record<string, ExerciseText>> = {
  'calf-raise': {
    name: 'Elevación de talones',
    steps: [
      'De pie, separe los pies al ancho de la cadera. Para no perder el equilibrio, toque apenas una pared o una silla con la mano.',
      'Suba sobre las puntas de los pies, lo más alto que pueda.',
      'Haga una pausa arriba.',
      'Baje los talones despacio hasta el piso.',
    ],
    cues: [
      'Cargue el peso sobre el dedo gordo y el segundo dedo del pie.',
      'Suba hasta arriba del todo cada vez.',
    ],
    precautions: [],
  },
  'single-leg-calf-raise': {
    name: 'Elevación de talón a una pierna',
    steps: [
      'Quédese de pie sobre un pie. Para no perder el equilibrio, toque apenas una pared o una silla con la mano.',
      'Suba sobre la punta del pie, lo más alto que pueda.',
      'Baje el talón despacio hasta el piso.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: ['Mantenga la rodilla estirada, pero sin bloquearla.', 'Al bajar, cuente hasta 3.'],
    precautions: [],
  },
  'single-leg-calf-raise-on-step': {
    name: 'Elevación de talón a una pierna en un escalón',
    steps: [
      'Quédese de pie sobre un pie en el borde de un escalón, con el talón fuera del escalón.',
      'Apóyese en el pasamanos o en una pared para mantener el equilibrio.',
      'Baje el talón despacio hasta que quede más abajo que el escalón.',
      'Suba sobre la punta del pie, lo más alto que pueda.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Haga todo el recorrido despacio, de abajo hasta arriba.',
      'No deje que el tobillo se tuerza hacia afuera.',
    ],
    precautions: [],
  },
  'seated-calf-raise': {
    name: 'Elevación de talones en una silla',
    steps: [
      'Siéntese en una silla con los pies apoyados y las rodillas dobladas en ángulo recto.',
      'Ponga una mancuerna atravesada sobre las rodillas y sosténgala firme.',
      'Levante los talones lo más alto que pueda, quedando sobre las puntas de los pies.',
      'Baje los talones despacio.',
    ],
    cues: ['Empuje con el dedo gordo del pie.', 'Haga una pausa arriba.'],
    precautions: [],
  },
  'front-plank': {
    name: 'Plancha boca abajo',
    steps: [
      'Acuéstese boca abajo y apóyese en los antebrazos, con los codos debajo de los hombros.',
      'Doble los dedos de los pies hacia abajo y apóyelos en el piso.',
      'Levante el cuerpo del piso hasta formar una línea recta desde la cabeza hasta los talones.',
      'Mantenga la posición respirando de forma pareja. Luego baje al piso.',
    ],
    cues: [
      'Apriete el abdomen como si alguien le fuera a dar un empujoncito en la barriga.',
      'Mantenga la cadera a la altura de los hombros.',
    ],
    precautions: [],
  },
  'side-plank-from-knees': {
    name: 'Plancha lateral con las rodillas apoyadas',
    steps: [
      'Acuéstese de lado y apóyese en el antebrazo, con el codo debajo del hombro.',
      'Doble las rodillas para que los pies queden detrás de usted.',
      'Levante la cadera hasta que el cuerpo quede recto desde la cabeza hasta las rodillas.',
      'Mantenga la posición y luego baje. Cambie de lado.',
    ],
    cues: ['Empuje el piso con el antebrazo.', 'Mantenga la cadera empujada hacia adelante.'],
    precautions: [],
  },
  'side-plank': {
    name: 'Plancha lateral',
    steps: [
      'Acuéstese de lado y apóyese en el antebrazo, con el codo debajo del hombro.',
      'Estire las piernas y ponga un pie encima del otro.',
      'Levante la cadera hasta que el cuerpo forme una línea recta desde la cabeza hasta los pies.',
      'Mantenga la posición y luego baje. Cambie de lado.',
    ],
    cues: ['Empuje el piso con el antebrazo.', 'Mantenga el cuerpo en una sola línea recta.'],
    precautions: [],
  },
  'dead-bug': {
    name: 'Bicho muerto (dead bug)',
    steps: [
      'Acuéstese boca arriba y estire los brazos hacia el techo.',
      'Levante las piernas hasta que la cadera y las rodillas queden dobladas en ángulo recto.',
      'Apoye suavemente la parte baja de la espalda contra el piso.',
      'Despacio, lleve un brazo hacia atrás por encima de la cabeza y estire hacia el piso la pierna del lado contrario.',
      'Vuelva al centro y cambie de lado.',
    ],
    cues: [
      'Mantenga la parte baja de la espalda en contacto con el piso.',
      'Suelte el aire mientras se estira.',
    ],
    precautions: [],
  },
  'bird-dog': {
    name: 'Brazo y pierna contrarios en cuatro apoyos (bird dog)',
    steps: [
      'Apóyese en manos y rodillas, con las manos debajo de los hombros y las rodillas debajo de la cadera.',
      'Estire un brazo hacia adelante y la pierna del lado contrario hacia atrás, hasta que los dos queden a la altura del cuerpo.',
      'Mantenga así 2 segundos.',
      'Vuelva al inicio y cambie de lado.',
    ],
    cues: [
      'Mantenga la espalda plana, como si llevara un vaso encima.',
      'Estire el brazo y la pierna hacia lo lejos, no hacia arriba.',
    ],
    precautions: [],
  },
  'pallof-press': {
    name: 'Empuje con banda sin girar (Pallof press)',
    steps: [
      'Ate una banda elástica a un poste, a la altura del pecho. Póngase de lado junto al poste, a un brazo de distancia.',
      'Sostenga la banda con las dos manos en el centro del pecho.',
      'Empuje las manos hacia adelante en línea recta. No deje que la banda le gire el cuerpo.',
      'Vuelva a llevar las manos despacio al pecho.',
      'Haga todas las repeticiones y luego gire para quedar mirando hacia el otro lado.',
    ],
    cues: [
      'Mantenga la cadera y los hombros mirando hacia adelante.',
      'Mantenga el abdomen firme.',
    ],
    precautions: [],
  },
  'single-leg-balance': {
    name: 'Equilibrio en una pierna',
    steps: [
      'Póngase de pie cerca de una pared o una mesa firme, para poder tocarla si lo necesita.',
      'Levante un pie del piso.',
      'Manténgase en equilibrio sobre la otra pierna, con la rodilla un poco doblada, sin bloquearla.',
      'Mantenga la posición y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga los dos lados de la cadera a la misma altura.',
      'Fije la mirada en un punto delante de usted.',
    ],
    precautions: [],
  },
};

import type { ExerciseText } from '../exercise-text';
import { kneePainLimitEs, meniscusDeepBendEs } from './standard-precautions-es';

/** The exercises of catalogue-quadriceps.ts in Spanish, by id, in the catalogue's order. */
export const quadricepsSpanish: Readonly<Record<string, ExerciseText>> = {
  'quad-set': {
    name: 'Contracción del muslo',
    steps: [
      'Acuéstese boca arriba o siéntese con las piernas estiradas hacia adelante.',
      'Ponga una toalla pequeña enrollada debajo de la rodilla que va a trabajar.',
      'Apriete el músculo de la parte de adelante del muslo. Empuje la parte de atrás de la rodilla contra la toalla.',
      'Mantenga así 5 segundos y luego afloje.',
    ],
    cues: [
      'La rótula debe subir un poco hacia la cadera.',
      'No deje de respirar mientras aprieta.',
    ],
    precautions: [],
  },
  'straight-leg-raise': {
    name: 'Elevación de la pierna estirada',
    steps: [
      'Acuéstese boca arriba. Doble una rodilla y apoye toda la planta de ese pie en el piso.',
      'Deje la otra pierna estirada y apriete la parte de adelante de ese muslo.',
      'Levante la pierna estirada hasta la altura de la otra rodilla.',
      'Bájela despacio hasta el piso.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga bien estirada la rodilla de la pierna que sube.',
      'Mantenga la parte baja de la espalda quieta contra el piso.',
    ],
    precautions: [],
  },
  'terminal-knee-extension': {
    name: 'Estirar la rodilla contra una banda elástica',
    steps: [
      'Ate una banda elástica a un poste firme, a la altura de la rodilla.',
      'Mire hacia el poste y meta una pierna en el lazo, para que la banda quede detrás de la rodilla.',
      'Dé un paso atrás hasta que la banda tire de la rodilla y la doble un poco.',
      'Estire la rodilla por completo contra la banda y apriete la parte de adelante del muslo.',
      'Deje que la rodilla se doble despacio hasta volver al inicio.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: ['Mantenga el talón apoyado en el piso.', 'Mantenga la rodilla estirada un segundo.'],
    precautions: [],
  },
  'mini-squat': {
    name: 'Sentadilla corta',
    steps: [
      'De pie, separe los pies al ancho de la cadera. Si lo necesita, apóyese en una mesa firme o en el respaldo de una silla.',
      'Lleve la cadera hacia atrás y doble un poco las rodillas, como si fuera a sentarse.',
      'Deténgase cuando haya bajado más o menos un cuarto de una sentadilla completa.',
      'Empuje con los talones para volver a subir con el cuerpo erguido.',
    ],
    cues: [
      'Mantenga cada rodilla alineada con el segundo dedo del pie.',
      'Cargue el peso sobre los talones y el centro del pie.',
    ],
    precautions: [],
  },
  'sit-to-stand': {
    name: 'Levantarse de la silla',
    steps: [
      'Siéntese en la parte de adelante de una silla firme, con los pies apoyados y separados al ancho de la cadera.',
      'Cruce los brazos sobre el pecho.',
      'Inclínese hacia adelante desde la cadera y póngase de pie empujando con los talones.',
      'Vuelva a sentarse despacio y con control.',
    ],
    cues: [
      'Al levantarse, lleve la nariz por encima de los dedos de los pies.',
      'Mantenga las rodillas apuntando hacia adelante.',
    ],
    precautions: [meniscusDeepBendEs],
  },
  'wall-sit': {
    name: 'Sentadilla contra la pared',
    steps: [
      'Póngase de pie con la espalda contra una pared. Aleje los pies de la pared más o menos el largo de un pie.',
      'Deslice la espalda por la pared y doble las rodillas. Baje solo lo que le resulte cómodo, nunca por debajo del asiento de una silla.',
      'Mantenga las rodillas encima de los tobillos.',
      'Mantenga la posición y luego suba deslizando la espalda por la pared.',
    ],
    cues: [
      'Apoye toda la espalda contra la pared.',
      'Reparta el peso por igual entre los dos pies.',
    ],
    precautions: [],
  },
  'bodyweight-squat': {
    name: 'Sentadilla con el peso del cuerpo',
    steps: [
      'Póngase de pie con los pies un poco más separados que el ancho de la cadera y las puntas un poco hacia afuera.',
      'Lleve la cadera hacia atrás y doble las rodillas, como si se sentara en una silla.',
      'Baje hasta que los muslos queden más o menos paralelos al piso, o hasta donde le resulte cómodo.',
      'Empuje con todo el pie para volver a subir.',
    ],
    cues: [
      'Mantenga el pecho levantado.',
      'Lleve las rodillas en la misma dirección que los dedos de los pies.',
    ],
    precautions: [meniscusDeepBendEs],
  },
  'goblet-squat': {
    name: 'Sentadilla con pesa al pecho (goblet)',
    steps: [
      'Sostenga una pesa rusa (o una mancuerna) contra el pecho con las dos manos.',
      'Póngase de pie con los pies un poco más separados que el ancho de la cadera.',
      'Lleve la cadera hacia atrás y doble las rodillas para bajar.',
      'Baje hasta que los muslos queden paralelos al piso, o hasta donde le resulte cómodo.',
      'Empuje con los pies para subir hasta quedar con el cuerpo erguido.',
    ],
    cues: [
      'Mantenga la pesa pegada al pecho.',
      'Pecho levantado y rodillas hacia afuera, en línea con los dedos de los pies.',
    ],
    precautions: [meniscusDeepBendEs, kneePainLimitEs],
  },
  'split-squat': {
    name: 'Zancada fija (split squat)',
    steps: [
      'Póngase de pie con las piernas separadas en un paso largo: un pie adelante y el otro atrás, apoyado en la punta.',
      'Mantenga el cuerpo erguido, con las manos en la cintura.',
      'Doble las dos rodillas y baje la rodilla de atrás hacia el piso.',
      'Deténgase justo antes de que la rodilla de atrás toque el piso. Empuje con el pie de adelante para subir.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Cargue la mayor parte del peso en el talón del pie de adelante.',
      'Baje y suba en línea recta, como un ascensor.',
    ],
    precautions: [meniscusDeepBendEs, kneePainLimitEs],
  },
  'bulgarian-split-squat': {
    name: 'Sentadilla búlgara',
    steps: [
      'Póngase de pie a unos dos pasos de un banco o cajón, de espaldas a él.',
      'Lleve un pie hacia atrás y apoye el empeine de ese pie sobre el banco.',
      'Doble la rodilla de adelante y baje la rodilla de atrás hacia el piso.',
      'Empuje con el pie de adelante para volver a subir.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga la rodilla de adelante alineada con los dedos del pie.',
      'Mantenga el pecho erguido.',
    ],
    precautions: [meniscusDeepBendEs, kneePainLimitEs],
  },
  'reverse-lunge': {
    name: 'Zancada hacia atrás',
    steps: [
      'Póngase de pie con el cuerpo erguido y los pies separados al ancho de la cadera.',
      'Dé un paso largo hacia atrás con un pie.',
      'Doble las dos rodillas y baje la rodilla de atrás hacia el piso.',
      'Empuje con el pie de adelante y vuelva a la posición del inicio.',
      'Cambie de pierna en cada repetición.',
    ],
    cues: ['Mantenga la rodilla de adelante encima del tobillo.', 'Mantenga el cuerpo erguido.'],
    precautions: [meniscusDeepBendEs],
  },
  'forward-lunge': {
    name: 'Zancada hacia adelante',
    steps: [
      'Póngase de pie con el cuerpo erguido y los pies separados al ancho de la cadera.',
      'Dé un paso largo hacia adelante con un pie.',
      'Doble las dos rodillas y baje la rodilla de atrás hacia el piso.',
      'Empújese con el pie de adelante para volver a la posición del inicio.',
      'Cambie de pierna en cada repetición.',
    ],
    cues: [
      'Apoye primero el talón y luego baje en línea recta.',
      'Mantenga la rodilla de adelante alineada con los dedos del pie.',
    ],
    precautions: [meniscusDeepBendEs, kneePainLimitEs],
  },
  'walking-lunge': {
    name: 'Zancadas caminando',
    steps: [
      'Póngase de pie, con el cuerpo erguido, en un extremo de un espacio libre, como un pasillo.',
      'Dé un paso adelante para hacer una zancada y baje la rodilla de atrás hacia el piso.',
      'Empuje con el pie de adelante para subir y lleve el pie de atrás hacia adelante, a la siguiente zancada.',
      'Siga avanzando, una zancada tras otra.',
    ],
    cues: [
      'Dé pasos firmes, todos del mismo largo.',
      'Mantenga el pecho levantado y la mirada al frente.',
    ],
    precautions: [meniscusDeepBendEs, kneePainLimitEs],
  },
  'step-up': {
    name: 'Subir al escalón (step-up)',
    steps: [
      'Póngase de frente a un escalón firme o un cajón bajo, de unos 15–20 cm (6–8 pulgadas) de alto.',
      'Apoye un pie completo sobre el escalón.',
      'Empuje con ese talón para subir hasta que la pierna quede estirada.',
      'Baje despacio el otro pie hasta el piso.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Deje que la pierna de arriba haga el trabajo.',
      'Mantenga la rodilla alineada con los dedos del pie.',
    ],
    precautions: [],
  },
  'lateral-step-down': {
    name: 'Bajada lateral del escalón',
    steps: [
      'Súbase de lado a un escalón bajo y quédese sobre una pierna. Deje el otro pie colgando fuera del borde.',
      'Doble despacio la rodilla de la pierna de apoyo para bajar el talón libre hacia el piso.',
      'Toque el piso suavemente con el talón, sin apoyar peso.',
      'Estire la rodilla de la pierna de apoyo para volver a subir.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga los dos lados de la cadera a la misma altura.',
      'Mantenga la rodilla de la pierna de apoyo encima del segundo dedo del pie.',
    ],
    precautions: [],
  },
  'single-leg-squat-to-box': {
    name: 'Sentadilla a una pierna hasta el cajón',
    steps: [
      'Póngase de pie de espaldas a un cajón o a una silla firme.',
      'Levante un pie apenas del piso, delante de usted.',
      'Doble la rodilla de la pierna de apoyo y lleve la cadera hacia atrás para sentarse despacio en el cajón.',
      'Toque el cajón suavemente y luego empuje con el talón para levantarse sobre la misma pierna.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Estire los brazos hacia adelante para mantener el equilibrio.',
      'Mantenga la rodilla alineada con los dedos del pie.',
    ],
    precautions: [meniscusDeepBendEs, kneePainLimitEs],
  },
  'leg-press': {
    name: 'Prensa de piernas',
    steps: [
      'Siéntese en la máquina de prensa de piernas con la espalda bien apoyada en el respaldo.',
      'Apoye los pies en el centro de la plataforma, separados al ancho de la cadera.',
      'Empuje la plataforma hasta que las piernas queden estiradas, pero sin bloquear las rodillas.',
      'Doble las rodillas despacio y deje que la plataforma vuelva, hasta que queden dobladas en ángulo recto.',
      'Vuelva a empujar la plataforma.',
    ],
    cues: ['Empuje con todo el pie.', 'Mantenga las rodillas alineadas con los dedos de los pies.'],
    precautions: [],
  },
  'single-leg-press': {
    name: 'Prensa a una pierna',
    steps: [
      'Siéntese en la máquina de prensa de piernas con la espalda bien apoyada en el respaldo.',
      'Apoye un pie en el centro de la plataforma. Deje el otro pie en el piso o en el marco de la máquina.',
      'Empuje la plataforma hasta que la pierna quede estirada, pero sin bloquear la rodilla.',
      'Doble la rodilla despacio hasta el ángulo recto y vuelva a empujar.',
      'Haga todas las repeticiones y luego cambie de pierna.',
    ],
    cues: [
      'Mantenga la rodilla apuntando al segundo dedo del pie.',
      'Muévase despacio al empujar y al volver.',
    ],
    precautions: [],
  },
  'leg-extension': {
    name: 'Extensión de piernas (máquina)',
    steps: [
      'Siéntese en la máquina con la espalda contra el respaldo. Alinee las rodillas con el punto donde gira la máquina.',
      'Coloque la almohadilla sobre las espinillas, justo encima de los tobillos.',
      'Estire las rodillas para levantar la almohadilla.',
      'Bájela despacio.',
    ],
    cues: [
      'Mantenga la espalda apoyada en el respaldo.',
      'Suba y baje con suavidad, sin dar impulso.',
    ],
    precautions: [kneePainLimitEs],
  },
  'spanish-squat': {
    name: 'Sentadilla española (con banda elástica)',
    steps: [
      'Ate una banda elástica fuerte a un poste firme, a la altura de las rodillas. Métase en el lazo: debe quedar detrás de las rodillas.',
      'Camine hacia atrás hasta que la banda quede tensa. Separe los pies al ancho de la cadera.',
      'Baje en sentadilla llevando la cadera hacia atrás, con las espinillas verticales. Deje que la banda sostenga las rodillas.',
      'Baje hasta que las rodillas queden dobladas más o menos en ángulo recto y mantenga la posición.',
      'Al terminar el tiempo, levántese despacio.',
    ],
    cues: [
      'Mantenga las espinillas verticales y échese hacia atrás contra la banda.',
      'Debe sentir el trabajo en la parte de adelante de los muslos.',
    ],
    precautions: [],
  },
};

import type { ExerciseText } from '../exercise-text';
import { calfTrunkSpanish } from './calf-trunk-es';
import { glutesHipSpanish } from './glutes-hip-es';
import { hamstringsSpanish } from './hamstrings-es';
import { quadricepsSpanish } from './quadriceps-es';

/*
 * Spanish for patients: neutral Latin-American Spanish, formal "usted" imperative, short sentences, everyday words.
 * Every group file follows this glossary, so one thing has one word on the whole handout.
 * No adjective makes the patient a man or a woman: "acuéstese de lado", "el cuerpo erguido", not "acostado".
 *
 *   knee / kneecap ........... rodilla / rótula
 *   hip(s) (the pelvis) ...... la cadera, singular: "levante la cadera"
 *   hips level ............... los dos lados de la cadera a la misma altura
 *   front / back of thigh .... la parte de adelante / de atrás del muslo
 *   buttocks / one buttock ... los glúteos / el glúteo
 *   lower back ............... la parte baja de la espalda
 *   stomach .................. el abdomen
 *   lower leg / shin / calf .. la parte baja de la pierna / la espinilla (front) / la pantorrilla (back)
 *   heel / ankle ............. talón / tobillo
 *   ball of the foot ......... la punta del pie ("suba sobre la punta del pie")
 *   toes / big toe ........... los dedos del pie / el dedo gordo del pie ("dedos" alone is never the fingers)
 *   fingertips on a wall ..... toque apenas una pared con la mano
 *   second toe ............... el segundo dedo del pie ("rodilla alineada con el segundo dedo del pie")
 *   standing leg ............. la pierna de apoyo
 *   front / back foot, knee .. el pie, la rodilla de adelante / de atrás
 *   top / bottom leg ......... la pierna de arriba / de abajo (lying on the side)
 *   not locked (knee) ........ sin bloquear la rodilla
 *   straight (leg, knee) ..... estirada; a straight line: una línea recta. Never "derecho" (it also means right side)
 *   upright body ............. el cuerpo erguido
 *   hip-width apart .......... separados al ancho de la cadera
 *   right angle .............. ángulo recto
 *   floor / wall / chair ..... el piso / la pared / la silla
 *   counter .................. una mesa firme
 *   rail ..................... el pasamanos
 *   step (stair) / step (pace)  el escalón / el paso
 *   box / bench .............. el cajón / el banco
 *   sturdy post .............. un poste firme
 *   band / loop .............. la banda elástica / el lazo
 *   dumbbell / kettlebell .... la mancuerna / la pesa rusa; the weight held: la pesa; body weight: el peso
 *   exercise ball / mat ...... la pelota de ejercicio / la colchoneta
 *   machine pad .............. el respaldo (back) / la almohadilla (legs); foot plate: la plataforma
 *   squat / lunge / bridge / plank  sentadilla / zancada / puente / plancha
 *   repetitions / set ........ las repeticiones / la serie
 *   lie on your back / face down / side  acuéstese boca arriba / boca abajo / de lado
 *   to the side / the side of  hacia el costado / el costado de la cadera, del glúteo
 *   on hands and knees ....... apóyese en manos y rodillas (cuatro apoyos)
 *   stand .................... póngase de pie / quédese de pie (not "párese")
 *   hold (a position) ........ mantenga; hold (an object): sostenga; hold on to: apóyese en
 *   tighten, squeeze ......... apriete; relax: afloje
 *   push through the heel .... empuje con el talón
 *   lower slowly ............. baje despacio
 *   switch legs / sides ...... cambie de pierna / de lado
 *   surgeon / therapist ...... su cirujano / su terapeuta
 */

/** The catalogue's exercises in Spanish, by exercise id, one file per catalogue group. */
export const spanishCatalogueText: Readonly<Partial<Record<string, ExerciseText>>> = {
  ...quadricepsSpanish,
  ...hamstringsSpanish,
  ...glutesHipSpanish,
  ...calfTrunkSpanish,
};

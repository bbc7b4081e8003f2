/**
 * The shared cautions of standard-precautions.ts in Spanish, written once so every exercise that carries one prints
 * the same words. An exercise's Spanish `precautions` list these in the order its English `precautions` list the
 * originals (the spec checks the pairing).
 */

/** meniscusDeepBend */
export const meniscusDeepBendEs =
  'En las primeras semanas, no doble la rodilla más allá de un ángulo recto (90°) cuando el peso del ' +
  'cuerpo esté sobre ella, a menos que su cirujano o su terapeuta le diga que puede hacerlo.';

/** meniscusAfterSurgery */
export const meniscusAfterSurgeryEs =
  'Después de una operación de rodilla, empiece este ejercicio solo cuando su cirujano o su terapeuta le ' +
  'diga que es seguro para usted.';

/** kneePainLimit */
export const kneePainLimitEs =
  'Durante este ejercicio, un dolor de rodilla de hasta 5 de 10 está bien si a la mañana siguiente ya se ' +
  'calmó. Si es más fuerte, haga el movimiento más pequeño o use menos peso.';

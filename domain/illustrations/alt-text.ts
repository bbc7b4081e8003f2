import type { Exercise, Position } from '../exercises/exercise';
import type { Pose } from './body';
import type { Illustration } from './illustration';
import type { PropKind } from './props';
import { skeleton } from './skeleton';

const positionWords: Record<Position, string> = {
  standing: 'Standing',
  sitting: 'Sitting',
  supine: 'Lying on back',
  prone: 'Lying face down',
  side_lying: 'Lying on side',
  kneeling: 'Kneeling',
  quadruped: 'On hands and knees',
};

const propWords: Partial<Record<PropKind, string>> = {
  wall: 'back against a wall',
  box: 'a step or box',
  bench: 'a bench or chair',
  towel: 'a rolled towel under the knee',
  ball: 'heels on an exercise ball',
  band: 'a resistance band',
  dumbbell: 'a dumbbell',
  kettlebell: 'a kettlebell',
  machine: 'a gym machine',
};

function kneeFlexion(pose: Pose, side: 'nearLeg' | 'farLeg'): number {
  const leg = pose[side];
  return pose.view === 'front' ? (leg.kneeFlexion ?? 0) : leg.knee;
}

/** What the knees are doing in the start position, in the words a therapist would use. */
function kneeWords(pose: Pose, exercise: Pick<Exercise, 'position'>): string | undefined {
  const near = kneeFlexion(pose, 'nearLeg');
  const far = kneeFlexion(pose, 'farLeg');
  if (near >= 60 && far >= 60) return 'knees bent';
  if (near >= 60 || far >= 60) return 'one knee bent';
  if (near < 20 && far < 20 && exercise.position !== 'standing') return 'legs straight';
  return undefined;
}

function onOneLeg(pose: Pose): boolean {
  if (pose.view === 'above') return false;
  const body = skeleton(pose);
  const floor = Math.min(body.nearAnkle.y, body.farAnkle.y);
  return Math.abs(body.nearAnkle.y - body.farAnkle.y) > 12 && floor < 40;
}

/**
 * The picture's text alternative: the start position read from the pose and the exercise, then the movement
 * ("Lying on back, knees bent; lift the hips until the body is straight from shoulders to knees.").
 */
export function altText(
  exercise: Pick<Exercise, 'name' | 'position'>,
  illustration: Illustration,
): string {
  const details: string[] = [];
  const knees = kneeWords(illustration.start, exercise);
  if (knees) details.push(knees);
  if (exercise.position === 'standing' && onOneLeg(illustration.start)) details.push('on one leg');
  const kinds = [...new Set(illustration.props.map((p) => p.kind))];
  const withProps = kinds.flatMap((k) => propWords[k] ?? []);
  if (withProps.length) details.push(`with ${withProps.join(' and ')}`);
  const start = [positionWords[exercise.position], ...details].join(', ');
  return `${exercise.name}, start and end positions. ${start}; ${illustration.action}.`;
}

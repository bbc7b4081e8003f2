import type { JointName, Pose, Side } from './body';
import type { Prop } from './props';

/**
 * An exercise drawn as two positions. `action` is the movement in the patient's words, lower case, finishing the
 * generated alt text ("Lying on back, knees bent; lift hips until body is straight"). `working` says which leg the
 * exercise loads when it is one-legged (the near one unless the picture needs the far one); `arrow` names the joint
 * whose path the arrow follows when the joint that moves most is not the one to watch.
 */
export interface Illustration {
  readonly start: Pose;
  readonly end: Pose;
  readonly props: readonly Prop[];
  readonly action: string;
  readonly working?: Side;
  readonly arrow?: JointName;
}

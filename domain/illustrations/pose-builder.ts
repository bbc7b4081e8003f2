import type { Arm, JointName, Leg, Pose, View } from './body';
import { skeleton } from './skeleton';

interface PoseParts {
  readonly view?: View;
  readonly trunk: number;
  readonly neck?: number;
  /** Both legs (or arms) alike, before the near/far overrides. */
  readonly legs?: Partial<Leg>;
  readonly arms?: Partial<Arm>;
  readonly nearLeg?: Partial<Leg>;
  readonly farLeg?: Partial<Leg>;
  readonly nearArm?: Partial<Arm>;
  readonly farArm?: Partial<Arm>;
  readonly at: readonly [JointName, number, number];
}

const straightLeg: Leg = { hip: 0, knee: 0, ankle: 0 };
const relaxedArm: Arm = { shoulder: 0, elbow: 10 };

/** Writes a pose as the differences from standing tall with the arms relaxed, so the pose tables stay short. */
export function pose(p: PoseParts): Pose {
  return {
    view: p.view ?? 'side',
    trunk: p.trunk,
    neck: p.neck ?? 0,
    nearLeg: { ...straightLeg, ...p.legs, ...p.nearLeg },
    farLeg: { ...straightLeg, ...p.legs, ...p.farLeg },
    nearArm: { ...relaxedArm, ...p.arms, ...p.nearArm },
    farArm: { ...relaxedArm, ...p.arms, ...p.farArm },
    anchor: { joint: p.at[0], x: p.at[1], y: p.at[2] },
  };
}

/** Height of the ankle joint above the floor when the foot is flat. */
export const ankleHeight = 4;

/**
 * A leg with its foot flat on the floor, from how far the thigh leans forward of vertical (`thigh`) and how far
 * the knee has travelled forward of the ankle (`shin`), both in degrees: the way a therapist eyeballs a squat.
 */
export function flatFootLeg(trunk: number, thigh: number, shin: number): Leg {
  return { hip: 90 + thigh - trunk, knee: thigh + shin, ankle: -shin };
}

/** The same pose moved so that `joint` sits where it sits in `reference` (the feet that stay put in a bridge). */
export function pinnedTo(p: Pose, reference: Pose, joint: JointName): Pose {
  const at = skeleton(reference)[joint];
  return { ...p, anchor: { joint, x: at.x, y: at.y } };
}

/** A pose with some angles changed, keeping its anchor: the end of a movement from its start. */
export function vary(p: Pose, changes: Partial<Omit<PoseParts, 'at'>>): Pose {
  return pose({
    view: changes.view ?? p.view,
    trunk: changes.trunk ?? p.trunk,
    neck: changes.neck ?? p.neck,
    nearLeg: { ...p.nearLeg, ...changes.legs, ...changes.nearLeg },
    farLeg: { ...p.farLeg, ...changes.legs, ...changes.farLeg },
    nearArm: { ...p.nearArm, ...changes.arms, ...changes.nearArm },
    farArm: { ...p.farArm, ...changes.arms, ...changes.farArm },
    at: [p.anchor.joint, p.anchor.x, p.anchor.y],
  });
}

import { type JointName, type Pose, segmentLength as L } from './body';

export interface Point {
  readonly x: number;
  readonly y: number;
}
export type Skeleton = Readonly<Record<JointName, Point>>;

const rad = (deg: number) => (deg * Math.PI) / 180;
const step = (from: Point, angle: number, length: number): Point => ({
  x: from.x + length * Math.cos(rad(angle)),
  y: from.y + length * Math.sin(rad(angle)),
});

/** Absolute segment directions for one pose, shared by the skeleton and the alt text. */
export interface SegmentAngles {
  readonly trunk: number;
  readonly nearThigh: number;
  readonly farThigh: number;
  readonly nearShin: number;
  readonly farShin: number;
  readonly nearFoot: number;
  readonly farFoot: number;
  readonly nearUpperArm: number;
  readonly farUpperArm: number;
  readonly nearForearm: number;
  readonly farForearm: number;
}

export function segmentAngles(pose: Pose): SegmentAngles {
  const down = pose.trunk + 180;
  if (pose.view === 'front') {
    // Abduction swings each limb away from the midline, so the two sides turn opposite ways.
    const nearThigh = down - pose.nearLeg.hip;
    const farThigh = down + pose.farLeg.hip;
    const nearShin = nearThigh + pose.nearLeg.knee;
    const farShin = farThigh - pose.farLeg.knee;
    const nearUpperArm = down - pose.nearArm.shoulder;
    const farUpperArm = down + pose.farArm.shoulder;
    return {
      trunk: pose.trunk,
      nearThigh,
      farThigh,
      nearShin,
      farShin,
      nearFoot: nearShin - 90,
      farFoot: farShin + 90,
      nearUpperArm,
      farUpperArm,
      nearForearm: nearUpperArm - pose.nearArm.elbow,
      farForearm: farUpperArm + pose.farArm.elbow,
    };
  }
  const leg = (l: Pose['nearLeg']) => {
    const thigh = down + l.hip;
    const shin = thigh - l.knee;
    return { thigh, shin, foot: shin + 90 - l.ankle };
  };
  const arm = (a: Pose['nearArm']) => {
    const upper = down + a.shoulder;
    return { upper, fore: upper + a.elbow };
  };
  const [nl, fl, na, fa] = [
    leg(pose.nearLeg),
    leg(pose.farLeg),
    arm(pose.nearArm),
    arm(pose.farArm),
  ];
  return {
    trunk: pose.trunk,
    nearThigh: nl.thigh,
    farThigh: fl.thigh,
    nearShin: nl.shin,
    farShin: fl.shin,
    nearFoot: nl.foot,
    farFoot: fl.foot,
    nearUpperArm: na.upper,
    farUpperArm: fa.upper,
    nearForearm: na.fore,
    farForearm: fa.fore,
  };
}

/** How much of the thigh and shin a front view shows when the leg bends toward the viewer. */
function foreshortening(leg: Pose['nearLeg']): { thigh: number; shin: number } {
  const hip = leg.hipFlexion ?? 0;
  const shinTilt = hip - (leg.kneeFlexion ?? 0);
  return { thigh: Math.cos(rad(hip)), shin: Math.abs(Math.cos(rad(shinTilt))) };
}

/** Where every joint of a pose lies in the scene (y up from the ground). */
export function skeleton(pose: Pose): Skeleton {
  const a = segmentAngles(pose);
  const front = pose.view === 'front';
  const origin = { x: 0, y: 0 };
  const neck = step(origin, a.trunk, L.trunk);
  const across = a.trunk + 90;
  const pelvisHalf = front ? L.pelvisHalfWidth : 0;
  const shoulderHalf = front ? L.shoulderHalfWidth : 0;
  const nearHip = step(origin, across, pelvisHalf);
  const farHip = step(origin, across, -pelvisHalf);
  const nearShoulder = step(neck, across, shoulderHalf);
  const farShoulder = step(neck, across, -shoulderHalf);
  const near = front ? foreshortening(pose.nearLeg) : { thigh: 1, shin: 1 };
  const far = front ? foreshortening(pose.farLeg) : { thigh: 1, shin: 1 };
  const nearKnee = step(nearHip, a.nearThigh, L.thigh * near.thigh);
  const farKnee = step(farHip, a.farThigh, L.thigh * far.thigh);
  const nearAnkle = step(nearKnee, a.nearShin, L.shin * near.shin);
  const farAnkle = step(farKnee, a.farShin, L.shin * far.shin);
  const foot = front ? L.frontFoot : L.foot;
  const nearElbow = step(nearShoulder, a.nearUpperArm, L.upperArm);
  const farElbow = step(farShoulder, a.farUpperArm, L.upperArm);
  const joints: Record<JointName, Point> = {
    pelvis: origin,
    neck,
    head: step(neck, a.trunk + pose.neck, L.neck + L.headRadius),
    nearHip,
    farHip,
    nearKnee,
    farKnee,
    nearAnkle,
    farAnkle,
    nearToe: step(nearAnkle, a.nearFoot, foot),
    farToe: step(farAnkle, a.farFoot, foot),
    nearShoulder,
    farShoulder,
    nearElbow,
    farElbow,
    nearWrist: step(nearElbow, a.nearForearm, L.forearm),
    farWrist: step(farElbow, a.farForearm, L.forearm),
  };
  const pin = joints[pose.anchor.joint];
  const dx = pose.anchor.x - pin.x;
  const dy = pose.anchor.y - pin.y;
  return Object.fromEntries(
    Object.entries(joints).map(([name, p]) => [name, { x: p.x + dx, y: p.y + dy }]),
  ) as Record<JointName, Point>;
}

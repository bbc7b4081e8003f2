import type { Pose, View } from './body';
import { skeleton } from './skeleton';

interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * Active ranges of a healthy adult, rounded out a little (AAOS normal values: hip flexion 120°, extension 30°,
 * abduction 45°; knee flexion 135–150°, no hyperextension drawn; ankle dorsiflexion 20°, plantar flexion 50°;
 * shoulder flexion 180°, elbow flexion 150°). A pose outside them would teach a patient a movement they must not
 * make, so the specs reject it rather than the renderer clamping it.
 */
export const jointLimits: Readonly<Record<View, Readonly<Record<string, Range>>>> = {
  side: {
    hip: { min: -35, max: 135 },
    knee: { min: 0, max: 150 },
    ankle: { min: -30, max: 55 },
    shoulder: { min: -60, max: 180 },
    elbow: { min: 0, max: 150 },
    neck: { min: -40, max: 60 },
  },
  above: {
    hip: { min: -35, max: 135 },
    knee: { min: 0, max: 150 },
    ankle: { min: -30, max: 55 },
    shoulder: { min: -60, max: 180 },
    elbow: { min: 0, max: 150 },
    neck: { min: -40, max: 60 },
  },
  front: {
    hip: { min: -30, max: 60 },
    // Seen from the front a knee only looks bent when it buckles inward or outward: a few degrees at most.
    knee: { min: -12, max: 12 },
    ankle: { min: -20, max: 20 },
    shoulder: { min: -10, max: 180 },
    elbow: { min: 0, max: 150 },
    neck: { min: -30, max: 30 },
  },
};

/** Every way a pose breaks the joint limits or sinks into the floor; empty when the pose is possible. */
export function poseProblems(pose: Pose): string[] {
  const limits = jointLimits[pose.view];
  const problems: string[] = [];
  const check = (joint: string, where: string, value: number) => {
    const range = limits[joint];
    if (!Number.isFinite(value) || value < range.min || value > range.max) {
      problems.push(`${where} ${joint} ${value}° is outside ${range.min}° to ${range.max}°`);
    }
  };
  for (const side of ['near', 'far'] as const) {
    const leg = side === 'near' ? pose.nearLeg : pose.farLeg;
    const arm = side === 'near' ? pose.nearArm : pose.farArm;
    check('hip', side, leg.hip);
    if (pose.view === 'front') {
      const hipFlexion = leg.hipFlexion ?? 0;
      const kneeFlexion = leg.kneeFlexion ?? 0;
      if (hipFlexion < 0 || hipFlexion > 135)
        problems.push(`${side} hip flexion ${hipFlexion}° is outside 0° to 135°`);
      if (kneeFlexion < 0 || kneeFlexion > 150)
        problems.push(`${side} knee flexion ${kneeFlexion}° is outside 0° to 150°`);
      // A knee bent toward the viewer can look bent in the picture by as much as it is flexed, and no more.
      const sideways = limits['knee'].max + kneeFlexion;
      if (Math.abs(leg.knee) > sideways)
        problems.push(`${side} knee ${leg.knee}° is outside ±${sideways}° seen from the front`);
    } else {
      check('knee', side, leg.knee);
    }
    check('ankle', side, leg.ankle);
    check('shoulder', side, arm.shoulder);
    check('elbow', side, arm.elbow);
  }
  check('neck', 'head', pose.neck);
  // Seen from above there is no floor in the picture; otherwise nothing may sink more than a line width into it.
  if (pose.view !== 'above') {
    for (const [name, p] of Object.entries(skeleton(pose))) {
      if (p.y < -2) problems.push(`${name} is ${(-p.y).toFixed(0)} below the floor`);
    }
  }
  return problems;
}

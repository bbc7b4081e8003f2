/**
 * The stick figure every illustration is drawn with: a planar chain of segments. Angles are degrees.
 *
 * `side` view: the figure is seen from its side (its sagittal plane is the picture), so joint angles are
 * flexion and extension. `above` uses the same maths seen from the ceiling, for lying on the side with the knees
 * bent (a clamshell reads from above). `front` view: the frontal plane is the picture, so hip and shoulder angles
 * are abduction and the knee may only wobble a little (a knee that visibly bends in the frontal plane is buckling).
 */
export const views = ['side', 'above', 'front'] as const;
export type View = (typeof views)[number];

/** Segment lengths in scene units (about a centimetre for a 1.70 m adult, so ground to head is about 165). */
export const segmentLength = {
  trunk: 52,
  neck: 5,
  headRadius: 9,
  upperArm: 28,
  forearm: 26,
  thigh: 44,
  shin: 42,
  foot: 14,
  frontFoot: 8,
  /** Half the distance between the hip joints, and between the shoulders, seen from the front. */
  pelvisHalfWidth: 9,
  shoulderHalfWidth: 15,
} as const;

/**
 * Relative joint angles. Side view: `hip` is flexion (thigh forward of the trunk line, negative is extension),
 * `knee` is flexion (0 = straight, never negative: a knee does not bend backwards), `ankle` is plantar flexion
 * from a right angle (negative is dorsiflexion). Front view: `hip` is abduction (negative is adduction) and `knee`
 * a small sideways bend.
 */
export interface Leg {
  readonly hip: number;
  readonly knee: number;
  readonly ankle: number;
  /**
   * Front view only: flexion out of the picture, toward the viewer. The thigh and shin are drawn foreshortened
   * (a clamshell's bent knees point at the viewer), and a bent knee may look bent in the picture by up to its flexion.
   */
  readonly hipFlexion?: number;
  readonly kneeFlexion?: number;
}

/** Side view: `shoulder` is flexion (arm forward and up), `elbow` flexion. Front view: `shoulder` is abduction. */
export interface Arm {
  readonly shoulder: number;
  readonly elbow: number;
}

export const jointNames = [
  'pelvis',
  'neck',
  'head',
  'nearHip',
  'farHip',
  'nearKnee',
  'farKnee',
  'nearAnkle',
  'farAnkle',
  'nearToe',
  'farToe',
  'nearShoulder',
  'farShoulder',
  'nearElbow',
  'farElbow',
  'nearWrist',
  'farWrist',
] as const;
export type JointName = (typeof jointNames)[number];

/**
 * One position of the body. `trunk` is the absolute direction from pelvis to shoulders (0 = pointing right,
 * 90 = upright, 180 = pointing left); the figure faces 90° clockwise of it, so upright faces right, lying with the
 * head on the left faces up (on the back) and lying with the head on the right faces down (face down).
 * `anchor` pins one joint to a point of the scene (y up from the ground) and the rest of the body hangs from it.
 * Side and above views: `near` limbs are the ones closer to the viewer. Front view: `near` limbs are on the
 * figure's trunk-left side (screen left when upright and facing the viewer).
 */
export interface Pose {
  readonly view: View;
  readonly trunk: number;
  /** Head tilt from the trunk line, forward positive. */
  readonly neck: number;
  readonly nearLeg: Leg;
  readonly farLeg: Leg;
  readonly nearArm: Arm;
  readonly farArm: Arm;
  readonly anchor: { readonly joint: JointName; readonly x: number; readonly y: number };
}

export type Side = 'near' | 'far';

import type { Illustration } from './illustration';
import { ankleHeight as A, pose, vary } from './pose-builder';

const toeAt = ['nearToe', 14, A - 1] as const;
const standingOnToes = pose({ trunk: 90, at: toeAt });
// The near knee and far hand stay down while the near arm and far leg lift.
const quadruped = pose({
  trunk: 10,
  legs: { hip: 80, knee: 95, ankle: 55 },
  arms: { shoulder: 80, elbow: 0 },
  at: ['nearKnee', 0, 6],
});
const forearmArms = { shoulder: 78, elbow: 90 };
const sidePlankArms = { nearArm: { shoulder: 70, elbow: 97 }, farArm: { shoulder: 0, elbow: 0 } };
/** Propped on the bottom forearm with the hips still on the floor: the trunk rises 30° from the legs. */
const propped = {
  view: 'front',
  trunk: 150,
  nearArm: { shoulder: 60, elbow: 90 },
  farArm: { shoulder: 0, elbow: 0 },
  nearLeg: { hip: -30 },
  farLeg: { hip: 30 },
} as const;
const mat = { kind: 'mat', from: -90, to: 130 } as const;

/** Calf raises and trunk holds; the side planks are seen from the front, lying on the left side. */
export const calfTrunkIllustrations: Record<string, Illustration> = {
  'calf-raise': {
    start: standingOnToes,
    end: vary(standingOnToes, { legs: { ankle: 40 } }),
    props: [],
    action: 'rise up onto the balls of the feet as high as you can, then lower slowly',
    arrow: 'nearAnkle',
  },
  'single-leg-calf-raise': {
    start: pose({ trunk: 90, farLeg: { knee: 70 }, arms: { shoulder: 40, elbow: 20 }, at: toeAt }),
    end: pose({
      trunk: 90,
      nearLeg: { ankle: 40 },
      farLeg: { knee: 70 },
      arms: { shoulder: 40, elbow: 20 },
      at: toeAt,
    }),
    props: [],
    action: 'on one foot, rise up onto the ball of the foot as high as you can, then lower slowly',
    arrow: 'nearAnkle',
  },
  'single-leg-calf-raise-on-step': {
    start: pose({
      trunk: 90,
      nearLeg: { ankle: -20 },
      farLeg: { knee: 70 },
      arms: { shoulder: 40, elbow: 20 },
      at: ['nearToe', 8, 24],
    }),
    end: pose({
      trunk: 90,
      nearLeg: { ankle: 40 },
      farLeg: { knee: 70 },
      arms: { shoulder: 40, elbow: 20 },
      at: ['nearToe', 8, 24],
    }),
    props: [{ kind: 'box', x: 0, width: 50, height: 20 }],
    action:
      'from the heel dropped below the step, rise up as high as you can on one foot, then lower slowly',
    arrow: 'nearAnkle',
  },
  'seated-calf-raise': {
    start: pose({
      trunk: 90,
      legs: { hip: 90, knee: 90, ankle: 0 },
      arms: { shoulder: 45, elbow: 45 },
      at: ['pelvis', 0, 46],
    }),
    end: pose({
      trunk: 90,
      legs: { hip: 100, knee: 90, ankle: 35 },
      arms: { shoulder: 45, elbow: 45 },
      at: ['pelvis', 0, 46],
    }),
    props: [
      { kind: 'bench', x: -30, width: 44, height: 40 },
      { kind: 'dumbbell', at: { joint: 'nearKnee', dx: -6, dy: 8 } },
    ],
    action: 'with the weight on the knees, lift the heels as high as you can, then lower slowly',
    arrow: 'nearKnee',
  },
  'front-plank': {
    start: pose({
      trunk: 27,
      legs: { hip: -27, knee: 0, ankle: 55 },
      arms: forearmArms,
      at: ['nearElbow', 60, A],
    }),
    end: pose({
      trunk: 8,
      legs: { hip: 0, knee: 0, ankle: 18 },
      arms: forearmArms,
      at: ['nearElbow', 60, A],
    }),
    props: [mat],
    action:
      'on the forearms and toes, lift the body into a straight line from head to heels, then hold',
    arrow: 'pelvis',
  },
  'side-plank-from-knees': {
    start: pose({
      ...propped,
      nearLeg: { hip: -30, kneeFlexion: 90 },
      farLeg: { hip: 30, kneeFlexion: 90 },
      at: ['nearElbow', -40, A],
    }),
    end: pose({
      view: 'front',
      trunk: 160,
      ...sidePlankArms,
      legs: { hip: -3, knee: 0, ankle: 0, kneeFlexion: 90 },
      at: ['nearElbow', -40, A],
    }),
    props: [mat],
    action:
      'propped on the forearm with the knees bent, lift the hips until the body is straight from head to knees',
    arrow: 'pelvis',
  },
  'side-plank': {
    start: pose({ ...propped, at: ['nearElbow', -40, A] }),
    end: pose({ view: 'front', trunk: 167, ...sidePlankArms, at: ['nearElbow', -40, A] }),
    props: [mat],
    action:
      'propped on the forearm, lift the hips until the body is straight from head to feet, then hold',
    arrow: 'pelvis',
  },
  'dead-bug': {
    start: pose({
      trunk: 180,
      arms: { shoulder: 90, elbow: 0 },
      legs: { hip: 90, knee: 90, ankle: 10 },
      at: ['pelvis', 0, 8],
    }),
    end: pose({
      trunk: 180,
      arms: { shoulder: 90, elbow: 0 },
      nearArm: { shoulder: 170, elbow: 0 },
      legs: { hip: 90, knee: 90, ankle: 10 },
      farLeg: { hip: 20, knee: 0, ankle: 10 },
      at: ['pelvis', 0, 8],
    }),
    props: [mat],
    action:
      'keep the lower back on the floor and reach one arm back and the other leg out, then return',
    arrow: 'farAnkle',
  },
  'bird-dog': {
    start: quadruped,
    end: vary(quadruped, {
      nearArm: { shoulder: 170, elbow: 0 },
      farLeg: { hip: -10, knee: 0, ankle: 30 },
    }),
    props: [{ kind: 'mat', from: -100, to: 110 }],
    action:
      'reach one arm forward and the other leg back until both are level with the body, then return',
    arrow: 'farAnkle',
  },
  'pallof-press': {
    start: pose({
      trunk: 90,
      legs: { hip: 5, knee: 10, ankle: -5 },
      arms: { shoulder: 40, elbow: 50 },
      at: ['nearAnkle', 0, A],
    }),
    end: pose({
      trunk: 90,
      legs: { hip: 5, knee: 10, ankle: -5 },
      arms: { shoulder: 85, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    props: [
      { kind: 'anchor', at: { x: -4, y: 118 } },
      { kind: 'band', from: { x: -4, y: 118 }, to: { joint: 'nearWrist' } },
    ],
    action:
      'with the band pulling from the side, press the hands straight out from the chest without turning',
    arrow: 'nearWrist',
  },
};

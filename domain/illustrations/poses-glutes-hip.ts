import type { Illustration } from './illustration';
import { ankleHeight as A, flatFootLeg, pinnedTo, pose, vary } from './pose-builder';

const lyingArms = { shoulder: 0, elbow: 0 };
const mat = { kind: 'mat', from: -80, to: 150 } as const;

const bridgeTop = pose({
  trunk: 200,
  arms: { shoulder: -20, elbow: 0 },
  legs: { hip: 0, knee: 92, ankle: 18 },
  at: ['neck', 0, 8],
});
const hookLying = pinnedTo(
  pose({
    trunk: 180,
    arms: lyingArms,
    legs: { hip: 45, knee: 90, ankle: 45 },
    at: ['pelvis', 0, 8],
  }),
  bridgeTop,
  'nearAnkle',
);
const thrustStart = pose({
  trunk: 135,
  arms: { shoulder: 0, elbow: 0 },
  legs: { hip: 85, knee: 93, ankle: 37 },
  at: ['neck', -37, 45],
});
const thrustTop = pose({
  trunk: 180,
  arms: { shoulder: 0, elbow: 0 },
  legs: { hip: 0, knee: 90, ankle: 0 },
  at: ['neck', -37, 45],
});
const thrustBench = { kind: 'bench', x: -80, width: 48, height: 40 } as const;

const proneArms = { shoulder: 0, elbow: 0 };
const prone = pose({ trunk: 0, arms: proneArms, legs: { ankle: 50 }, at: ['pelvis', 0, 8] });
// The far knee stays on the floor while the near leg lifts.
const quadruped = pose({
  trunk: 10,
  legs: { hip: 80, knee: 95, ankle: 55 },
  arms: { shoulder: 80, elbow: 0 },
  at: ['farKnee', 0, 6],
});

/**
 * Lying on the left side seen from the front: the near (bottom) hip is below the far (top) one. Bent hips and
 * knees point at the viewer, so the clamshell's legs are drawn foreshortened.
 */
const sideLyingArms = {
  nearArm: { shoulder: 175, elbow: 120 },
  farArm: { shoulder: 0, elbow: 0 },
};
const clamLeg = { hip: 0, knee: 0, ankle: 0, hipFlexion: 45, kneeFlexion: 90 };
const clamshellStart = pose({
  view: 'front',
  trunk: 180,
  ...sideLyingArms,
  legs: clamLeg,
  at: ['nearHip', 0, 9],
});
const clamshellOpen = vary(clamshellStart, { farLeg: { hip: 30, knee: 54 } });
const sideLying = pose({ view: 'front', trunk: 180, ...sideLyingArms, at: ['nearHip', 0, 9] });
const sidePlankArms = { nearArm: { shoulder: 70, elbow: 97 }, farArm: { shoulder: 0, elbow: 0 } };

/** Hip extensors (bridges, thrusts) and the side-of-hip muscles (abductors, adductors). */
export const glutesHipIllustrations: Record<string, Illustration> = {
  'glute-bridge': {
    start: hookLying,
    end: bridgeTop,
    props: [mat],
    action: 'lift the hips until the body is straight from shoulders to knees',
    arrow: 'pelvis',
  },
  'single-leg-bridge': {
    start: vary(hookLying, { farLeg: { hip: 45, knee: 0, ankle: 10 } }),
    end: vary(bridgeTop, { farLeg: { hip: 0, knee: 0, ankle: 10 } }),
    props: [mat],
    action: 'keep the other leg straight and lift the hips until the body is straight',
    arrow: 'pelvis',
  },
  'hip-thrust': {
    start: thrustStart,
    end: thrustTop,
    props: [thrustBench, { kind: 'dumbbell', at: { joint: 'pelvis', dy: 9 } }],
    action:
      'with the upper back on the bench and the weight on the hips, drive the hips up until the body is level',
    arrow: 'pelvis',
  },
  'single-leg-hip-thrust': {
    start: vary(thrustStart, { farLeg: { hip: 110, knee: 100, ankle: 10 } }),
    end: vary(thrustTop, { farLeg: { hip: 80, knee: 100, ankle: 10 } }),
    props: [thrustBench],
    action:
      'with the upper back on the bench and one foot down, drive the hips up until the body is level',
    arrow: 'pelvis',
  },
  'prone-hip-extension': {
    start: prone,
    end: vary(prone, { nearLeg: { hip: -20 } }),
    props: [{ kind: 'mat', from: -100, to: 80 }],
    action: 'keep the knee straight and lift the leg a hand-width off the floor, then lower it',
    arrow: 'nearAnkle',
  },
  'quadruped-hip-extension': {
    start: quadruped,
    end: vary(quadruped, { nearLeg: { hip: -10, knee: 90, ankle: 0 } }),
    props: [{ kind: 'mat', from: -60, to: 90 }],
    action: 'keep the knee bent and lift the leg until the thigh is level with the body',
    arrow: 'nearKnee',
  },
  clamshell: {
    start: clamshellStart,
    end: clamshellOpen,
    props: [{ kind: 'mat', from: -90, to: 80 }],
    action: 'keep the feet together and lift the top knee, then lower it',
    working: 'far',
    arrow: 'farKnee',
  },
  'banded-clamshell': {
    start: clamshellStart,
    end: clamshellOpen,
    props: [
      { kind: 'mat', from: -90, to: 80 },
      { kind: 'band', from: { joint: 'nearKnee' }, to: { joint: 'farKnee' } },
    ],
    action:
      'with a band above the knees, keep the feet together and lift the top knee, then lower it',
    working: 'far',
    arrow: 'farKnee',
  },
  'side-lying-hip-abduction': {
    start: sideLying,
    end: vary(sideLying, { farLeg: { hip: 35 } }),
    props: [{ kind: 'mat', from: -90, to: 110 }],
    action: 'keep the top leg straight and lift it up and slightly back, then lower it',
    working: 'far',
  },
  'side-plank-with-abduction': {
    start: pose({ view: 'front', trunk: 167, ...sidePlankArms, at: ['nearElbow', -40, A] }),
    end: pose({
      view: 'front',
      trunk: 167,
      ...sidePlankArms,
      farLeg: { hip: 30 },
      at: ['nearElbow', -40, A],
    }),
    props: [{ kind: 'mat', from: -100, to: 110 }],
    action: 'hold the side plank and lift the top leg, then lower it',
    working: 'far',
    arrow: 'farAnkle',
  },
  'standing-hip-abduction': {
    start: pose({
      view: 'front',
      trunk: 90,
      arms: { shoulder: 15, elbow: 0 },
      at: ['nearAnkle', -9, A],
    }),
    end: pose({
      view: 'front',
      trunk: 90,
      arms: { shoulder: 15, elbow: 0 },
      farLeg: { hip: 30 },
      at: ['nearAnkle', -9, A],
    }),
    props: [
      { kind: 'band', from: { joint: 'nearAnkle', dy: 4 }, to: { joint: 'farAnkle', dy: 4 } },
    ],
    action: 'stand tall and lift the leg out to the side against the band, then lower it',
    working: 'far',
    arrow: 'farAnkle',
  },
  'lateral-band-walk': {
    start: pose({
      view: 'front',
      trunk: 90,
      legs: { hip: 5, knee: 0, ankle: 0, hipFlexion: 30, kneeFlexion: 40 },
      arms: { shoulder: 15, elbow: 0 },
      at: ['nearAnkle', -14, A],
    }),
    end: pose({
      view: 'front',
      trunk: 90,
      legs: { hip: 5, knee: 0, ankle: 0, hipFlexion: 30, kneeFlexion: 40 },
      farLeg: { hip: 20, knee: 0, ankle: 0, hipFlexion: 30, kneeFlexion: 40 },
      arms: { shoulder: 15, elbow: 0 },
      at: ['nearAnkle', -14, A],
    }),
    props: [
      { kind: 'band', from: { joint: 'nearAnkle', dy: 5 }, to: { joint: 'farAnkle', dy: 5 } },
    ],
    action:
      'with the knees slightly bent, step sideways against the band, then bring the other foot after it',
    arrow: 'farAnkle',
  },
  'monster-walk': {
    start: pose({ trunk: 82, legs: flatFootLeg(82, 20, 12), at: ['nearAnkle', 0, A] }),
    end: pose({
      trunk: 82,
      nearLeg: flatFootLeg(82, 38, 0),
      farLeg: flatFootLeg(82, -8, 18),
      at: ['farAnkle', 0, A],
    }),
    props: [
      { kind: 'band', from: { joint: 'nearAnkle', dy: 5 }, to: { joint: 'farAnkle', dy: 5 } },
    ],
    action: 'with the knees slightly bent, take big slow steps forward and out against the band',
    arrow: 'nearAnkle',
  },
  'hip-hike': {
    start: pose({
      view: 'front',
      trunk: 84,
      nearLeg: { hip: -6 },
      farLeg: { hip: 6 },
      arms: { shoulder: 15, elbow: 0 },
      at: ['nearAnkle', -9, 25 + A],
    }),
    end: pose({
      view: 'front',
      trunk: 90,
      arms: { shoulder: 15, elbow: 0 },
      at: ['nearAnkle', -9, 25 + A],
    }),
    props: [{ kind: 'box', x: -40, width: 44, height: 25 }],
    action:
      'with both knees straight, lift the hanging side of the pelvis until the hips are level',
    arrow: 'farAnkle',
  },
  'side-lying-hip-adduction': {
    start: pose({
      view: 'front',
      trunk: 180,
      ...sideLyingArms,
      farLeg: { hip: -30, knee: -7, ankle: 0, hipFlexion: 70, kneeFlexion: 90 },
      at: ['nearHip', 0, 9],
    }),
    end: pose({
      view: 'front',
      trunk: 180,
      ...sideLyingArms,
      nearLeg: { hip: -18 },
      farLeg: { hip: -30, knee: -7, ankle: 0, hipFlexion: 70, kneeFlexion: 90 },
      at: ['nearHip', 0, 9],
    }),
    props: [{ kind: 'mat', from: -90, to: 110 }],
    action:
      'with the top foot on the floor in front, lift the bottom leg straight up, then lower it',
    arrow: 'nearAnkle',
  },
  'copenhagen-plank': {
    start: pose({
      view: 'front',
      trunk: 180,
      ...sideLyingArms,
      farLeg: { hip: 17, knee: 0, ankle: 0, kneeFlexion: 90 },
      nearLeg: { hip: 0, knee: 0, ankle: 0, kneeFlexion: 90 },
      at: ['nearHip', 0, 9],
    }),
    end: pose({
      view: 'front',
      trunk: 160,
      ...sidePlankArms,
      farLeg: { hip: 22, knee: 0, ankle: 0, kneeFlexion: 90 },
      nearLeg: { hip: -5, knee: 0, ankle: 0, kneeFlexion: 90 },
      at: ['nearElbow', -40, A],
    }),
    props: [{ kind: 'bench', x: 30, width: 46, height: 36 }],
    action:
      'press the top knee into the bench and lift the hips until the body is straight, then hold',
    working: 'far',
    arrow: 'pelvis',
  },
  'single-leg-balance': {
    start: pose({ trunk: 90, at: ['nearAnkle', 0, A] }),
    end: pose({
      trunk: 90,
      farLeg: { hip: 30, knee: 70, ankle: 20 },
      arms: { shoulder: 15, elbow: 10 },
      at: ['nearAnkle', 0, A],
    }),
    props: [],
    action: 'lift one foot off the floor and balance on the other leg, hips level',
    arrow: 'farAnkle',
  },
};

import type { Illustration } from './illustration';
import { ankleHeight as A, flatFootLeg, pinnedTo, pose } from './pose-builder';

const standing = pose({ trunk: 90, at: ['nearAnkle', 0, A] });
const lyingArms = { shoulder: 0, elbow: 0 };
const hookLeg = { hip: 45, knee: 90, ankle: 45 };
const mat = { kind: 'mat', from: -80, to: 110 } as const;

const lungeDown = pose({
  trunk: 90,
  nearLeg: flatFootLeg(90, 80, 10),
  farLeg: { hip: -10, knee: 110, ankle: -30 },
  arms: { shoulder: 0, elbow: 10 },
  at: ['nearAnkle', 0, A],
});
const splitStance = pose({
  trunk: 90,
  nearLeg: flatFootLeg(90, 16, -16),
  farLeg: { hip: -22, knee: 0, ankle: 12 },
  at: ['nearAnkle', 0, A],
});
const legPressSeat = { x: 14, y: 40, depth: 34 };

/** Knee-dominant exercises, drawn from the side unless the movement is sideways. */
export const quadricepsIllustrations: Record<string, Illustration> = {
  'quad-set': {
    start: pose({
      trunk: 180,
      arms: lyingArms,
      nearLeg: { hip: 5, knee: 12, ankle: 20 },
      farLeg: { ankle: 20 },
      at: ['pelvis', 0, 8],
    }),
    end: pose({ trunk: 180, arms: lyingArms, legs: { ankle: 20 }, at: ['pelvis', 0, 8] }),
    props: [mat, { kind: 'towel', at: { joint: 'nearKnee', dy: -4 } }],
    action: 'tighten the front of the thigh and press the back of the knee down into the towel',
    arrow: 'nearKnee',
  },
  'straight-leg-raise': {
    start: pose({
      trunk: 180,
      arms: lyingArms,
      nearLeg: { ankle: 10 },
      farLeg: hookLeg,
      at: ['pelvis', 0, 8],
    }),
    end: pose({
      trunk: 180,
      arms: lyingArms,
      nearLeg: { hip: 22, ankle: 10 },
      farLeg: hookLeg,
      at: ['pelvis', 0, 8],
    }),
    props: [mat],
    action: 'keep the knee straight and lift the leg to the height of the other knee',
  },
  'terminal-knee-extension': {
    start: pose({
      trunk: 90,
      nearLeg: flatFootLeg(90, 14, 14),
      farLeg: { hip: -6 },
      at: ['nearAnkle', 0, A],
    }),
    end: pose({ trunk: 90, farLeg: { hip: -6 }, at: ['nearAnkle', 0, A] }),
    props: [
      { kind: 'anchor', at: { x: 55, y: 46 } },
      { kind: 'band', from: { joint: 'nearKnee', dx: -3 }, to: { x: 55, y: 46 } },
    ],
    action: 'straighten the knee fully against the band',
    arrow: 'nearKnee',
  },
  'mini-squat': {
    start: standing,
    end: pose({
      trunk: 80,
      legs: flatFootLeg(80, 35, 20),
      arms: { shoulder: 60, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    props: [],
    action: 'bend the knees a little, as if starting to sit, then stand back up',
    arrow: 'pelvis',
  },
  'sit-to-stand': {
    start: pose({
      trunk: 72,
      legs: flatFootLeg(72, 88, 8),
      arms: { shoulder: 70, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    end: pose({ trunk: 90, arms: { shoulder: 70, elbow: 0 }, at: ['nearAnkle', 0, A] }),
    props: [{ kind: 'bench', x: -66, width: 46, height: 40 }],
    action: 'stand up without using the hands, then sit down slowly',
    arrow: 'pelvis',
  },
  'wall-sit': {
    start: pose({ trunk: 90, legs: flatFootLeg(90, 31, -31), at: ['nearAnkle', 0, A] }),
    end: pose({ trunk: 90, legs: flatFootLeg(90, 85, 0), at: ['nearAnkle', 0, A] }),
    props: [{ kind: 'wall', x: -54 }],
    action: 'slide down the wall until the thighs are nearly level, then hold',
    arrow: 'pelvis',
  },
  'bodyweight-squat': {
    start: standing,
    end: pose({
      trunk: 55,
      legs: flatFootLeg(55, 80, 30),
      arms: { shoulder: 120, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    props: [],
    action: 'sit the hips back and down until the thighs are nearly level, then stand up',
    arrow: 'pelvis',
  },
  'goblet-squat': {
    start: pose({ trunk: 90, arms: { shoulder: 20, elbow: 135 }, at: ['nearAnkle', 0, A] }),
    end: pose({
      trunk: 65,
      legs: flatFootLeg(65, 80, 28),
      arms: { shoulder: 40, elbow: 135 },
      at: ['nearAnkle', 0, A],
    }),
    props: [{ kind: 'kettlebell', at: { joint: 'nearWrist', dx: 4, dy: -4 } }],
    action: 'hold the weight at the chest and squat down until the thighs are nearly level',
    arrow: 'pelvis',
  },
  'split-squat': {
    start: splitStance,
    end: lungeDown,
    props: [],
    action: 'lower the back knee straight down toward the floor, then push back up',
    arrow: 'pelvis',
  },
  'bulgarian-split-squat': {
    start: pose({
      trunk: 90,
      nearLeg: flatFootLeg(90, 22, -10),
      farLeg: { hip: -28, knee: 80, ankle: 40 },
      at: ['nearAnkle', 0, A],
    }),
    end: pose({
      trunk: 80,
      nearLeg: flatFootLeg(80, 75, 15),
      farLeg: { hip: -33, knee: 105, ankle: 2 },
      at: ['nearAnkle', 0, A],
    }),
    props: [{ kind: 'bench', x: -112, width: 40, height: 52 }],
    action: 'with the back foot on the bench, lower the back knee toward the floor, then push up',
    arrow: 'pelvis',
  },
  'reverse-lunge': {
    start: standing,
    end: lungeDown,
    props: [],
    action: 'step one foot back and lower the back knee toward the floor',
    arrow: 'farAnkle',
  },
  'forward-lunge': {
    start: pinnedTo(standing, lungeDown, 'farToe'),
    end: lungeDown,
    props: [],
    action: 'step one foot forward and lower the back knee toward the floor',
    arrow: 'nearAnkle',
  },
  'walking-lunge': {
    start: pinnedTo(standing, lungeDown, 'farToe'),
    end: lungeDown,
    props: [],
    action: 'step forward into a lunge, then bring the back foot through into the next lunge',
    arrow: 'nearAnkle',
  },
  'step-up': {
    start: pose({ trunk: 90, nearLeg: flatFootLeg(90, 64, 10), at: ['farAnkle', 0, A] }),
    end: pose({
      trunk: 90,
      farLeg: { hip: 10, knee: 35, ankle: 20 },
      at: ['nearAnkle', 32, 25 + A],
    }),
    props: [{ kind: 'box', x: 14, width: 52, height: 25 }],
    action:
      'push through the heel on the step until the leg is straight, then lower the other foot back down',
    arrow: 'pelvis',
  },
  'lateral-step-down': {
    start: pose({
      view: 'front',
      trunk: 90,
      arms: { shoulder: 20, elbow: 0 },
      at: ['nearAnkle', -9, 25 + A],
    }),
    end: pose({
      view: 'front',
      trunk: 90,
      nearLeg: { hip: 0, knee: 0, ankle: 0, hipFlexion: 50, kneeFlexion: 90 },
      arms: { shoulder: 30, elbow: 0 },
      at: ['nearAnkle', -9, 25 + A],
    }),
    props: [{ kind: 'box', x: -40, width: 44, height: 25 }],
    action:
      'bend the standing knee to lower the other heel to the floor beside the step, then straighten up',
    arrow: 'farAnkle',
  },
  'single-leg-squat-to-box': {
    start: pose({
      trunk: 90,
      farLeg: { hip: 30, knee: 10, ankle: 0 },
      arms: { shoulder: 60, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    end: pose({
      trunk: 60,
      nearLeg: flatFootLeg(60, 80, 22),
      farLeg: { hip: 115, knee: 20, ankle: 0 },
      arms: { shoulder: 110, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    props: [{ kind: 'box', x: -62, width: 40, height: 43 }],
    action: 'on one leg, bend the knee and push the hips back to touch the box, then stand up',
    arrow: 'pelvis',
  },
  'leg-press': {
    start: pose({
      trunk: 125,
      legs: { hip: 100, knee: 100, ankle: -25 },
      arms: lyingArms,
      at: ['pelvis', 0, 48],
    }),
    end: pose({
      trunk: 125,
      legs: { hip: 55, knee: 15, ankle: 20 },
      arms: lyingArms,
      at: ['pelvis', 0, 48],
    }),
    props: [
      {
        kind: 'machine',
        seat: legPressSeat,
        backrest: 55,
        plate: { at: { joint: 'nearAnkle', dx: 4, dy: 5 }, angle: 60 },
      },
    ],
    action: 'push the plate away until the legs are nearly straight, then let it come back slowly',
    arrow: 'nearAnkle',
  },
  'single-leg-press': {
    start: pose({
      trunk: 125,
      nearLeg: { hip: 100, knee: 100, ankle: -25 },
      farLeg: { hip: 110, knee: 120, ankle: 0 },
      arms: lyingArms,
      at: ['pelvis', 0, 48],
    }),
    end: pose({
      trunk: 125,
      nearLeg: { hip: 55, knee: 15, ankle: 20 },
      farLeg: { hip: 110, knee: 120, ankle: 0 },
      arms: lyingArms,
      at: ['pelvis', 0, 48],
    }),
    props: [
      {
        kind: 'machine',
        seat: legPressSeat,
        backrest: 55,
        plate: { at: { joint: 'nearAnkle', dx: 4, dy: 5 }, angle: 60 },
      },
    ],
    action:
      'push the plate away with one leg until it is nearly straight, then let it come back slowly',
    arrow: 'nearAnkle',
  },
  'leg-extension': {
    start: pose({
      trunk: 95,
      legs: { hip: 85, knee: 90, ankle: 0 },
      arms: { shoulder: 10, elbow: 30 },
      at: ['pelvis', 0, 50],
    }),
    end: pose({
      trunk: 95,
      legs: { hip: 85, knee: 5, ankle: 0 },
      arms: { shoulder: 10, elbow: 30 },
      at: ['pelvis', 0, 50],
    }),
    props: [
      {
        kind: 'machine',
        seat: { x: 40, y: 42, depth: 48 },
        backrest: 95,
        pad: { joint: 'nearAnkle', dx: 3, dy: 6 },
      },
    ],
    action: 'straighten the knees to lift the pad, then lower it slowly',
    arrow: 'nearAnkle',
  },
  'spanish-squat': {
    start: pose({ trunk: 90, legs: flatFootLeg(90, 15, 0), at: ['nearAnkle', 0, A] }),
    end: pose({
      trunk: 88,
      legs: flatFootLeg(88, 85, 0),
      arms: { shoulder: 80, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    props: [
      { kind: 'anchor', at: { x: 70, y: 46 } },
      { kind: 'band', from: { joint: 'nearKnee', dx: -3 }, to: { x: 70, y: 46 } },
    ],
    action:
      'sit back with the shins upright and the band holding the knees, to a right angle, then hold',
    arrow: 'pelvis',
  },
};

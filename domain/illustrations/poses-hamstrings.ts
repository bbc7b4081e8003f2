import type { Illustration } from './illustration';
import { ankleHeight as A, flatFootLeg, pinnedTo, pose, vary } from './pose-builder';

const lyingArms = { shoulder: 0, elbow: 0 };
const mat = { kind: 'mat', from: -80, to: 150 } as const;

/** The top of a bridge with the feet walked out: shoulders, hips and knees nearly in line. */
const longLeverTop = pose({
  trunk: 195,
  arms: { shoulder: -15, elbow: 0 },
  legs: { hip: -5, knee: 40, ankle: 20 },
  at: ['neck', 0, 8],
});
const ballBridge = pose({
  trunk: 195,
  arms: { shoulder: -15, elbow: 0 },
  legs: { hip: 0, knee: 0, ankle: 10 },
  at: ['neck', 0, 8],
});
const ballCurl = pose({
  trunk: 205,
  arms: { shoulder: -25, elbow: 0 },
  legs: { hip: 40, knee: 100, ankle: 10 },
  at: ['neck', 0, 8],
});
const ball = { kind: 'ball', at: { joint: 'nearAnkle', dy: -24 }, radius: 20 } as const;
const kneeling = pose({
  trunk: 90,
  legs: { hip: 0, knee: 90, ankle: 55 },
  arms: { shoulder: 0, elbow: 10 },
  at: ['nearKnee', 0, 8],
});

/** Knee flexors and hip hinges, all from the side. */
export const hamstringIllustrations: Record<string, Illustration> = {
  'hamstring-set': {
    start: pose({
      trunk: 180,
      arms: lyingArms,
      nearLeg: { hip: 20, knee: 40, ankle: 30 },
      farLeg: { ankle: 20 },
      at: ['pelvis', 0, 8],
    }),
    end: pose({
      trunk: 180,
      arms: lyingArms,
      nearLeg: { hip: 24, knee: 48, ankle: 30 },
      farLeg: { ankle: 20 },
      at: ['pelvis', 0, 8],
    }),
    props: [mat],
    action: 'dig the heel into the floor and pull it toward you without moving, then hold',
    arrow: 'nearAnkle',
  },
  'standing-hamstring-curl': {
    start: pose({ trunk: 90, arms: { shoulder: 45, elbow: 10 }, at: ['farAnkle', 0, A] }),
    end: pose({
      trunk: 90,
      nearLeg: { hip: -5, knee: 95, ankle: 20 },
      arms: { shoulder: 45, elbow: 10 },
      at: ['farAnkle', 0, A],
    }),
    props: [
      { kind: 'anchor', at: { x: 60, y: 12 } },
      { kind: 'band', from: { joint: 'nearAnkle' }, to: { x: 60, y: 12 } },
    ],
    action: 'bend the knee to bring the heel up behind you against the band, then lower it slowly',
    arrow: 'nearAnkle',
  },
  'ball-hamstring-curl': {
    start: ballBridge,
    end: pinnedTo(ballCurl, ballBridge, 'neck'),
    props: [mat, ball],
    action:
      'keep the hips up and bend the knees to roll the ball toward you, then roll it back out',
    arrow: 'nearAnkle',
  },
  'single-leg-ball-curl': {
    start: vary(ballBridge, { farLeg: { hip: 50, knee: 0, ankle: 10 } }),
    end: pinnedTo(vary(ballCurl, { farLeg: { hip: 90, knee: 0, ankle: 10 } }), ballBridge, 'neck'),
    props: [mat, ball],
    action:
      'with one heel on the ball and the hips up, bend that knee to roll the ball in, then out',
    arrow: 'nearAnkle',
  },
  'machine-hamstring-curl': {
    start: pose({
      trunk: 100,
      legs: { hip: 80, knee: 5, ankle: 0 },
      arms: { shoulder: 10, elbow: 30 },
      at: ['pelvis', 0, 50],
    }),
    end: pose({
      trunk: 100,
      legs: { hip: 80, knee: 95, ankle: 0 },
      arms: { shoulder: 10, elbow: 30 },
      at: ['pelvis', 0, 50],
    }),
    props: [
      {
        kind: 'machine',
        seat: { x: 40, y: 42, depth: 48 },
        backrest: 100,
        pad: { joint: 'nearAnkle', dx: -2, dy: -7 },
      },
    ],
    action: 'bend the knees to pull the pad down and back, then let it up slowly',
    arrow: 'nearAnkle',
  },
  'long-lever-bridge': {
    start: pinnedTo(
      pose({
        trunk: 180,
        arms: lyingArms,
        legs: { hip: 12, knee: 25, ankle: 10 },
        at: ['pelvis', 0, 8],
      }),
      longLeverTop,
      'nearAnkle',
    ),
    end: longLeverTop,
    props: [mat],
    action:
      'with the heels far from the hips, lift the hips until the body is straight from shoulders to knees',
    arrow: 'pelvis',
  },
  'hamstring-bridge-walkout': {
    start: pose({
      trunk: 200,
      arms: { shoulder: -20, elbow: 0 },
      legs: { hip: 0, knee: 92, ankle: 18 },
      at: ['neck', 0, 8],
    }),
    end: longLeverTop,
    props: [mat],
    action: 'hold the hips up and walk the heels out in small steps, then walk them back in',
    arrow: 'nearAnkle',
  },
  'nordic-curl': {
    start: kneeling,
    end: vary(kneeling, {
      trunk: 40,
      arms: { shoulder: 60, elbow: 20 },
      legs: { hip: 0, knee: 40, ankle: 55 },
    }),
    props: [{ kind: 'mat', from: -60, to: 110 }],
    action: 'keep the body straight from knees to head and lean forward as slowly as you can',
    arrow: 'neck',
  },
  'hip-hinge': {
    start: pose({ trunk: 90, at: ['nearAnkle', 0, A] }),
    end: pose({
      trunk: 45,
      legs: flatFootLeg(45, 8, 8),
      arms: { shoulder: 45, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    props: [],
    action: 'push the hips back with a flat back and soft knees, then stand up tall',
    arrow: 'neck',
  },
  'romanian-deadlift': {
    start: pose({ trunk: 90, arms: { shoulder: 0, elbow: 0 }, at: ['nearAnkle', 0, A] }),
    end: pose({
      trunk: 30,
      legs: flatFootLeg(30, 6, 10),
      arms: { shoulder: 60, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    props: [{ kind: 'dumbbell', at: { joint: 'nearWrist' } }],
    action:
      'push the hips back and slide the weights down the front of the legs with a flat back, then stand up',
    arrow: 'nearWrist',
  },
  'single-leg-romanian-deadlift': {
    start: pose({
      trunk: 90,
      farLeg: { hip: -10, knee: 30, ankle: 20 },
      arms: { shoulder: 0, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    end: pose({
      trunk: 12,
      nearLeg: flatFootLeg(12, 6, 8),
      farLeg: { hip: 0, knee: 0, ankle: 10 },
      arms: { shoulder: 78, elbow: 0 },
      at: ['nearAnkle', 0, A],
    }),
    props: [{ kind: 'dumbbell', at: { joint: 'nearWrist' } }],
    action:
      'on one leg, tip the body forward as the other leg reaches back in line with it, then stand up',
    arrow: 'neck',
  },
};

import { poseProblems } from './joint-limits';
import { pose } from './pose-builder';

describe('poseProblems', () => {
  const standing = pose({ trunk: 90, at: ['nearAnkle', 0, 4] });

  it('accepts standing tall', () => {
    expect(poseProblems(standing)).toEqual([]);
  });

  it('rejects a knee bent backwards and a knee bent past 150°', () => {
    expect(
      poseProblems(pose({ trunk: 90, nearLeg: { knee: -10 }, at: ['farAnkle', 0, 4] })).join(),
    ).toContain('near knee -10°');
    expect(
      poseProblems(pose({ trunk: 180, farLeg: { knee: 160 }, at: ['pelvis', 0, 60] })).join(),
    ).toContain('far knee 160°');
  });

  it('rejects a hip extended past 35° and a shoulder past 180°', () => {
    expect(
      poseProblems(pose({ trunk: 90, nearLeg: { hip: -50 }, at: ['farAnkle', 0, 4] })),
    ).not.toEqual([]);
    expect(
      poseProblems(pose({ trunk: 90, nearArm: { shoulder: 200 }, at: ['nearAnkle', 0, 4] })),
    ).not.toEqual([]);
  });

  it('rejects a knee buckling sideways in a front view, but allows a knee bent toward the viewer to look bent', () => {
    const buckled = pose({
      view: 'front',
      trunk: 90,
      nearLeg: { knee: 25 },
      at: ['nearAnkle', 0, 4],
    });
    expect(poseProblems(buckled).join()).toContain('seen from the front');
    const clam = pose({
      view: 'front',
      trunk: 90,
      legs: { knee: 25, kneeFlexion: 90, hipFlexion: 45 },
      at: ['nearAnkle', 0, 4],
    });
    expect(poseProblems(clam)).toEqual([]);
  });

  it('rejects a body that sinks into the floor', () => {
    expect(poseProblems(pose({ trunk: 90, at: ['nearAnkle', 0, -20] })).join()).toContain(
      'below the floor',
    );
  });
});

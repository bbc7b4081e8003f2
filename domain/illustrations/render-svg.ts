import type { JointName, Pose, Side } from './body';
import { segmentLength } from './body';
import type { SegmentName } from './highlight';
import type { Illustration } from './illustration';
import { type Prop, placeAt } from './props';
import { type Point, type Skeleton, skeleton } from './skeleton';

export interface RenderOptions {
  readonly highlight: ReadonlySet<SegmentName>;
  /** The text alternative, also written into the SVG's <title>. */
  readonly alt: string;
  /** Flip left and right (a custom exercise drawn facing the other way). */
  readonly mirror?: boolean;
  /** The words over the two positions, in the reader's language (default English). */
  readonly labels?: { readonly start: string; readonly end: string };
}

const englishLabels = { start: 'Start', end: 'End' };

/**
 * Line weights and greys, chosen to survive a black-and-white office printer: the working segments are both
 * thicker and striped (a white centre dash), so they stand out without colour; far limbs are light grey so the
 * near leg reads in front.
 */
const ink = '#1a1a1a';
const farInk = '#9a9a9a';
const limbWidth = 6;
const workingWidth = 12;
const margin = 14;
const labelHeight = 16;
const gap = 28;

interface Frame {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Draws an illustration's start and end positions side by side, with the movement arrow on the end position. */
export function renderIllustrationSvg(illustration: Illustration, options: RenderOptions): string {
  const poses = [illustration.start, illustration.end];
  const bodies = poses.map(skeleton);
  const frame = frameOf(bodies, illustration.props, poses[0].view === 'above');
  const panelWidth = frame.maxX - frame.minX + 2 * margin;
  const panelHeight = frame.maxY - frame.minY + 2 * margin + labelHeight;
  const width = 2 * panelWidth + gap;
  const project =
    (offsetX: number) =>
    (p: Point): Point => ({
      x: r1(offsetX + margin + (options.mirror ? frame.maxX - p.x : p.x - frame.minX)),
      y: r1(labelHeight + margin + frame.maxY - p.y),
    });
  const labels = options.labels ?? englishLabels;
  const arrowJoint = illustration.arrow ?? mostMoved(bodies[0], bodies[1], illustration.working);
  const panels = poses.map((pose, i) => {
    const offsetX = i * (panelWidth + gap);
    const to = project(offsetX);
    const parts = [
      `<text x="${r1(offsetX + 4)}" y="12" font-size="12" font-family="sans-serif" fill="${ink}">${escapeXml(i === 0 ? labels.start : labels.end)}</text>`,
      ground(pose, frame, to, offsetX, panelWidth),
      ...illustration.props.filter((p) => !inFront(p)).map((p) => propSvg(p, bodies[i], to)),
      figure(pose, bodies[i], options.highlight, to),
      ...illustration.props.filter(inFront).map((p) => propSvg(p, bodies[i], to)),
    ];
    if (i === 1) parts.push(arrow(bodies[0][arrowJoint], bodies[1][arrowJoint], bodies[1], to));
    return `<g>${parts.join('')}</g>`;
  });
  const divider = `<path d="M${r1(panelWidth + gap / 2 - 5)} ${r1(panelHeight / 2 - 8)}l8 8-8 8" fill="none" stroke="${farInk}" stroke-width="2.5"/>`;
  const alt = escapeXml(options.alt);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r1(width)} ${r1(panelHeight)}" role="img" aria-label="${alt}">` +
    `<title>${alt}</title><rect width="100%" height="100%" fill="#fff"/>${panels.join('')}${divider}</svg>`
  );
}

function frameOf(bodies: Skeleton[], props: readonly Prop[], above: boolean): Frame {
  const points: Point[] = [];
  for (const body of bodies) {
    for (const [name, p] of Object.entries(body)) {
      const r = name === 'head' ? segmentLength.headRadius + 2 : 4;
      points.push({ x: p.x - r, y: p.y - r }, { x: p.x + r, y: p.y + r });
    }
    for (const prop of props) points.push(...propExtent(prop, body));
  }
  if (!above) points.push({ x: points[0].x, y: 0 });
  return {
    minX: Math.min(...points.map((p) => p.x)),
    maxX: Math.max(...points.map((p) => p.x)),
    minY: Math.min(...points.map((p) => p.y)) - (above ? 0 : 2),
    maxY: Math.max(...points.map((p) => p.y)),
  };
}

function propExtent(prop: Prop, body: Skeleton): Point[] {
  switch (prop.kind) {
    case 'mat':
      return [
        { x: prop.from, y: 0 },
        { x: prop.to, y: 2 },
      ];
    case 'wall':
      return [
        { x: prop.x - 6, y: 0 },
        { x: prop.x + 6, y: 60 },
      ];
    case 'box':
    case 'bench':
      return [
        { x: prop.x, y: 0 },
        { x: prop.x + prop.width, y: prop.height },
      ];
    case 'anchor':
      return [
        { x: prop.at.x - 4, y: 0 },
        { x: prop.at.x + 4, y: prop.at.y + 6 },
      ];
    case 'ball': {
      const c = placeAt(prop.at, body);
      return [
        { x: c.x - prop.radius, y: c.y - prop.radius },
        { x: c.x + prop.radius, y: c.y + prop.radius },
      ];
    }
    case 'band':
      return [placeAt(prop.from, body), placeAt(prop.to, body)];
    case 'machine': {
      const { x, y, depth } = prop.seat;
      const points = [
        { x: x - depth - 30 * Math.cos((prop.backrest * Math.PI) / 180), y: 0 },
        { x, y: y + 50 },
      ];
      if (prop.pad) points.push(placeAt(prop.pad, body));
      if (prop.plate) {
        const c = placeAt(prop.plate.at, body);
        points.push({ x: c.x + 16, y: c.y + 16 }, { x: c.x - 4, y: 0 });
      }
      return points;
    }
    default: {
      const c = placeAt(prop.at, body);
      return [
        { x: c.x - 8, y: c.y - 12 },
        { x: c.x + 8, y: c.y + 8 },
      ];
    }
  }
}

const inFront = (p: Prop) => p.kind === 'dumbbell' || p.kind === 'kettlebell' || p.kind === 'band';

function ground(
  pose: Pose,
  frame: Frame,
  to: (p: Point) => Point,
  offsetX: number,
  panelWidth: number,
): string {
  if (pose.view === 'above') {
    // Seen from above the floor is the mat under the whole figure.
    const a = to({ x: frame.minX, y: frame.maxY });
    const b = to({ x: frame.maxX, y: frame.minY });
    const x = Math.min(a.x, b.x);
    return `<rect x="${r1(x - 6)}" y="${r1(a.y - 6)}" width="${r1(Math.abs(b.x - a.x) + 12)}" height="${r1(b.y - a.y + 12)}" rx="8" fill="#ececec" stroke="${farInk}" stroke-width="1.5"/>`;
  }
  const y = to({ x: 0, y: 0 }).y;
  return `<line x1="${r1(offsetX + 2)}" y1="${y}" x2="${r1(offsetX + panelWidth - 2)}" y2="${y}" stroke="${ink}" stroke-width="2"/>`;
}

type Bone = readonly [SegmentName | 'neck' | 'foot', JointName, JointName];

function limbBones(side: Side): Bone[] {
  return [
    [`${side}Thigh`, `${side}Hip`, `${side}Knee`],
    [`${side}Shin`, `${side}Knee`, `${side}Ankle`],
    ['foot', `${side}Ankle`, `${side}Toe`],
  ];
}

function armBones(side: Side): Bone[] {
  return [
    [`${side}UpperArm`, `${side}Shoulder`, `${side}Elbow`],
    [`${side}Forearm`, `${side}Elbow`, `${side}Wrist`],
  ];
}

function figure(
  pose: Pose,
  body: Skeleton,
  highlight: ReadonlySet<SegmentName>,
  to: (p: Point) => Point,
): string {
  const line = (bone: Bone, colour: string) => {
    const [name, a, b] = bone;
    const p = to(body[a]);
    const q = to(body[b]);
    const d = `M${p.x} ${p.y}L${q.x} ${q.y}`;
    if (name !== 'neck' && name !== 'foot' && highlight.has(name)) {
      return (
        `<path d="${d}" stroke="${ink}" stroke-width="${workingWidth}" stroke-linecap="round"/>` +
        `<path d="${d}" stroke="#fff" stroke-width="3" stroke-dasharray="4 3"/>`
      );
    }
    const width = name === 'foot' ? limbWidth - 1 : limbWidth;
    return `<path d="${d}" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"/>`;
  };
  const front = pose.view === 'front';
  const parts: string[] = [];
  // Seen from the front both sides are equally near; from the side the far limbs sit behind the body in grey.
  const far = front ? ink : farInk;
  parts.push(...armBones('far').map((b) => line(b, far)));
  parts.push(...limbBones('far').map((b) => line(b, far)));
  if (front) {
    // Seen from the front the trunk is a shape (shoulders wider than hips), not a line: a patient reads a
    // torso, where two cross-bars and a spine read as a ladder.
    const [a, b, c, d] = [body.nearShoulder, body.farShoulder, body.farHip, body.nearHip].map(to);
    const working = highlight.has('trunk');
    parts.push(
      `<path d="M${a.x} ${a.y}L${b.x} ${b.y}L${c.x} ${c.y}L${d.x} ${d.y}Z" fill="${working ? '#bdbdbd' : '#fff'}" stroke="${ink}" stroke-width="${working ? 7 : 4}" stroke-linejoin="round"/>`,
    );
  } else {
    parts.push(line(['trunk', 'pelvis', 'neck'], ink));
  }
  const neck = to(body.neck);
  const head = to(body.head);
  const r = segmentLength.headRadius;
  parts.push(
    `<path d="M${neck.x} ${neck.y}L${head.x} ${head.y}" stroke="${ink}" stroke-width="${limbWidth}"/>`,
    `<circle cx="${head.x}" cy="${head.y}" r="${r}" fill="#fff" stroke="${ink}" stroke-width="3"/>`,
  );
  parts.push(...limbBones('near').map((b) => line(b, ink)));
  parts.push(...armBones('near').map((b) => line(b, ink)));
  return `<g fill="none">${parts.join('')}</g>`;
}

/** The joint whose path best shows the movement: the one that travels furthest (the working side first). */
function mostMoved(start: Skeleton, end: Skeleton, working: Side = 'near'): JointName {
  const other = working === 'near' ? 'far' : 'near';
  const candidates: JointName[] = [
    `${working}Ankle`,
    `${working}Knee`,
    'pelvis',
    'neck',
    `${working}Wrist`,
    `${other}Ankle`,
    `${other}Wrist`,
  ];
  const moved = (j: JointName) => Math.hypot(end[j].x - start[j].x, end[j].y - start[j].y);
  return candidates.reduce((best, j) => (moved(j) > moved(best) + 2 ? j : best));
}

function arrow(fromJoint: Point, toJoint: Point, body: Skeleton, to: (p: Point) => Point): string {
  const dx = toJoint.x - fromJoint.x;
  const dy = toJoint.y - fromJoint.y;
  const length = Math.hypot(dx, dy);
  // A joint that hardly moves (a squeeze, a hold) still gets a short arrow showing which way the effort goes.
  const [ux, uy] = length < 1 ? [0, 1] : [dx / length, dy / length];
  const shown = Math.max(length, 18);
  // Offset the arrow to the side away from the body's centre of mass so it sits beside the figure, not on a limb.
  const joints = Object.values(body);
  const centre = {
    x: joints.reduce((sum, p) => sum + p.x, 0) / joints.length,
    y: joints.reduce((sum, p) => sum + p.y, 0) / joints.length,
  };
  let [nx, ny] = [-uy, ux];
  const mid = { x: (fromJoint.x + toJoint.x) / 2, y: (fromJoint.y + toJoint.y) / 2 };
  if ((mid.x - centre.x) * nx + (mid.y - centre.y) * ny < 0) [nx, ny] = [-nx, -ny];
  const offset = 16;
  const a = {
    x: mid.x - (ux * shown) / 2 + nx * offset,
    y: mid.y - (uy * shown) / 2 + ny * offset,
  };
  const b = {
    x: mid.x + (ux * shown) / 2 + nx * offset,
    y: mid.y + (uy * shown) / 2 + ny * offset,
  };
  const bulge = shown * 0.2;
  const c = { x: (a.x + b.x) / 2 + nx * bulge, y: (a.y + b.y) / 2 + ny * bulge };
  const [pa, pb, pc] = [to(a), to(b), to(c)];
  // The head points along the curve's last tangent (from control point to end).
  const tx = pb.x - pc.x;
  const ty = pb.y - pc.y;
  const tl = Math.hypot(tx, ty) || 1;
  const [hx, hy] = [tx / tl, ty / tl];
  const size = 9;
  const left = {
    x: r1(pb.x - hx * size - hy * size * 0.6),
    y: r1(pb.y - hy * size + hx * size * 0.6),
  };
  const right = {
    x: r1(pb.x - hx * size + hy * size * 0.6),
    y: r1(pb.y - hy * size - hx * size * 0.6),
  };
  const tip = { x: r1(pb.x + hx * 2), y: r1(pb.y + hy * 2) };
  return (
    `<path d="M${pa.x} ${pa.y}Q${pc.x} ${pc.y} ${pb.x} ${pb.y}" fill="none" stroke="${ink}" stroke-width="2.5"/>` +
    `<path d="M${tip.x} ${tip.y}L${left.x} ${left.y}L${right.x} ${right.y}Z" fill="${ink}"/>`
  );
}

function propSvg(prop: Prop, body: Skeleton, to: (p: Point) => Point): string {
  const stroke = `stroke="${ink}" stroke-width="2"`;
  switch (prop.kind) {
    case 'mat': {
      const a = to({ x: prop.from, y: 3 });
      const b = to({ x: prop.to, y: 0 });
      return `<rect x="${Math.min(a.x, b.x)}" y="${a.y}" width="${r1(Math.abs(b.x - a.x))}" height="${r1(b.y - a.y)}" fill="#d0d0d0"/>`;
    }
    case 'wall': {
      const a = to({ x: prop.x, y: 0 });
      const b = to({ x: prop.x, y: 200 });
      const top = Math.max(b.y, labelHeight);
      // Hatching on the far side of the wall line says "solid wall" without colour.
      const hatch: string[] = [];
      for (let y = a.y; y > top + 8; y -= 10) hatch.push(`M${a.x} ${r1(y)}l6 -8`);
      return `<path d="M${a.x} ${a.y}L${a.x} ${top}" ${stroke}/><path d="${hatch.join('')}" stroke="${farInk}" stroke-width="1.5"/>`;
    }
    case 'box': {
      const a = to({ x: prop.x, y: prop.height });
      const b = to({ x: prop.x + prop.width, y: 0 });
      return `<rect x="${Math.min(a.x, b.x)}" y="${a.y}" width="${r1(Math.abs(b.x - a.x))}" height="${r1(b.y - a.y)}" fill="#e6e6e6" ${stroke}/>`;
    }
    case 'bench': {
      const a = to({ x: prop.x, y: prop.height });
      const b = to({ x: prop.x + prop.width, y: prop.height - 5 });
      const l1 = to({ x: prop.x + 6, y: 0 });
      const l2 = to({ x: prop.x + prop.width - 6, y: 0 });
      const x = Math.min(a.x, b.x);
      return (
        `<rect x="${x}" y="${a.y}" width="${r1(Math.abs(b.x - a.x))}" height="${r1(b.y - a.y)}" fill="#e6e6e6" ${stroke}/>` +
        `<path d="M${l1.x} ${b.y}L${l1.x} ${l1.y}M${l2.x} ${b.y}L${l2.x} ${l2.y}" ${stroke}/>`
      );
    }
    case 'towel': {
      const c = to(placeAt(prop.at, body));
      return `<ellipse cx="${c.x}" cy="${r1(c.y + 8)}" rx="9" ry="5" fill="#e6e6e6" ${stroke}/>`;
    }
    case 'ball': {
      const c = to(placeAt(prop.at, body));
      return `<circle cx="${c.x}" cy="${c.y}" r="${prop.radius}" fill="#eeeeee" ${stroke}/><path d="M${r1(c.x - prop.radius)} ${c.y}Q${c.x} ${r1(c.y + prop.radius * 0.5)} ${r1(c.x + prop.radius)} ${c.y}" fill="none" stroke="${farInk}" stroke-width="1.5"/>`;
    }
    case 'band': {
      const a = to(placeAt(prop.from, body));
      const b = to(placeAt(prop.to, body));
      return `<path d="M${a.x} ${a.y}L${b.x} ${b.y}" stroke="${ink}" stroke-width="3" stroke-dasharray="6 3"/>`;
    }
    case 'anchor': {
      const base = to({ x: prop.at.x, y: 0 });
      const top = to({ x: prop.at.x, y: prop.at.y + 6 });
      const ring = to(prop.at);
      return `<path d="M${base.x} ${base.y}L${top.x} ${top.y}" stroke="${ink}" stroke-width="5"/><circle cx="${ring.x}" cy="${ring.y}" r="3.5" fill="#fff" ${stroke}/>`;
    }
    case 'dumbbell': {
      const c = to(placeAt(prop.at, body));
      return `<path d="M${r1(c.x - 7)} ${c.y}L${r1(c.x + 7)} ${c.y}" ${stroke}/><rect x="${r1(c.x - 10)}" y="${r1(c.y - 6)}" width="5" height="12" fill="${ink}"/><rect x="${r1(c.x + 5)}" y="${r1(c.y - 6)}" width="5" height="12" fill="${ink}"/>`;
    }
    case 'kettlebell': {
      const c = to(placeAt(prop.at, body));
      return `<path d="M${r1(c.x - 5)} ${r1(c.y + 4)}Q${c.x} ${r1(c.y - 8)} ${r1(c.x + 5)} ${r1(c.y + 4)}" fill="none" stroke="${ink}" stroke-width="3"/><circle cx="${c.x}" cy="${r1(c.y + 10)}" r="8" fill="${ink}"/>`;
    }
    case 'machine': {
      const { x, y, depth } = prop.seat;
      const front = to({ x, y });
      const rear = to({ x: x - depth, y });
      const rad = (prop.backrest * Math.PI) / 180;
      const top = to({ x: x - depth - 50 * Math.cos(rad), y: y + 50 * Math.sin(rad) });
      const foot = to({ x: x - depth / 2, y: 0 });
      const parts = [
        `<path d="M${front.x} ${front.y}L${rear.x} ${rear.y}L${top.x} ${top.y}" fill="none" stroke="${ink}" stroke-width="6" stroke-linejoin="round"/>`,
        `<path d="M${foot.x} ${front.y}L${foot.x} ${foot.y}" ${stroke}/>`,
      ];
      if (prop.pad) {
        const c = to(placeAt(prop.pad, body));
        parts.push(`<circle cx="${c.x}" cy="${c.y}" r="6" fill="#e6e6e6" ${stroke}/>`);
      }
      if (prop.plate) {
        const c = placeAt(prop.plate.at, body);
        const a = (prop.plate.angle * Math.PI) / 180;
        const p1 = to({ x: c.x - 16 * Math.cos(a), y: c.y - 16 * Math.sin(a) });
        const p2 = to({ x: c.x + 16 * Math.cos(a), y: c.y + 16 * Math.sin(a) });
        parts.push(`<path d="M${p1.x} ${p1.y}L${p2.x} ${p2.y}" stroke="${ink}" stroke-width="5"/>`);
      }
      return parts.join('');
    }
  }
}

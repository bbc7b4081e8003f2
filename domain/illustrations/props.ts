import type { JointName } from './body';
import type { Point, Skeleton } from './skeleton';

/** A fixed point of the scene, or a point that moves with a joint (a dumbbell in the hand, a ball under the heels). */
export type Place =
  Point | { readonly joint: JointName; readonly dx?: number; readonly dy?: number };

/** The equipment drawn around the figure, in scene units with y up from the ground. */
export type Prop =
  | { readonly kind: 'mat'; readonly from: number; readonly to: number }
  | { readonly kind: 'wall'; readonly x: number }
  | { readonly kind: 'box'; readonly x: number; readonly width: number; readonly height: number }
  | { readonly kind: 'bench'; readonly x: number; readonly width: number; readonly height: number }
  | { readonly kind: 'towel'; readonly at: Place }
  | { readonly kind: 'ball'; readonly at: Place; readonly radius: number }
  | { readonly kind: 'band'; readonly from: Place; readonly to: Place }
  | { readonly kind: 'anchor'; readonly at: Point }
  | { readonly kind: 'dumbbell'; readonly at: Place }
  | { readonly kind: 'kettlebell'; readonly at: Place }
  | {
      readonly kind: 'machine';
      /** Seat front edge, height and depth; the backrest leans back from its rear edge. */
      readonly seat: { readonly x: number; readonly y: number; readonly depth: number };
      readonly backrest: number;
      /** A roller pad against the leg, or a foot plate (leg press) at an angle. */
      readonly pad?: Place;
      readonly plate?: { readonly at: Place; readonly angle: number };
    };

export type PropKind = Prop['kind'];

export function placeAt(place: Place, joints: Skeleton): Point {
  if ('joint' in place) {
    const j = joints[place.joint];
    return { x: j.x + (place.dx ?? 0), y: j.y + (place.dy ?? 0) };
  }
  return place;
}

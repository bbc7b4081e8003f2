/**
 * Low-impact modalities that keep a runner fit while the knee settles (../shared/CLINICAL-RULES.md §5). Rowing is
 * listed as clinical practice; `other` carries the therapist's own words.
 */
export const modalities = [
  'swimming',
  'stationary_cycling',
  'outdoor_cycling',
  'elliptical',
  'aqua_jogging',
  'rowing',
  'walking',
  'other',
] as const;
export type Modality = (typeof modalities)[number];

export const modalityLabels: Readonly<Record<Modality, string>> = {
  swimming: 'Swimming',
  stationary_cycling: 'Stationary cycling',
  outdoor_cycling: 'Outdoor cycling',
  elliptical: 'Elliptical',
  aqua_jogging: 'Aqua jogging (deep-water running)',
  rowing: 'Rowing',
  walking: 'Walking',
  other: 'Other',
};

/** Modalities the rules name as common practice rather than from a trial: the UI marks them "[practice]". */
export const practiceModalities: ReadonlySet<Modality> = new Set<Modality>(['rowing', 'walking']);

/** The name to show: the therapist's own words for `other`. */
export function modalityName(modality: Modality, otherText: string | null): string {
  return modality === 'other' && otherText ? otherText : modalityLabels[modality];
}

import type { HandoutVersions } from '../contracts/handouts';
import type { HandoutOptions } from './handout-options';
import type { HandoutSources } from './handout-sources';

/**
 * Which saved documents the chosen sections print from: the strength section and the weekly schedule print the
 * program; the cross-training section, the schedule and the running table's run days print the cross-training plan;
 * the running section prints the running plan, and the schedule reads it for the weeks with running.
 */
export function sectionsUse(options: HandoutOptions) {
  const has = (section: HandoutOptions['sections'][number]) => options.sections.includes(section);
  return {
    program: has('strength') || has('schedule'),
    crossTraining: has('cross_training') || has('schedule') || has('running'),
    running: has('running') || has('schedule'),
  };
}

/** The versions a handout prints: null where the patient has no such plan or no chosen section uses it. */
export function handoutVersions(
  sources: Pick<HandoutSources, 'options' | 'program' | 'crossTraining' | 'running'>,
): HandoutVersions {
  const uses = sectionsUse(sources.options);
  return {
    program: (uses.program && sources.program?.version) || null,
    crossTraining: (uses.crossTraining && sources.crossTraining?.version) || null,
    running: (uses.running && sources.running?.version) || null,
  };
}

export function sameVersions(a: HandoutVersions, b: HandoutVersions): boolean {
  return a.program === b.program && a.crossTraining === b.crossTraining && a.running === b.running;
}

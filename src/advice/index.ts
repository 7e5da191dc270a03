/** The advice catalogue: what to do about each risk, with its source. Free of browser APIs. */
export { CATALOGUE } from './catalogue';
export { TOPIC_LABELS } from './labels';
export { adviceFor, type ResolvedAdvice } from './lookup';
export { refinementsFor } from './refine';
export { SOURCES, type SourceKey } from './sources';
export type { AdviceItem, AdviceTopic, Jurisdiction, Region, Source } from './types';

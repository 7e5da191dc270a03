import { describe, expect, it } from 'vitest';
import { CATALOGUE, SOURCES, TOPIC_LABELS, adviceFor, type AdviceTopic } from '../../src/advice';
import { CATEGORIES } from '../../src/detect/types';
import { REFINEMENTS } from '../../src/messaging/popup';

const TOPICS: AdviceTopic[] = [...CATEGORIES, 'time'];

describe('advice catalogue', () => {
  it.each(TOPICS)('has at least two general items, a label and a risk line for %s', (topic) => {
    const general = CATALOGUE[topic].filter((item) => !item.refinement);
    expect(general.length).toBeGreaterThanOrEqual(2);
    expect(TOPIC_LABELS[topic].label.length).toBeGreaterThan(0);
    expect(TOPIC_LABELS[topic].risk.length).toBeGreaterThan(0);
  });

  it('gives every item advice, a why line and a known source', () => {
    for (const topic of TOPICS) {
      for (const item of CATALOGUE[topic]) {
        expect(item.advice.trim().length, item.id).toBeGreaterThan(10);
        expect(item.why.trim().length, item.id).toBeGreaterThan(10);
        expect(item.why, `${item.id}: why is one line`).not.toContain('\n');
        expect(SOURCES[item.source], item.id).toBeDefined();
      }
    }
  });

  it('uses unique item ids', () => {
    const ids = TOPICS.flatMap((topic) => CATALOGUE[topic].map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(SOURCES))('links %s to a well-formed https URL', (_key, source) => {
    const url = new URL(source.url);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(source.name.trim().length).toBeGreaterThan(3);
  });

  it('cites every source at least once', () => {
    const cited = new Set(TOPICS.flatMap((topic) => CATALOGUE[topic].map((item) => item.source)));
    expect([...Object.keys(SOURCES)].filter((key) => !cited.has(key as never))).toEqual([]);
  });

  it('uses every refinement somewhere', () => {
    const used = new Set(TOPICS.flatMap((topic) => CATALOGUE[topic].map((item) => item.refinement)));
    for (const refinement of REFINEMENTS) expect(used.has(refinement), refinement).toBe(true);
  });

  it('resolves every item of a topic to its source name and URL', () => {
    const resolved = adviceFor('media', 'us', [...REFINEMENTS]);
    expect(resolved).toHaveLength(CATALOGUE.media.length);
    for (const item of resolved) expect(item.source.url).toMatch(/^https:\/\//);
  });
});

import { describe, expect, it } from 'vitest';
import { adviceFor, type Region } from '../../src/advice';

const REGION_OF: Record<Exclude<Region, 'other'>, string> = { us: 'us', uk: 'uk', ca: 'ca', au: 'au' };

describe('adviceFor', () => {
  it.each(Object.keys(REGION_OF) as Array<keyof typeof REGION_OF>)('leads with %s items where the topic has them', (region) => {
    for (const topic of ['name', 'media', 'professionalism', 'identifier'] as const) {
      const items = adviceFor(topic, region);
      const own = items.filter((item) => item.jurisdiction === region);
      if (own.length === 0) continue;
      // every item of the region comes before every item of another jurisdiction
      expect(items.slice(0, own.length).map((item) => item.jurisdiction), `${topic} for ${region}`).toEqual(own.map(() => region));
    }
  });

  it('puts UK guidance first for a UK user and US rules first for a US user', () => {
    expect(adviceFor('location', 'uk')[0]?.jurisdiction).toBe('uk');
    expect(adviceFor('location', 'us')[0]?.jurisdiction).toBe('us');
    expect(adviceFor('media', 'au')[0]?.jurisdiction).toBe('au');
  });

  it('puts research that applies anywhere right after the own region, and first for other regions', () => {
    const items = adviceFor('patient_story', 'ca');
    const jurisdictions = items.map((item) => item.jurisdiction);
    expect(jurisdictions[0]).toBe('ca');
    expect(jurisdictions.indexOf('intl')).toBe(jurisdictions.lastIndexOf('ca') + 1);
    expect(adviceFor('time', 'other')[0]?.jurisdiction).toBe('intl');
  });

  it('keeps catalogue order within a jurisdiction (stable)', () => {
    const ids = adviceFor('name', 'us').map((item) => item.id);
    expect(ids.indexOf('name-safe-harbor')).toBeLessThan(ids.indexOf('name-nurse-principle'));
  });

  it('shows refinement items only when the refinement applies, and then first', () => {
    expect(adviceFor('age', 'uk').map((item) => item.id)).not.toContain('age-90-plus');
    const refined = adviceFor('age', 'uk', ['age-90-plus']);
    expect(refined[0]?.id).toBe('age-90-plus');
    expect(adviceFor('name', 'us', ['name-with-room'])[0]?.id).toBe('name-sum-uk');
    expect(adviceFor('location', 'ca', ['name-with-room'])[0]?.id).toBe('location-room-uk');
  });

  it('ignores refinements that do not belong to the topic', () => {
    expect(adviceFor('date', 'us', ['initials'])).toEqual(adviceFor('date', 'us'));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviceFor, CATALOGUE, TOPIC_LABELS, type AdviceTopic, type Region } from '../../src/advice';
import { adviceLine, categoryLabel } from '../../src/compose/finding-advice';
import { REFINEMENTS, type Refinement } from '../../src/messaging/popup';
import { adviceTableSource } from './write-advice-table';

const REGIONS: Region[] = ['us', 'uk', 'ca', 'au', 'other'];
const CATEGORIES = (Object.keys(CATALOGUE) as AdviceTopic[]).filter((topic) => topic !== 'time');

/** Every subset of the refinements (16 of them). */
const subsets = REFINEMENTS.reduce<Refinement[][]>((all, refinement) => [...all, ...all.map((s) => [...s, refinement])], [[]]);

describe('advice beside a box', () => {
  it('is the first item the popup shows, for every category, region and set of refinements', () => {
    for (const category of CATEGORIES) {
      for (const region of REGIONS) {
        for (const refinements of subsets) {
          const first = adviceFor(category, region, refinements)[0]!;
          expect(adviceLine(category, region, refinements), `${category} ${region} ${refinements.join('+')}`).toEqual({
            advice: first.advice,
            source: first.source.name,
          });
        }
      }
    }
  });

  it('follows the user region: UK advice for a UK user, US advice for a US one', () => {
    expect(adviceLine('name', 'uk').source).toMatch(/GMC/);
    expect(adviceLine('name', 'us').source).toMatch(/HIPAA/);
  });

  it('labels categories as the popup does, and copes with a category it does not know', () => {
    for (const category of CATEGORIES) expect(categoryLabel(category)).toBe(TOPIC_LABELS[category].label);
    expect(categoryLabel('toString')).toBe('toString');
    expect(adviceLine('something_new', 'us')).toEqual({ advice: expect.stringMatching(/identify a patient/), source: '' });
  });

  it('comes from a table that matches the catalogue (regenerate: npx tsx tests/compose/write-advice-table.ts)', () => {
    const table = readFileSync(new URL('../../src/compose/advice-table.ts', import.meta.url), 'utf8');
    expect(table).toBe(adviceTableSource());
  });
});

import { describe, expect, it } from 'vitest';
import { isTabState } from '../../entrypoints/popup/check-state';
import { tabStateResponse } from '../../src/messaging/popup';
import { editor, finding } from './fixtures';

const valid = () => ({
  ok: true,
  tabId: 7,
  risk: 'high',
  editors: [editor([finding(), finding({ category: 'age', severity: 'medium', refinements: ['age-90-plus'] })]), editor([], { editorId: 'e2', site: 'x' })],
});

describe('isTabState', () => {
  it('accepts what the zod schema of record accepts', () => {
    expect(tabStateResponse.safeParse(valid()).success).toBe(true);
    expect(isTabState(valid())).toBe(true);
  });

  it.each([
    ['not an object', () => 'state'],
    ['ok false', () => ({ ...valid(), ok: false })],
    ['a bad risk', () => ({ ...valid(), risk: 'severe' })],
    ['editors not a list', () => ({ ...valid(), editors: {} })],
    ['an unknown category', () => ({ ...valid(), editors: [editor([finding({ category: 'blood' as never })])] })],
    ['a severity of none', () => ({ ...valid(), editors: [editor([finding({ severity: 'none' as never })])] })],
    ['an unknown refinement', () => ({ ...valid(), editors: [editor([finding({ refinements: ['x' as never] })])] })],
    ['an excerpt that is not text', () => ({ ...valid(), editors: [editor([finding({ excerpt: 5 as never })])] })],
    ['an editor without analysis', () => ({ ...valid(), editors: [{ editorId: 'e1', site: 'x', revision: 1 }] })],
  ])('rejects %s, as the schema does', (_label, make) => {
    expect(isTabState(make())).toBe(false);
    expect(tabStateResponse.safeParse(make()).success).toBe(false);
  });
});

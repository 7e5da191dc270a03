import { describe, expect, it } from 'vitest';
import { analyze } from '../src/detect';

describe('analyze', () => {
  it('returns no risk for an empty draft', () => {
    expect(analyze('')).toEqual({ risk: 'none', findings: [] });
  });
});

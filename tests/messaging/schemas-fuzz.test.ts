import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingKey, isAnalyzeResponse } from '../../src/messaging/compose';
import { analyzeResponse, errorResponse, MAX_DRAFT_CHARS, requestSchema } from '../../src/messaging/messages';
import { editorStateSchema, tabStateResponse } from '../../src/messaging/popup';
import { isUsageMessage, usageRequestSchema } from '../../src/messaging/usage';
import { hostileMessage, VALID, wrongValue } from './hostile-values';

const SCHEMAS = { requestSchema, usageRequestSchema, analyzeResponse, errorResponse, tabStateResponse, editorStateSchema };

/** Whether anything reached Object.prototype. */
function polluted(): boolean {
  return ({} as Record<string, unknown>).polluted !== undefined || Object.keys(Object.prototype).length > 0;
}

describe('every message schema, fuzzed', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: any value is accepted or refused with issues, never thrown on, and what it accepts parses again`, () => {
      fc.assert(
        fc.property(hostileMessage, (message) => {
          const parsed = schema.safeParse(message);
          if (parsed.success) expect(schema.safeParse(parsed.data).success).toBe(true);
          else expect(parsed.error.issues.length).toBeGreaterThan(0);
          expect(polluted()).toBe(false);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('a request that passes keeps only known fields, with the draft within its limit', () => {
    fc.assert(
      fc.property(hostileMessage, (message) => {
        const parsed = requestSchema.safeParse(message);
        if (!parsed.success) return;
        const known = { 'sl:analyze': Object.keys(VALID.analyze), 'sl:clear': Object.keys(VALID.clear), 'sl:tab-state': Object.keys(VALID.tabState) };
        expect(Object.keys(parsed.data).every((key) => known[parsed.data.type].includes(key))).toBe(true);
        if (parsed.data.type === 'sl:analyze') expect(parsed.data.text.length).toBeLessThanOrEqual(MAX_DRAFT_CHARS);
        expect(Object.getPrototypeOf(parsed.data)).toBe(Object.prototype);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a request with any field of the wrong type', () => {
    fc.assert(
      fc.property(fc.constantFrom('editorId', 'site', 'revision', 'text'), wrongValue, (key, value) => {
        fc.pre(!(key === 'text' && typeof value === 'string') && !(key === 'editorId' && typeof value === 'string' && value.length > 0));
        fc.pre(!(key === 'revision' && Number.isSafeInteger(value) && (value as number) >= 0));
        expect(requestSchema.safeParse({ ...VALID.analyze, [key]: value }).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('the content script accepts every answer the background may validly send, and nothing malformed throws its check', () => {
    fc.assert(
      fc.property(hostileMessage, (message) => {
        const cheap = isAnalyzeResponse(message);
        if (analyzeResponse.safeParse(message).success) expect(cheap).toBe(true);
        expect(typeof isUsageMessage(message)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    const valid = { ok: true, editorId: 'e1', revision: 1, analysis: { risk: 'high', findings: [{ category: 'name', start: 0, end: 5, severity: 'high', recognizer: 'r', reason: 'why' }] } };
    expect(analyzeResponse.safeParse(valid).success && isAnalyzeResponse(valid)).toBe(true);
  });

  it('a dismissal key is bounded whatever the term', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 600, unit: 'binary' }), (category, term) => {
        const key = findingKey(category, term);
        expect(key.length).toBeLessThanOrEqual(300);
      }),
    );
  });
});

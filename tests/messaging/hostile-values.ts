import fc from 'fast-check';
import { MAX_DRAFT_CHARS } from '../../src/messaging/messages';

/**
 * Messages a compromised or buggy sender could send: random JSON, wrong types in valid shapes,
 * oversized strings and arrays, prototype-pollution keys and deep nesting (issue 7).
 */

/** An object nested `depth` levels deep under `key`. */
export function nested(depth: number, key = 'a'): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}

/** Objects whose own keys try to reach Object.prototype, as JSON.parse builds them (an own "__proto__" key). */
export const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": "yes"}, "type": "sl:analyze"}'),
  JSON.parse('{"type": "sl:clear", "editorId": "e1", "__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"type": "sl:tab-state", "tabId": 7, "constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"type": "sl:analyze", "editorId": "e1", "site": "x", "revision": 1, "text": "hi", "dismissed": {"__proto__": ["a"]}}'),
  JSON.parse('{"type": "sl:usage:slice", "site": "x", "start": 1, "end": 2, "__proto__": {"end": 99}}'),
  { type: 'sl:analyze', editorId: 'e1', site: 'x', revision: 1, text: 'hi', constructor: { prototype: { polluted: 'yes' } } },
);

/** Values of the wrong type for any field. */
export const wrongValue = fc.oneof(
  fc.constantFrom(null, undefined, true, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '', [], {}, 'sl:analyze'),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Valid messages of every kind: the starting point of mutations, and what must keep working. */
export const VALID = {
  analyze: { type: 'sl:analyze', editorId: 'e1', site: 'linkedin', revision: 1, text: 'Seen today: Maria Gonzalez, 94', media: 0, dismissed: [] },
  clear: { type: 'sl:clear', editorId: 'e1' },
  tabState: { type: 'sl:tab-state', tabId: 7 },
  slice: { type: 'sl:usage:slice', site: 'x', start: 1_000, end: 2_000 },
  status: { type: 'sl:usage:status' },
} as const;

/** One field of a valid message replaced by a wrong value, or removed. */
export const mutated = fc
  .tuple(fc.constantFrom(...Object.values(VALID)), fc.nat(), wrongValue, fc.boolean())
  .map(([message, index, value, remove]) => {
    const copy: Record<string, unknown> = { ...message };
    const keys = Object.keys(copy);
    const key = keys[index % keys.length]!;
    if (remove) delete copy[key];
    else copy[key] = value;
    return copy;
  });

/** Sizes just over each limit of the schemas. */
export const oversized = fc.constantFrom(
  { ...VALID.analyze, text: 'a'.repeat(MAX_DRAFT_CHARS + 1) },
  { ...VALID.analyze, text: 'Maria '.repeat(200_000) },
  { ...VALID.analyze, editorId: 'e'.repeat(101) },
  { ...VALID.analyze, dismissed: Array.from({ length: 100_000 }, (_, i) => `name:${i}`) },
  { ...VALID.analyze, dismissed: ['x'.repeat(301)] },
  { ...VALID.analyze, media: 101 },
  { ...VALID.analyze, revision: Number.MAX_VALUE },
  { ...VALID.clear, editorId: 'e'.repeat(1_000_000) },
  { ...VALID.slice, end: 1_000 + 60_001 },
  Array.from({ length: 100_000 }, () => VALID.analyze),
  nested(5_000),
  { ...VALID.analyze, text: nested(5_000) },
  { ...VALID.analyze, dismissed: [nested(5_000)] },
);

/** Anything at all a sender could put in a message. */
export const hostileMessage = fc.oneof(
  { weight: 3, arbitrary: mutated },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }) },
  { weight: 1, arbitrary: pollution },
  { weight: 1, arbitrary: oversized },
);

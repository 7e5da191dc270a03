import { z } from 'zod';

/** One labelled draft (shared/corpus/SCHEMA.md). */
export const corpusRecord = z.object({
  id: z.string(),
  site: z.string().optional(),
  text: z.string(),
  warn: z.boolean(),
  categories: z.array(z.string()).default([]),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), category: z.string() })).default([]),
  note: z.string().optional(),
});
export type CorpusRecord = z.infer<typeof corpusRecord>;

/** Parses a JSON Lines corpus; a malformed line is an error naming its line number. */
export function parseCorpus(jsonl: string): CorpusRecord[] {
  return jsonl
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => {
      const parsed = corpusRecord.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid record'}`);
      return parsed.data;
    });
}

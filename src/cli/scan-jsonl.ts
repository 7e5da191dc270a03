import { analyze, type AnalyzeOptions } from '../detect';

/** One output line of `scan --jsonl` for one input line (DESIGN.md "Command line"). */
export function scanLine(line: string, options: AnalyzeOptions = {}): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ id: null, error: `invalid JSON: ${(error as Error).message}` });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return JSON.stringify({ id: null, error: 'each line must be a JSON object with "id" and "text"' });
  const { id, text } = input as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return JSON.stringify({ id: null, error: 'missing "id" (a string or number)' });
  if (typeof text !== 'string') return JSON.stringify({ id: null, error: `missing "text" (a string) for id ${JSON.stringify(id)}` });
  const { risk, findings } = analyze(text, options);
  return JSON.stringify({ id, risk, findings });
}

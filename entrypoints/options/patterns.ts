import { checkUserPattern, matchUserPattern } from '../../src/detect/user-pattern';

export interface PatternLineResult {
  source: string;
  ok: boolean;
  /** For people: why it was rejected, or what it found in the example. */
  message: string;
}

/** Splits a list field into its non-empty, trimmed lines. */
export function listLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

/** Checks each pattern line and tries the valid ones on the example text. */
export function checkPatternLines(text: string, example: string): PatternLineResult[] {
  return listLines(text).map((source) => {
    const checked = checkUserPattern(source);
    if (!checked.ok) return { source, ok: false, message: checked.error };
    if (!example) return { source, ok: true, message: 'Valid.' };
    const found = matchUserPattern(checked.regex, example, 5).map((m) => `“${example.slice(m.start, m.end)}”`);
    return { source, ok: true, message: found.length ? `Valid; finds ${found.join(', ')} in the example.` : 'Valid; finds nothing in the example.' };
  });
}

/** Shows one line per pattern; text only, via textContent. */
export function renderPatternResults(list: HTMLElement, results: PatternLineResult[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      item.className = result.ok ? 'ok' : 'bad';
      item.dataset.patternOk = String(result.ok);
      item.textContent = `${result.source} — ${result.ok ? '' : 'Rejected: '}${result.message}`;
      return item;
    }),
  );
}

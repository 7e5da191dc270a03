import type { Worker } from '@playwright/test';

/** A fake recognizer for the stubbed background: a pattern and what it finds. */
export interface StubRule {
  pattern: string;
  category: string;
  severity: 'low' | 'medium' | 'high';
  /** The finding's reason; `$&` stands for the matched text (to check that the page shows it as text). */
  reason?: string;
}

/**
 * Makes the background answer `sl:analyze` from these rules instead of the engine, to test the page
 * side (indicator, highlights, guard) independently of the engine's recognizers. It answers
 * synchronously, so it wins over the real promise-returning listener; `unstubAnalysis` removes it.
 */
export async function stubAnalysis(serviceWorker: Worker, rules: StubRule[]): Promise<void> {
  await serviceWorker.evaluate((stubRules) => {
    const g = globalThis as unknown as { __slStub?: unknown; chrome: { runtime: { onMessage: { addListener(l: unknown): void; removeListener(l: unknown): void } } } };
    if (g.__slStub) g.chrome.runtime.onMessage.removeListener(g.__slStub);
    const rank = { none: 0, low: 1, medium: 2, high: 3 } as const;
    const listener = (message: Record<string, unknown>, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
      if (message?.type !== 'sl:analyze') return false;
      const text = String(message.text);
      const dismissed = new Set(message.dismissed as string[]);
      const findings = [];
      let risk: keyof typeof rank = 'none';
      for (const rule of stubRules) {
        for (const match of text.matchAll(new RegExp(rule.pattern, 'g'))) {
          const key = `${rule.category}:${match[0].trim().toLowerCase()}`;
          if (dismissed.has(key)) continue;
          findings.push({ category: rule.category, start: match.index, end: match.index + match[0].length, severity: rule.severity,
            recognizer: `stub/${rule.category}`, reason: rule.reason?.replace('$&', match[0]) ?? `Looks like a patient's ${rule.category}.` });
          if (rank[rule.severity] > rank[risk]) risk = rule.severity;
        }
      }
      if (Number(message.media) > 0) {
        findings.push({ category: 'media', start: 0, end: 0, severity: 'medium', recognizer: 'stub/media', reason: 'An attached image may show a patient.' });
        if (rank[risk] < rank.medium) risk = 'medium';
      }
      sendResponse({ ok: true, editorId: message.editorId, revision: message.revision, analysis: { risk, findings } });
      return false;
    };
    g.__slStub = listener;
    g.chrome.runtime.onMessage.addListener(listener);
  }, rules);
}

/** Restores the real background answers. */
export async function unstubAnalysis(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { __slStub?: unknown; chrome: { runtime: { onMessage: { addListener(l: unknown): void; removeListener(l: unknown): void } } } };
    if (g.__slStub) g.chrome.runtime.onMessage.removeListener(g.__slStub);
    g.__slStub = undefined;
  });
}

/** Rules that flag the kinds of detail the specs type (a name after "Pt", an MRN, a bed number, an SSN). */
export const PHI_RULES: StubRule[] = [
  { pattern: '(?<=Pt )[A-Z][a-z]+ [A-Z][a-z]+', category: 'name', severity: 'medium' },
  { pattern: '\\b\\d{8}\\b', category: 'identifier', severity: 'high' },
  { pattern: '\\b\\d{3}-\\d{2}-\\d{4}\\b', category: 'identifier', severity: 'high' },
  { pattern: '\\bbed \\d+\\b', category: 'location', severity: 'medium' },
];

// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../entrypoints/options/form';
import { checkPatternLines, listLines } from '../../entrypoints/options/patterns';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const html = readFileSync(resolve(process.cwd(), 'entrypoints/options/index.html'), 'utf8');

describe('options page', () => {
  beforeEach(() => {
    const parsed = new DOMParser().parseFromString(html.replace(/<link[^>]*>/g, ''), 'text/html');
    document.body.replaceChildren(...[...parsed.body.querySelector('main')!.children].map((n) => document.importNode(n, true)));
  });

  it('tests identifier patterns live and rejects dangerous ones with the reason', () => {
    const results = checkPatternLines('MRN\\d{7}\n(a+)+$\n\n', 'Seen today, MRN1234567 and MRN7654321');
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ ok: true, message: 'Valid; finds “MRN1234567”, “MRN7654321” in the example.' });
    expect(results[1]!.ok).toBe(false);
    expect(results[1]!.message).toMatch(/freeze/);
    expect(listLines(' a \n\n b')).toEqual(['a', 'b']);
  });

  it('fills the form, shows the invalid-settings notice, and locks managed settings', () => {
    fillForm({
      settings: { ...DEFAULT_SETTINGS, customTerms: ['Ward 7', 'St Mary'], sensitivity: 'strict' },
      locked: ['customTerms'],
      minimumSensitivity: 'balanced',
      notice: 'Some stored settings could not be read (sensitivity)',
    });
    const terms = document.getElementById('customTerms') as HTMLTextAreaElement;
    expect(terms.value).toBe('Ward 7\nSt Mary');
    expect(terms.disabled).toBe(true);
    expect(document.getElementById('customTerms-locked')?.textContent).toBe('Set by your organisation.');
    expect((document.getElementById('allowlist') as HTMLTextAreaElement).disabled).toBe(false);
    const relaxed = [...(document.getElementById('sensitivity') as HTMLSelectElement).options].find((o) => o.value === 'relaxed')!;
    expect(relaxed.disabled).toBe(true);
    expect(document.getElementById('notice')!.hidden).toBe(false);
    expect(document.getElementById('managed')!.hidden).toBe(false);
    fillForm({ settings: DEFAULT_SETTINGS, locked: [] });
    expect(terms.disabled).toBe(false);
    expect(document.getElementById('customTerms-locked')).toBeNull();
    expect(document.getElementById('notice')!.hidden).toBe(true);
  });
});

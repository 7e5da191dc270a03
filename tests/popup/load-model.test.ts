import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { loadModel, resolveTab } from '../../entrypoints/popup/load-model';
import { siteOf } from '../../entrypoints/popup/model';
import { editor, finding } from './fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** A fake background answering sl:tab-state with these editors for tab 7. */
function answerTabState(editors = [editor([finding(), finding({ category: 'date', severity: 'low', excerpt: '3 M•••h' })])]) {
  const asked: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    asked.push(message);
    return Promise.resolve({ ok: true, tabId: 7, risk: 'high', editors });
  });
  return asked;
}

describe('resolveTab', () => {
  it('uses ?tab=<id> when given', async () => {
    expect((await resolveTab('?tab=42')).id).toBe(42);
  });

  it('falls back to the active tab of the current window', async () => {
    // fakeBrowser has no public way to make a tab active, so the query is observed instead
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 12, url: 'https://x.com/compose/post' } as Browser.tabs.Tab]);
    const resolved = await resolveTab('?tab=abc'); // not a tab id: ignored
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(resolved).toEqual({ id: 12, url: 'https://x.com/compose/post' });
  });
});

describe('loadModel', () => {
  it('asks the background for the named tab and groups its findings', async () => {
    const asked = answerTabState();
    const model = await loadModel('?tab=7', 1_000);
    expect(asked).toEqual([{ type: 'sl:tab-state', tabId: 7 }]);
    expect(model).toMatchObject({ tabId: 7, risk: 'high', hasDraft: true, site: 'linkedin', region: 'us', now: 1_000 });
    expect(model.groups.map((g) => g.category)).toEqual(['name', 'date']);
    expect(model.notice).toBeUndefined();
  });

  it('reads a malformed answer as unknown and says so', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, editors: 'lots' }));
    const model = await loadModel('?tab=7');
    expect(model).toMatchObject({ groups: [], hasDraft: false, risk: 'none' });
    expect(model.notice).toMatch(/Could not reach/);
  });

  it('reads an unreachable background as unknown and says so', async () => {
    const model = await loadModel('?tab=7'); // no listener: sendMessage rejects
    expect(model.notice).toMatch(/Could not reach/);
  });
});

describe('siteOf', () => {
  it.each([
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://x.com/home', 'x'],
    ['https://twitter.com/compose/tweet', 'x'],
    ['https://example.com/', null],
    ['https://x.com.evil.example/', null],
    ['not a url', null],
    [undefined, null],
  ])('%s -> %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

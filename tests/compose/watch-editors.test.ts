// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkedinSite } from '../../src/compose/sites/linkedin';
import { SCAN_DELAY_MS, watchEditors } from '../../src/compose/watch-editors';
import { loadFixture, must } from './load-fixture';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const pause = () => vi.advanceTimersByTimeAsync(SCAN_DELAY_MS + 10);

describe('watchEditors', () => {
  it('finds editors present at start, added later, and inside #interop-outlet\'s open shadow root', async () => {
    document.body.replaceChildren();
    const found: Element[] = [];
    const watcher = watchEditors(linkedinSite, (e) => found.push(e), () => undefined);
    loadFixture('linkedin-comment.html');
    await pause();
    expect(found).toEqual([must('.ProseMirror')]);

    const outlet = Object.assign(document.createElement('div'), { id: 'interop-outlet' });
    const shadow = outlet.attachShadow({ mode: 'open' });
    document.body.append(outlet);
    await pause();
    const shareBox = Object.assign(document.createElement('div'), { className: 'ql-editor', contentEditable: 'true' });
    shadow.append(shareBox);
    await pause();
    expect(found.at(-1)).toBe(shareBox);
    watcher.stop();
  });

  it('reports removals in one batch, and finds a box only its focus reveals', async () => {
    loadFixture('linkedin-messaging.html');
    const found: Element[] = [];
    const removed = vi.fn();
    const watcher = watchEditors(linkedinSite, (e) => found.push(e), removed);
    expect(found).toHaveLength(1);
    for (let i = 0; i < 50; i += 1) document.body.append(document.createElement('p'));
    document.querySelectorAll('p').forEach((p) => p.remove());
    await pause();
    expect(removed).toHaveBeenCalledTimes(1);

    const host = document.createElement('custom-box');
    document.body.append(host);
    await pause();
    // a shadow root attached after its host was seen, by a host the site file does not list: no mutation shows it
    const hidden = Object.assign(document.createElement('div'), { contentEditable: 'true', tabIndex: 0 });
    host.attachShadow({ mode: 'open' }).append(hidden);
    await pause();
    expect(found).not.toContain(hidden);
    hidden.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(found.at(-1)).toBe(hidden);
    watcher.stop();
  });
});

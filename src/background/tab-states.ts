import { z } from 'zod';
import type { Risk } from '../detect/types';
import { editorStateSchema, type EditorState } from '../messaging/popup';
import { maxRisk } from './shape-analysis';

/**
 * The latest analysis per tab and editor: in memory, mirrored to storage.session so a restarted
 * worker still knows it, and never written to persistent storage (DESIGN.md "Privacy invariants").
 */

/** The storage.session surface we use; browser.storage.session or a fake in tests. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const STORAGE_KEY = 'sl:tab-states';
/** A tab with more editors than this drops the oldest: schema and popup stay bounded. */
const MAX_EDITORS_PER_TAB = 20;
const storedSchema = z.record(z.string(), z.record(z.string(), editorStateSchema));

export class TabStates {
  private tabs = new Map<number, Map<string, EditorState>>();
  private restored: Promise<void> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly area: SessionArea | undefined) {}

  /** Resolves once the state kept before a worker restart is back in memory (invalid state is dropped). */
  ready(): Promise<void> {
    this.restored ??= this.restore();
    return this.restored;
  }

  /** The editor's latest kept state, if any. */
  get(tabId: number, key: string): EditorState | undefined {
    return this.tabs.get(tabId)?.get(key);
  }

  /** Every editor with a result in the tab, oldest first. */
  editors(tabId: number): EditorState[] {
    return [...(this.tabs.get(tabId)?.values() ?? [])];
  }

  /** The tab's overall risk: the highest of its editors'. */
  risk(tabId: number): Risk {
    return this.editors(tabId).reduce<Risk>((risk, editor) => maxRisk(risk, editor.analysis.risk), 'none');
  }

  /** Keeps an editor's latest state. */
  put(tabId: number, key: string, state: EditorState): Promise<void> {
    const editors = this.tabs.get(tabId) ?? new Map<string, EditorState>();
    editors.delete(key);
    editors.set(key, state);
    while (editors.size > MAX_EDITORS_PER_TAB) editors.delete(editors.keys().next().value as string);
    this.tabs.set(tabId, editors);
    return this.persist();
  }

  /** Forgets one editor (draft emptied or posted); true when there was something to forget. */
  forgetEditor(tabId: number, key: string): Promise<boolean> {
    const editors = this.tabs.get(tabId);
    if (!editors?.delete(key)) return Promise.resolve(false);
    if (editors.size === 0) this.tabs.delete(tabId);
    return this.persist().then(() => true);
  }

  /** Forgets a whole tab (closed or navigated away). */
  forgetTab(tabId: number): Promise<boolean> {
    if (!this.tabs.delete(tabId)) return Promise.resolve(false);
    return this.persist().then(() => true);
  }

  private async restore(): Promise<void> {
    if (!this.area) return;
    try {
      const parsed = storedSchema.safeParse((await this.area.get(STORAGE_KEY))[STORAGE_KEY] ?? {});
      if (!parsed.success) return;
      for (const [tabId, editors] of Object.entries(parsed.data)) {
        // Anything written since the worker woke is newer than what was stored.
        const current = this.tabs.get(Number(tabId));
        this.tabs.set(Number(tabId), new Map([...Object.entries(editors), ...(current ?? [])]));
      }
    } catch {
      // A session area that cannot be read leaves the worker with an empty, working state.
    }
  }

  /** Writes are chained so the last snapshot always lands last. */
  private persist(): Promise<void> {
    const area = this.area;
    if (!area) return Promise.resolve();
    const snapshot = Object.fromEntries([...this.tabs].map(([tabId, editors]) => [String(tabId), Object.fromEntries(editors)]));
    this.writing = this.writing.then(() => area.set({ [STORAGE_KEY]: snapshot })).catch(() => undefined);
    return this.writing;
  }
}

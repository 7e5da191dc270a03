import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Names of the saved markup files, by site. */
export const FIXTURES = {
  linkedin: ['linkedin-share.html', 'linkedin-comment.html', 'linkedin-messaging.html'],
  x: ['x-home.html', 'x-modal.html', 'x-mobile.html', 'x-dm.html'],
} as const;

/** Replaces the test document's body with a saved fixture (parsed by DOMParser, never assigned as HTML). */
export function loadFixture(name: string): void {
  const parsed = new DOMParser().parseFromString(readFileSync(path.join(DIR, name), 'utf8'), 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.adoptNode(node)));
}

/** The first element matching a selector, or a test failure naming the selector. */
export function must(selector: string, root: ParentNode = document): HTMLElement {
  const found = root.querySelector(selector);
  if (!(found instanceof HTMLElement)) throw new Error(`fixture has no ${selector}`);
  return found;
}

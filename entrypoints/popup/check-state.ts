import { CATEGORIES, RISK_LEVELS } from '../../src/detect/types';
import { REFINEMENTS, type TabStateResponse } from '../../src/messaging/popup';

/**
 * A structural check of the background's tab state, without zod: the popup must paint within
 * 100 ms, and zod's schemas would be the largest part of its first script. The background builds
 * this answer from zod-checked data (src/messaging/popup.ts is the schema of record).
 */

const is = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isFinding(value: unknown): boolean {
  if (!isObject(value)) return false;
  return (
    is(CATEGORIES, value.category) &&
    is(RISK_LEVELS, value.severity) &&
    value.severity !== 'none' &&
    Number.isInteger(value.start) &&
    Number.isInteger(value.end) &&
    typeof value.reason === 'string' &&
    (value.excerpt === undefined || typeof value.excerpt === 'string') &&
    Array.isArray(value.refinements) &&
    value.refinements.every((r) => is(REFINEMENTS, r))
  );
}

function isEditor(value: unknown): boolean {
  if (!isObject(value) || !isObject(value.analysis)) return false;
  return (
    typeof value.editorId === 'string' &&
    is(['linkedin', 'x', 'other'], value.site) &&
    Number.isInteger(value.revision) &&
    is(RISK_LEVELS, value.analysis.risk) &&
    Array.isArray(value.analysis.findings) &&
    value.analysis.findings.every(isFinding)
  );
}

/** True when the answer has the shape of a tab state; anything else is treated as unknown. */
export function isTabState(value: unknown): value is TabStateResponse {
  return (
    isObject(value) &&
    value.ok === true &&
    Number.isInteger(value.tabId) &&
    is(RISK_LEVELS, value.risk) &&
    Array.isArray(value.editors) &&
    value.editors.every(isEditor)
  );
}

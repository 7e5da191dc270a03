/** Styles of the inline indicator, highlights, panel and guard dialog (inside their shadow roots). */
export const STYLES = `
:host { --sl-bg:#fff; --sl-fg:#1d1d1f; --sl-muted:#5f6368; --sl-line:#d0d4da;
  --sl-high:#b3261e; --sl-high-bg:#fdecea; --sl-medium:#8a5300; --sl-medium-bg:#fff4e0; --sl-low:#44546a; --sl-low-bg:#eef1f5;
  --sl-focus:#0a66c2; color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :host { --sl-bg:#1f2328; --sl-fg:#f0f3f6; --sl-muted:#b0b8c1; --sl-line:#3d444d;
  --sl-high:#ff8a80; --sl-high-bg:#3b1816; --sl-medium:#ffc66d; --sl-medium-bg:#3a2a0c; --sl-low:#c2cad4; --sl-low-bg:#2b3139; } }
.sl-root { position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483000;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--sl-fg); }
.sl-mark { position: fixed; pointer-events: none; border-bottom: 2px solid var(--sl-medium); background: color-mix(in srgb, var(--sl-medium) 18%, transparent); }
.sl-mark[data-severity="high"] { border-bottom-color: var(--sl-high); background: color-mix(in srgb, var(--sl-high) 18%, transparent); }
.sl-mark[data-severity="low"] { border-bottom: 2px dotted var(--sl-low); background: transparent; }
.sl-anchor { position: fixed; width: 0; height: 0; }
.sl-badge { position: absolute; right: 6px; bottom: 6px; display: inline-flex; align-items: center; gap: 4px; white-space: nowrap;
  padding: 2px 8px; border-radius: 12px; border: 1px solid currentColor; cursor: pointer; font: inherit; font-weight: 600; }
.sl-badge[hidden] { display: none; }
.sl-badge:focus-visible, .sl-panel button:focus-visible, .sl-dialog button:focus-visible { outline: 2px solid var(--sl-focus); outline-offset: 2px; }
.sl-badge[data-risk="high"] { color: var(--sl-high); background: var(--sl-high-bg); }
.sl-badge[data-risk="medium"] { color: var(--sl-medium); background: var(--sl-medium-bg); }
.sl-badge[data-risk="low"] { color: var(--sl-low); background: var(--sl-low-bg); font-weight: 400; opacity: .85; }
.sl-panel { position: absolute; right: 0; top: 4px; width: min(360px, 90vw); max-height: 50vh; overflow: auto;
  background: var(--sl-bg); color: var(--sl-fg); border: 1px solid var(--sl-line); border-radius: 8px; padding: 8px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
.sl-panel[hidden], .sl-dialog-backdrop[hidden] { display: none; }
.sl-list { list-style: none; margin: 0; padding: 0; }
.sl-finding { padding: 6px 0; border-top: 1px solid var(--sl-line); }
.sl-finding:first-child { border-top: 0; }
.sl-cat { font-weight: 600; }
.sl-sev { font-size: 11px; text-transform: uppercase; color: var(--sl-muted); margin-left: 6px; }
.sl-excerpt { font-family: ui-monospace, monospace; margin-left: 6px; }
.sl-reason, .sl-advice { margin: 2px 0; }
.sl-advice { color: var(--sl-muted); }
.sl-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.sl-actions button, .sl-dialog button { font: inherit; padding: 2px 8px; border-radius: 6px; border: 1px solid var(--sl-line);
  background: var(--sl-bg); color: var(--sl-fg); cursor: pointer; }
.sl-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.sl-dialog-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center; }
.sl-dialog { background: var(--sl-bg); color: var(--sl-fg); border-radius: 10px; padding: 16px 20px; width: min(440px, 92vw); max-height: 80vh; overflow: auto; }
.sl-dialog h2 { font-size: 16px; margin: 0 0 8px; }
.sl-dialog .sl-buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
.sl-dialog .sl-primary { background: var(--sl-focus); color: #fff; border-color: var(--sl-focus); }
`;

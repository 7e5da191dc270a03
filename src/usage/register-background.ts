/**
 * Background side of active-time tracking. PLACEHOLDER, to be implemented by the usage owner
 * (issue 5); entrypoints/background.ts calls it once. Its message listener must answer only
 * messages whose type starts with `sl:usage` and return undefined for every other message.
 */
export function registerUsageBackground(): void {}

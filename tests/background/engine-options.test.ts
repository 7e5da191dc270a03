import { describe, expect, it } from 'vitest';
import { createEngineOptions } from '../../src/background/engine-options';
import type { LoadedSettings } from '../../src/settings/store';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const loaded = (sensitivity: LoadedSettings['settings']['sensitivity'], allowlist: string[] = []): LoadedSettings => ({
  settings: { ...DEFAULT_SETTINGS, sensitivity, allowlist },
  locked: [],
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createEngineOptions', () => {
  it('uses the full settings when they arrive before the wait ends', async () => {
    const options = createEngineOptions(async () => loaded('strict'), () => () => {}, async () => loaded('relaxed'), () => new Promise(() => {}));
    expect(await options.get()).toMatchObject({ sensitivity: 'strict' });
  });

  it('falls back to the user\'s own settings while the policy read is slow, then switches to the full ones', async () => {
    const full = deferred<LoadedSettings>();
    const waited = deferred<void>();
    const options = createEngineOptions(() => full.promise, () => () => {}, async () => loaded('balanced', ['dr chen']), () => waited.promise);
    const first = options.get();
    waited.resolve();
    expect(await first).toMatchObject({ sensitivity: 'balanced', allowlist: ['dr chen'] });
    full.resolve(loaded('strict'));
    await full.promise;
    await Promise.resolve();
    expect(await options.get()).toMatchObject({ sensitivity: 'strict' });
  });

  it('takes a settings change over a slow first read', async () => {
    const full = deferred<LoadedSettings>();
    let notify: (l: LoadedSettings) => void = () => {};
    const options = createEngineOptions(() => full.promise, (cb) => ((notify = cb), () => {}), async () => loaded('balanced'), async () => {});
    await options.get();
    notify(loaded('relaxed'));
    full.resolve(loaded('strict'));
    await full.promise;
    await Promise.resolve();
    expect(await options.get()).toMatchObject({ sensitivity: 'relaxed' });
  });

  it('falls back to the engine\'s defaults when settings cannot be read', async () => {
    const options = createEngineOptions(() => Promise.reject(new Error('corrupt')), () => () => {}, () => Promise.reject(new Error('corrupt')), async () => {});
    expect(await options.get()).toEqual({});
  });
});

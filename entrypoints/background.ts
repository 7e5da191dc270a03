import { handleMessage } from '../src/background/handle-message';

export default defineBackground(() => {
  // A promise-returning listener: works in Chromium, Firefox and WXT's fake browser alike.
  browser.runtime.onMessage.addListener((message: unknown) => Promise.resolve(handleMessage(message)));
});

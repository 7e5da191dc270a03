import { xSite } from '../src/compose/sites/x';
import { startCompose } from '../src/compose/start-compose';
import { startPageActivity } from '../src/usage/page-activity';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  main(ctx) {
    startPageActivity(ctx, 'x');
    startCompose(ctx, xSite);
  },
});

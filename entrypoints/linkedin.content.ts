import { linkedinSite } from '../src/compose/sites/linkedin';
import { startCompose } from '../src/compose/start-compose';
import { startPageActivity } from '../src/usage/page-activity';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  main(ctx) {
    startPageActivity(ctx, 'linkedin');
    startCompose(ctx, linkedinSite);
  },
});

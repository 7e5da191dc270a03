import { registerBackground } from '../src/background/register';
import { registerUsageBackground } from '../src/usage/register-background';

export default defineBackground(() => {
  registerUsageBackground();
  registerBackground();
});

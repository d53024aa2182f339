// Says once, in one line, why the Electron run of the specs is skipped on this machine (if it is).

import { electronUnavailable } from './fixtures/launch';
import { buildOnce } from './global-setup';

export default function setup(): void {
  buildOnce();
  const reason = electronUnavailable();
  if (reason) console.log(`e2e-electron: ${reason}`);
}

// Runs once before the e2e suite: fail loudly without Chromium, build the extension if stale.
import { ensureBuilt, requireChromium } from './build';

export default function setup(): void {
  requireChromium();
  ensureBuilt();
}

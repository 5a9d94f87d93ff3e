// Launches headless Chromium through playwright-core (no browser download), with this machine's flags.
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';

export function launchChromium() {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
}

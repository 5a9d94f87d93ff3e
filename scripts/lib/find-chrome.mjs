// Finds a Chrome or Chromium for the browser tests: CHROME_PATH, Debian's /usr/bin/chromium, or an installed Chrome.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);

export function findChrome() {
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  console.error(
    [
      'No Chrome or Chromium found for the browser tests.',
      'Install one, for example on Debian or Ubuntu:  sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chrome/Chromium executable:  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}

/** Flags for headless Chromium here: no sandbox as root, nothing that phones home. */
export const chromeArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

// Test-runner commands that @web/test-runner-commands lacks under its puppeteer launcher.

/**
 * `emulate-forced-colors` ({ value: 'active' | 'none' }): Windows-style forced colours, which
 * emulateMedia() ignores with puppeteer and puppeteer's own emulateMediaFeatures() refuses, so it goes
 * straight to the DevTools protocol (one session per page, kept for the next calls).
 */
export function forcedColorsCommand() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.value === 'active' ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

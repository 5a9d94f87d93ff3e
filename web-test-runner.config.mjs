import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome } from './scripts/lib/find-chrome.mjs';
import { countReporter } from './scripts/lib/count-reporter.mjs';
import { forcedColorsCommand } from './tests/server/commands.mjs';
import { testRoutes } from './tests/server/routes.mjs';

export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), forcedColorsCommand(), a11ySnapshotPlugin()],
  middleware: [testRoutes],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } })],
  // One page at a time: a second page would be hidden, and hidden pages run no animation frames (fixture() waits on one).
  concurrency: 1,
  // On CI (an unknown, possibly loaded machine) a failed test runs once more before it counts as failed, as
  // Playwright does on CI; a local `npm test` never retries, so a flaky test shows there first.
  testFramework: { config: { timeout: 10000, retries: process.env.CI ? 1 : 0 } },
  // The security files run hundreds of payloads per element; on a loaded 2-core machine one file can pass 120 s.
  testsFinishTimeout: 300000,
  coverageConfig: { include: ['src/**/*.ts'], reporters: ['text-summary', 'lcov'] },
  reporters: [defaultReporter(), countReporter()],
};

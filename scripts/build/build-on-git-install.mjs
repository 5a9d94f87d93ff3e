// `npm install <git url>` runs only `prepare` in its clone, which has no dist/ (it is not committed):
// build then. In a working copy that already has dist/, installing does not rebuild it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
if (!existsSync(resolve(root, 'dist', 'index.js'))) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

// Packs the package as a fresh clone would: the files git knows about (committed or new, never the
// ignored dist/ or custom-elements.json) are copied to a scratch folder that shares node_modules, and
// `npm pack` runs there, so its `prepack` build is the only thing that can put dist/ in the tarball.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * Copies the working tree without ignored files into `work/clone` and packs it into `work`.
 * Resolves to `{ tarball, files }`: the tarball's path and the paths it holds (as `npm pack --json` lists them).
 */
export function packFresh(work) {
  const clone = join(work, 'clone');
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  for (const path of listed.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(clone, path)), { recursive: true });
    try {
      cpSync(join(root, path), join(clone, path));
    } catch (e) {
      // A file deleted in the working tree but still in the index is not part of a fresh clone either.
      if (e.code !== 'ENOENT') throw e;
    }
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], {
    cwd: clone,
    encoding: 'utf8',
    // The build's own output goes to stderr, so a failing build is readable in the log.
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, npm_config_foreground_scripts: 'true' },
  });
  // npm pack --json prints the JSON after the lifecycle scripts' output: take the last top-level array.
  const [info] = JSON.parse(out.slice(out.lastIndexOf('\n[') + 1));
  return { tarball: join(work, info.filename), files: info.files.map((f) => f.path) };
}

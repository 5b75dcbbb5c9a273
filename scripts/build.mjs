// Builds main, preload, the preview host, the CLI (esbuild) and the renderer (Vite) into out/.
// `--if-needed` skips the build when out/ is newer than every source file.
import { build as esbuild } from 'esbuild';
import { readFileSync, statSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const SOURCES = ['main', 'preload', 'renderer', 'shared', 'package.json'];

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).filter((n) => n !== 'node_modules').map((n) => newestMtime(path.join(entry, n))));
}

function upToDate() {
  const stamp = path.join(root, 'out', '.built');
  if (!existsSync(stamp)) return false;
  return statSync(stamp).mtimeMs >= Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
}

if (process.argv.includes('--if-needed') && upToDate()) process.exit(0);

// ESM bundles that contain CommonJS dependencies need a `require` of their own.
const esmBanner = {
  js: [
    "import { createRequire as __cr } from 'node:module';",
    "import { fileURLToPath as __fu } from 'node:url';",
    "import { dirname as __dn } from 'node:path';",
    'const require = __cr(import.meta.url);',
    'const __filename = __fu(import.meta.url);',
    'const __dirname = __dn(__filename);',
  ].join(' '),
};
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  absWorkingDir: root,
};

await Promise.all([
  // pdfmake reads its fonts from its own package folder at run time, so it stays a node_modules import.
  esbuild({ ...common, entryPoints: ['main/index.ts'], outfile: 'out/main/index.js', format: 'esm', external: ['electron', 'pdfmake'], banner: esmBanner }),
  esbuild({ ...common, entryPoints: ['preload/index.ts'], outfile: 'out/preload/index.cjs', format: 'cjs', external: ['electron'] }),
  esbuild({ ...common, entryPoints: ['main/preview/index.ts'], outfile: 'out/preview/index.js', format: 'esm', external: ['pdfmake'], banner: esmBanner }),
  esbuild({ ...common, entryPoints: ['main/cli/index.ts'], outfile: 'out/cli/index.js', format: 'esm', external: ['pdfmake'], banner: esmBanner }),
]);

const { build: viteBuild } = await import('vite');
await viteBuild({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });

const { writeFileSync } = await import('node:fs');
writeFileSync(path.join(root, 'out', '.built'), new Date().toISOString());
console.log('Built main, preload, preview host, CLI and renderer into out/.');

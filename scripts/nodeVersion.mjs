// The Node.js version Masternetwerk needs, from `engines` in package.json,
// checked before `npm start` does anything else.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
/** `engines.node` is written as ">=MAJOR.MINOR". */
export const REQUIRED_NODE = /^>=\s*(\d+\.\d+)/.exec(pkg.engines.node)?.[1] ?? '0.0';

/** True when `version` (e.g. "20.20.2") is older than REQUIRED_NODE. */
export function isTooOld(version, required = REQUIRED_NODE) {
  const [major, minor] = version.split('.').map(Number);
  const [needMajor, needMinor] = required.split('.').map(Number);
  return major < needMajor || (major === needMajor && minor < needMinor);
}

/** The one line `npm start` prints on an older Node, or null when this Node will do. */
export function nodeVersionProblem(version = process.versions.node) {
  if (!isTooOld(version)) return null;
  return `Masternetwerk needs Node.js ${REQUIRED_NODE} or newer (Node 22 LTS); this is Node ${version}. Install Node 22 from https://nodejs.org and run npm start again.`;
}

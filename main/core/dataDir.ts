import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_ENV = 'MASTERNETWERK_DATA_DIR';

/** The OS user-data folder, as Electron's app.getPath('userData') would give it. */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Masternetwerk', 'data');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Masternetwerk', 'data');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Masternetwerk', 'data');
}

/** `--data <dir>` wins over MASTERNETWERK_DATA_DIR, which wins over the default. */
export function resolveDataDir(argv: readonly string[], env = process.env, fallback = defaultDataDir()): string {
  const flag = argv.findIndex((a) => a === '--data' || a.startsWith('--data='));
  if (flag !== -1) {
    const value = argv[flag]!.includes('=') ? argv[flag]!.slice('--data='.length) : argv[flag + 1];
    if (value) return path.resolve(value);
  }
  if (env[DATA_DIR_ENV]) return path.resolve(env[DATA_DIR_ENV]);
  return fallback;
}

import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DEFAULT_SETTINGS, Settings, SETTINGS_KEYS } from '../../shared/settings';

/**
 * Where settings are kept. The Electron shell backs this with electron-store;
 * the CLI, tests and the preview host use the JSON file below. Both keep the
 * file `config.json` in the data directory, so they read each other's settings.
 */
export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Promise<Settings>;
}

export const SETTINGS_FILE = 'config.json';

export class JsonSettingsStore implements SettingsStore {
  private constructor(
    private readonly file: string,
    private current: Settings,
    private readonly extra: Record<string, unknown>,
  ) {}

  static async open(dataDir: string): Promise<JsonSettingsStore> {
    const file = path.join(dataDir, SETTINGS_FILE);
    let raw: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
    } catch {
      // missing or unreadable settings fall back to the defaults
    }
    const extra = Object.fromEntries(Object.entries(raw).filter(([key]) => !(SETTINGS_KEYS as string[]).includes(key)));
    return new JsonSettingsStore(file, readSettings((key) => raw[key]), extra);
  }

  get(): Settings {
    return this.current;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = Settings.parse({ ...this.current, ...patch });
    await writeFileAtomic(this.file, JSON.stringify({ ...this.extra, ...next }, null, 2), { fsync: true });
    this.current = next;
    return next;
  }
}

/** Each setting on its own: a missing or damaged one falls back to its default and takes no other with it. */
export function readSettings(valueOf: (key: keyof Settings) => unknown): Settings {
  const read = (key: keyof Settings) => {
    const parsed = Settings.shape[key].safeParse(valueOf(key));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS[key];
  };
  return Object.fromEntries(SETTINGS_KEYS.map((key) => [key, read(key)])) as Settings;
}

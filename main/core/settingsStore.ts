import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DEFAULT_SETTINGS, Settings } from '../../shared/settings';

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
      raw = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
    } catch {
      // missing or unreadable settings fall back to the defaults
    }
    const { language, meId, ...extra } = raw;
    const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...pickDefined({ language, meId }) });
    return new JsonSettingsStore(file, parsed.success ? parsed.data : DEFAULT_SETTINGS, extra);
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

function pickDefined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

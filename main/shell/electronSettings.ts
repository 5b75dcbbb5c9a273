import ElectronStore from 'electron-store';
import { DEFAULT_SETTINGS, Settings, SETTINGS_KEYS } from '../../shared/settings';
import type { SettingsStore } from '../core/settingsStore';
import { readSettings, SETTINGS_FILE } from '../core/settingsStore';
import type { WindowState } from './window';

interface StoredSettings extends Settings {
  window?: WindowState;
}

/** Settings through electron-store, in the data directory so the CLI reads the same file. */
export class ElectronSettingsStore implements SettingsStore {
  private readonly store: ElectronStore<StoredSettings>;

  constructor(dataDir: string) {
    this.store = new ElectronStore<StoredSettings>({
      cwd: dataDir,
      name: SETTINGS_FILE.replace(/\.json$/, ''),
      defaults: { ...DEFAULT_SETTINGS },
      clearInvalidConfig: true,
    });
  }

  get(): Settings {
    return readSettings((key) => this.store.get(key));
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = Settings.parse({ ...this.get(), ...patch });
    for (const key of SETTINGS_KEYS) this.store.set(key, next[key]);
    return next;
  }

  get windowState(): WindowState | undefined {
    return this.store.get('window');
  }

  set windowState(state: WindowState) {
    this.store.set('window', state);
  }
}

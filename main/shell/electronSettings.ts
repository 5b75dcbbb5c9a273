import ElectronStore from 'electron-store';
import { DEFAULT_SETTINGS, Settings } from '../../shared/settings';
import type { SettingsStore } from '../core/settingsStore';
import { SETTINGS_FILE } from '../core/settingsStore';
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
    const parsed = Settings.safeParse({ language: this.store.get('language'), meId: this.store.get('meId') });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = Settings.parse({ ...this.get(), ...patch });
    this.store.set('language', next.language);
    this.store.set('meId', next.meId);
    return next;
  }

  get windowState(): WindowState | undefined {
    return this.store.get('window');
  }

  set windowState(state: WindowState) {
    this.store.set('window', state);
  }
}

import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { AppInfo, InputOf } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import { call } from '../lib/call';
import { useResource } from '../lib/useResource';

interface AppInfoValue {
  info: AppInfo;
  reload: () => void;
  /** Saves settings; the UI follows at once, before app:info has been loaded again. */
  updateSettings: (patch: InputOf<'settings:update'>) => Promise<Settings>;
}

const AppInfoContext = createContext<AppInfoValue | null>(null);

/**
 * app:info, kept fresh on every data change (demo count, counts). Saved
 * settings apply to the info they were saved against, until the next info
 * arrives with them: no flicker back to the old language or "me".
 */
export function useAppInfoState(): { value: AppInfoValue | undefined; error: ReturnType<typeof useResource>['error']; reload: () => void } {
  const resource = useResource('app:info', () => call('app:info'));
  const { reload } = resource;
  const [saved, setSaved] = useState<{ settings: Settings; basedOn: AppInfo } | null>(null);
  const loaded = resource.data;
  const info = loaded && saved?.basedOn === loaded ? { ...loaded, settings: saved.settings } : loaded;

  const updateSettings = useCallback(
    async (patch: InputOf<'settings:update'>) => {
      const settings = await call('settings:update', patch);
      if (loaded) setSaved({ settings, basedOn: loaded });
      reload();
      return settings;
    },
    [loaded, reload],
  );

  return { value: info ? { info, reload, updateSettings } : undefined, error: resource.error, reload };
}

export function AppInfoProvider({ value, children }: { value: AppInfoValue; children: ReactNode }) {
  return <AppInfoContext.Provider value={value}>{children}</AppInfoContext.Provider>;
}

export function useAppInfo(): AppInfoValue {
  const value = useContext(AppInfoContext);
  if (!value) throw new Error('useAppInfo outside AppInfoProvider');
  return value;
}

import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/contract';
import { call } from '../lib/call';
import { useResource, type Resource } from '../lib/useResource';

const AppInfoContext = createContext<{ info: AppInfo; reload: () => void } | null>(null);

/** app:info, kept fresh on every data change (demo count, counts). */
export function useAppInfoResource(): Resource<AppInfo> {
  return useResource('app:info', () => call('app:info'));
}

export function AppInfoProvider({ info, reload, children }: { info: AppInfo; reload: () => void; children: ReactNode }) {
  return <AppInfoContext.Provider value={{ info, reload }}>{children}</AppInfoContext.Provider>;
}

export function useAppInfo() {
  const value = useContext(AppInfoContext);
  if (!value) throw new Error('useAppInfo outside AppInfoProvider');
  return value;
}

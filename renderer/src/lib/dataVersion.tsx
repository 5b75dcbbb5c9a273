import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api';

const DataVersion = createContext(0);

/**
 * One subscription to `data:changed` for the whole UI: every change bumps a
 * number, and every resource that depends on it loads again.
 */
export function DataVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  useEffect(() => api.on('data:changed', () => setVersion((v) => v + 1)), []);
  return <DataVersion.Provider value={version}>{children}</DataVersion.Provider>;
}

export const useDataVersion = () => useContext(DataVersion);

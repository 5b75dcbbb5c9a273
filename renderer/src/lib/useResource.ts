import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { AppError } from '../../../shared/result';
import { errorOf } from './call';
import { useDataVersion } from './dataVersion';

interface Loaded<T> {
  key: string;
  group?: string;
  request: string;
  data?: T;
  error?: AppError;
}

export interface Resource<T> {
  data: T | undefined;
  error: AppError | undefined;
  /** True while the newest request has not answered yet (old data stays shown). */
  loading: boolean;
  reload: () => void;
}

/**
 * Loads something from the app for the given key, again when the key
 * changes, when data changes anywhere, or on `reload()`. While a reload after
 * a data change runs, the previous data stays on screen. For a new key it
 * does not (no profile of someone else flashing by), unless both keys share
 * the `keepWithin` group (a longer page of the same list).
 */
export function useResource<T>(key: string, load: () => Promise<T>, options: { keepWithin?: string } = {}): Resource<T> {
  const version = useDataVersion();
  const [nonce, setNonce] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const request = `${key}#${version}#${nonce}`;
  const run = useEffectEvent(load);
  const group = options.keepWithin;

  useEffect(() => {
    let current = true;
    run().then(
      (data) => current && setLoaded({ key, group, request, data }),
      (cause: unknown) => current && setLoaded({ key, group, request, error: errorOf(cause) }),
    );
    return () => {
      current = false;
    };
  }, [key, group, request]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const loading = loaded?.request !== request;
  const show = loaded?.key === key || (loading && group !== undefined && loaded?.group === group);
  return {
    data: show ? loaded?.data : undefined,
    error: show ? loaded?.error : undefined,
    loading,
    reload,
  };
}

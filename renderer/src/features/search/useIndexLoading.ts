import { useEffect, useState } from 'react';
import { call } from '../../lib/call';

/**
 * While a search waits for its answer: whether it waits because the search
 * index is still loading (just after the app opened), so the page can say
 * "even geduld" instead of a bare spinner. Asked once per wait.
 */
export function useIndexLoading(waiting: boolean): boolean {
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    call('search:status').then(
      ({ ready }) => current && setLoading(!ready),
      () => undefined,
    );
    return () => {
      current = false;
      setLoading(false);
    };
  }, [waiting]);
  return waiting && loading;
}

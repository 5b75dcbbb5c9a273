import { useState } from 'react';

/** State that survives navigating away and back (e.g. a list filter), for this window only. */
export function useSessionState(key: string, initial: string): [string, (value: string) => void] {
  const storageKey = `masternetwerk.${key}`;
  const [value, setValue] = useState(() => sessionStorage.getItem(storageKey) ?? initial);
  const update = (next: string) => {
    sessionStorage.setItem(storageKey, next);
    setValue(next);
  };
  return [value, update];
}

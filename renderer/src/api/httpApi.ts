import { EVENT_NAMES, type MasternetwerkApi } from '../../../shared/api';
import type { AppError, Result } from '../../../shared/result';

const TOKEN_KEY = 'masternetwerk.previewToken';

/**
 * The browser preview's transport: the same calls as IPC, as HTTP requests to
 * the loopback preview host. The token arrives once in the URL and is then
 * kept for this tab only.
 */
export function createHttpApi(): MasternetwerkApi {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';

  return {
    async invoke(channel, ...[input]) {
      try {
        const response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: input === undefined ? '' : JSON.stringify(input),
        });
        if (response.status === 401) return failure('unauthorized', `${response.status} ${await response.text()}`);
        if (!response.ok) return failure('unavailable', `${response.status} ${await response.text()}`);
        return (await response.json()) as Result<never>;
      } catch (error) {
        return failure('unavailable', error instanceof Error ? error.message : String(error));
      }
    },
    on(event, listener) {
      if (!EVENT_NAMES.includes(event)) return () => undefined;
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const handle = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
      source.addEventListener(event, handle);
      return () => source.close();
    },
  };
}

function failure(code: AppError['code'], message: string): Result<never> {
  const error: AppError = { code, message };
  return { ok: false, error };
}

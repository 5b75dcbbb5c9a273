import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { Result } from '../../shared/result';

/**
 * Calls the preview host's API from the test, as the page does (token from
 * the start URL): to set up data through the app's own import paths and to
 * check what was stored, without going through the screens under test.
 */
export async function invoke<C extends Channel>(hostUrl: string, channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const url = new URL(hostUrl);
  const token = url.searchParams.get('token') ?? '';
  const response = await fetch(`${url.origin}/api/invoke/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: input === undefined ? '' : JSON.stringify(input),
  });
  const result = (await response.json()) as Result<OutputOf<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

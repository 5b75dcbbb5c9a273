import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import { api } from '../api';

/** A failed call, carrying the app's coded error (and field issues, if any). */
export class CallFailed extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/** `api.invoke` for code that prefers throwing: the value, or a CallFailed. */
export async function call<C extends Channel>(
  channel: C,
  ...input: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]
): Promise<OutputOf<C>> {
  const result = await api.invoke(channel, ...input);
  if (!result.ok) throw new CallFailed(result.error);
  return result.value;
}

export function errorOf(cause: unknown): AppError {
  if (cause instanceof CallFailed) return cause.error;
  return { code: 'internal', message: cause instanceof Error ? cause.message : String(cause) };
}

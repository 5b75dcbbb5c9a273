import type { Channel, EventName, EventPayload, InputOf, OutputOf } from './contract';
import type { Result } from './result';

/**
 * The one object the renderer talks to. Preload implements it over IPC, the
 * preview host's client over HTTP; the renderer cannot tell them apart.
 */
export interface MasternetwerkApi {
  invoke<C extends Channel>(channel: C, ...input: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]): Promise<Result<OutputOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export const EVENT_NAMES = ['data:changed'] as const satisfies readonly EventName[];

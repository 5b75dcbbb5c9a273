import { type z } from 'zod';
import { contract, type Channel, type Handlers } from '../../shared/contract';
import { fail, ok, type AppError, type Result } from '../../shared/result';

/** An error a service throws on purpose; its code and message reach the UI. */
export class ServiceError extends Error {
  constructor(
    readonly code: AppError['code'],
    message: string,
    readonly issues?: AppError['issues'],
  ) {
    super(message);
  }
}

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(contract, name);

/**
 * The single entry for every call from the UI, whatever the transport: the
 * input is parsed against the contract, the handler runs, and the outcome
 * comes back as a Result. Nothing thrown crosses the boundary.
 */
export async function dispatch(handlers: Handlers, channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail({ code: 'invalid_input', message: `Unknown channel ${String(channel)}` });
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) return fail(validationError(parsed.error));
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof ServiceError) {
      return fail({ code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
    }
    return fail(storageError(error) ?? { code: 'internal', message: error instanceof Error ? error.message : String(error) });
  }
}

export function validationError(error: z.ZodError): AppError {
  return {
    code: 'invalid_input',
    message: 'The input is not valid.',
    issues: error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: issue.code === 'custom' ? issue.message : issue.code,
      message: issue.message,
    })),
  };
}

/** File-system failures the user can act on get their own codes, so the UI can say what to do. */
function storageError(error: unknown): AppError | null {
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  if (errno === 'ENOSPC' || errno === 'EDQUOT') return { code: 'storage_full', message: 'The disk is full; nothing was saved.' };
  if (errno === 'EPERM' || errno === 'EBUSY' || errno === 'EACCES' || errno === 'EROFS') {
    return { code: 'storage_busy', message: `A data file could not be written (${errno}); nothing was saved.` };
  }
  // Only a path the caller chose can be malformed like this (found by tests/node/fuzzIpc.test.ts).
  if (errno === 'ENAMETOOLONG' || errno === 'ENOTDIR' || errno === 'EISDIR') {
    return { code: 'invalid_input', message: `That file name or folder cannot be used (${errno}).` };
  }
  return null;
}

/**
 * What crosses IPC or HTTP: Electron strips properties from thrown errors, so
 * every call returns a value or a coded error instead of throwing.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unavailable'
  /** The preview host was called without its per-start key (a link without ?token=, or from before a restart). */
  | 'unauthorized'
  /** The disk is full: nothing was saved, earlier data is intact. */
  | 'storage_full'
  /** A file was locked or not writable (often a virus scanner or sync tool): nothing was saved. */
  | 'storage_busy'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `masterDegree.year`. */
  path: string;
  /** A zod issue code or one of ours (`too_small`, `invalid_format`, `single_line`, …). */
  code: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

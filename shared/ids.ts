import { z } from 'zod';

/** Record ids are UUIDv7: time-ordered and unique across installs without coordination. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** An install id names one copy of the app (one data directory). */
export const InstallId = z.string().regex(/^[0-9a-f]{16}$/);
export type InstallId = z.infer<typeof InstallId>;

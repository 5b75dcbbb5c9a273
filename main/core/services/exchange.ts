import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { BundleScope } from '../../../shared/bundle';
import type { BundleProgressState, Handlers } from '../../../shared/contract';
import type { AppContext } from '../app';
import { BundleRefusal, describeConflicts, exportBundle, fileKeyVault, importBundle, inspectBundle, lastImport, listConflicts, type KeyVault } from '../bundle';
import { ServiceError } from '../dispatch';
import { fileSlug } from './sessions';

type ExchangeHandlers = Pick<
  Handlers,
  | 'exchange:export'
  | 'exchange:stage'
  | 'exchange:inspect'
  | 'exchange:import'
  | 'exchange:progress'
  | 'exchange:cancel'
  | 'exchange:discard'
  | 'exchange:conflicts'
  | 'exchange:status'
>;

/**
 * The bundle exchange for the UI (shared/contracts/exchange.ts). Files the
 * page hands over are kept in a private temporary folder outside the data
 * directory (a refused file must leave the data directory untouched), under
 * a token, so the page never names a path. One inspect or import runs per
 * staged file at a time; its progress and cancel go by the same token.
 */

interface Staged {
  dir: string;
  file: string;
  running: { controller: AbortController; progress: BundleProgressState | null } | null;
}

async function refusedOr<T>(run: () => Promise<T>) {
  try {
    return { status: 'ok' as const, value: await run() };
  } catch (error) {
    if (!(error instanceof BundleRefusal)) throw error;
    return { status: 'refused' as const, refusal: { code: error.code, message: error.message } };
  }
}

/** The name a bundle is offered under: the session's title and date, or what it holds and today. */
export function bundleFileName(app: AppContext, scope: BundleScope): string {
  const today = app.records.now().toISOString().slice(0, 10);
  if (scope.kind === 'session') {
    const session = app.repos.sessions.findAny(scope.id);
    return `${fileSlug(session?.title ?? '', 'netwerkcafe')}-${session?.start.slice(0, 10) ?? today}.mnw`;
  }
  return `masternetwerk-${scope.kind === 'all' ? 'alles' : 'selectie'}-${today}.mnw`;
}

/** A file name as the user's system gave it, without any directory part or characters no file system takes. */
// eslint-disable-next-line no-control-regex
const safeName = (name: string) => path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_').slice(0, 120) || 'pakket.mnw';

/** Per open data directory, not per handler map: whoever holds the app may continue what another call staged. */
const stagedByApp = new WeakMap<AppContext, Map<string, Staged>>();

export function exchangeHandlers(app: AppContext, vault: KeyVault = fileKeyVault(app.dataDir)): ExchangeHandlers {
  let staged = stagedByApp.get(app);
  if (!staged) stagedByApp.set(app, (staged = new Map()));

  const get = (token: string) => {
    const entry = staged.get(token);
    if (!entry) throw new ServiceError('not_found', 'This file is no longer staged; choose it again.');
    return entry;
  };

  const discard = async (token: string) => {
    const entry = staged.get(token);
    if (!entry) return false;
    entry.running?.controller.abort();
    staged.delete(token);
    await fs.rm(entry.dir, { recursive: true, force: true });
    return true;
  };

  /** Runs one inspect or import of a staged file with progress and cancel. */
  async function run<T>(token: string, work: (file: string, signal: AbortSignal, onProgress: (p: BundleProgressState) => void) => Promise<T>) {
    const entry = get(token);
    if (entry.running) throw new ServiceError('conflict', 'This file is being read already.');
    const running = { controller: new AbortController(), progress: null as BundleProgressState | null };
    entry.running = running;
    try {
      return await refusedOr(() => work(entry.file, running.controller.signal, (p) => (running.progress = p)));
    } finally {
      entry.running = null;
    }
  }

  return {
    async 'exchange:export'({ scope }) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'masternetwerk-export-'));
      try {
        const fileName = bundleFileName(app, scope);
        return await refusedOr(async () => {
          const result = await exportBundle(app, scope, path.join(dir, fileName), { vault });
          const data = await fs.readFile(result.file);
          return { fileName, dataBase64: data.toString('base64'), result: { ...result, file: fileName } };
        });
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
    async 'exchange:stage'({ name, dataBase64 }) {
      const data = Buffer.from(dataBase64, 'base64');
      if (data.length === 0) throw new ServiceError('invalid_input', 'The file is empty.');
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'masternetwerk-import-'));
      const file = path.join(dir, safeName(name));
      await fs.writeFile(file, data, { mode: 0o600 });
      const token = uuidv7();
      staged.set(token, { dir, file, running: null });
      return { token, name: path.basename(file), bytes: data.length };
    },
    async 'exchange:inspect'({ token, acceptKey }) {
      return run(token, (file, signal, onProgress) => inspectBundle(app, file, { signal, onProgress, acceptKey, vault }));
    },
    async 'exchange:import'({ token, acceptKey }) {
      const outcome = await run(token, (file, signal, onProgress) => importBundle(app, file, { signal, onProgress, acceptKey, vault }));
      // Once applied, the staged copy has done its work; a refused or cancelled file may be tried again.
      if (outcome.status === 'ok') await discard(token);
      return outcome;
    },
    async 'exchange:progress'({ token }) {
      return staged.get(token)?.running?.progress ?? null;
    },
    async 'exchange:cancel'({ token }) {
      const running = staged.get(token)?.running;
      running?.controller.abort();
      return { cancelled: Boolean(running) };
    },
    async 'exchange:discard'({ token }) {
      return { discarded: await discard(token) };
    },
    async 'exchange:conflicts'(input) {
      return describeConflicts(app, input?.recordId);
    },
    async 'exchange:status'() {
      const pending = listConflicts(app);
      return { lastImport: lastImport(app), conflicts: pending.length, conflictRecords: new Set(pending.map((c) => c.recordId)).size };
    },
  };
}

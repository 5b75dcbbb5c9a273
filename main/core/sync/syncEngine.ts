import { watch, type FSWatcher } from 'chokidar';
import path from 'node:path';
import { COLLECTION_NAMES } from '../../../shared/domain';
import type { SyncProblem, SyncProgress, SyncSkip, SyncStatus } from '../../../shared/sync';
import type { AppContext } from '../app';
import type { KeyVault } from '../bundle';
import { ServiceError } from '../dispatch';
import { confirmNewKey } from './confirmNewKey';
import { renewInstallId } from './renewInstallId';
import { readSettings, readWriter, saveSync } from './state';
import { syncPass, type PassResult } from './syncPass';

export interface EngineOptions {
  vault?: KeyVault;
  /** Poll the folder instead of waiting for file events (network drives send none). Default: guessed from the path. */
  poll?: boolean;
  /** Full passes at this interval whatever the events say (a folder that comes back, a missed event). */
  rescanMs?: number;
  /** After a local change: how long to gather further changes into the same segment. */
  writeDelayMs?: number;
  /** Told about every status change (the UI's `sync:changed` event). */
  onChange?: (status: SyncStatus) => void;
  /** Told about each skipped file once, when it is first seen (the CLI's watch mode prints these). */
  onSkip?: (skip: SyncSkip) => void;
  /** Told about the result of every pass. */
  onPass?: (result: PassResult) => void;
}

const DOMAIN = new Set<string>(COLLECTION_NAMES);

/** Mounted network shares: their file events are unreliable or missing, so they are polled. */
export function looksLikeNetworkPath(folder: string): boolean {
  return folder.startsWith('\\\\') || folder.startsWith('//') || /^\/(mnt|media|Volumes|net|smb|run\/user\/\d+\/gvfs)\//.test(folder);
}

/**
 * The shared-folder sync while the app runs: a pass on start, after every
 * local change (so a segment is written within a second), on every file
 * event in the folder, and every `rescanMs` anyway. Passes never overlap; a
 * trigger during a pass runs one more pass after it.
 */
export class SyncEngine {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private rescan: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private lastSyncAt: string | null = null;
  private last: PassResult | null = null;
  private error: SyncProblem | null = null;
  private progress: SyncProgress | null = null;
  private progressToldAt = 0;
  private readonly seen = new Set<string>();

  constructor(
    private readonly app: AppContext,
    private readonly options: EngineOptions = {},
  ) {}

  status(): SyncStatus {
    const settings = readSettings(this.app);
    return {
      folder: settings.folder,
      paused: settings.paused,
      installId: this.app.install.installId,
      watching: this.watcher !== null,
      lastSyncAt: this.lastSyncAt,
      waiting: this.last?.waiting ?? 0,
      ownSegments: readWriter(this.app).seq,
      installs: this.last?.installs ?? 0,
      error: this.error,
      skipped: this.last?.skipped ?? [],
      progress: this.progress,
    };
  }

  /** Starts watching the configured folder (if any, and not paused). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.restart();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.teardown();
    await this.running;
  }

  async configure(folder: string | null): Promise<SyncStatus> {
    const settings = readSettings(this.app);
    await saveSync(this.app, { ...settings, folder: folder === null ? null : path.resolve(folder) });
    this.last = null;
    this.error = null;
    this.seen.clear();
    await this.restart();
    return this.status();
  }

  async setPaused(paused: boolean): Promise<SyncStatus> {
    await saveSync(this.app, { ...readSettings(this.app), paused });
    await this.restart();
    return this.status();
  }

  async renewInstallId(): Promise<SyncStatus> {
    await this.running;
    await renewInstallId(this.app);
    this.error = null;
    await this.runNow();
    return this.status();
  }

  /** Trusts the new key of a colleague's other install that the last pass held back (`new_key`), then syncs again. */
  async confirmNewKey(installId: string, fingerprint: string): Promise<SyncStatus> {
    await this.running;
    const folder = readSettings(this.app).folder;
    if (!folder) throw new ServiceError('not_found', 'No shared folder is set.');
    await confirmNewKey(this.app, folder, this.last?.skipped ?? [], installId, fingerprint);
    await this.runNow();
    return this.status();
  }

  /** One pass now (also while paused, when the user asks for it); resolves when it is done. */
  async runNow(): Promise<PassResult | null> {
    if (this.running) {
      this.again = true;
      await this.running;
    }
    const folder = readSettings(this.app).folder;
    if (!folder) return null;
    let result: PassResult | null = null;
    this.running = (async () => {
      result = await syncPass(this.app, folder, { vault: this.options.vault, onProgress: (progress) => this.tellProgress(progress) });
      this.progress = null;
      this.record(result);
    })().finally(() => {
      this.running = null;
      this.progress = null;
    });
    await this.running;
    return result;
  }

  /** Kept for `status()`; told to `onChange` at most a few times a second. */
  private tellProgress(progress: SyncProgress): void {
    this.progress = progress;
    const now = Date.now();
    if (now - this.progressToldAt < 250) return;
    this.progressToldAt = now;
    this.options.onChange?.(this.status());
  }

  private record(result: PassResult): void {
    this.last = result;
    this.error = result.error;
    // The last time the folder was actually reached: a pass that found no folder is not a sync.
    if (result.error?.code !== 'folder_missing') this.lastSyncAt = this.app.records.now().toISOString();
    for (const item of result.skipped) {
      const key = `${item.file}\u0000${item.code}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.options.onSkip?.(item);
    }
    this.options.onPass?.(result);
    this.options.onChange?.(this.status());
  }

  private schedule(delayMs: number): void {
    if (this.stopped || readSettings(this.app).paused) return;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.loop();
    }, delayMs);
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.runNow().catch((error: unknown) => {
        this.error = { code: 'write_failed', message: error instanceof Error ? error.message : String(error) };
        this.options.onChange?.(this.status());
      });
    } while (this.again && !this.stopped);
  }

  private async teardown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.rescan) clearInterval(this.rescan);
    this.timer = null;
    this.rescan = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    const watcher = this.watcher;
    this.watcher = null;
    await watcher?.close();
  }

  private async restart(): Promise<void> {
    await this.teardown();
    const { folder, paused } = readSettings(this.app);
    if (this.stopped || !folder || paused) {
      this.options.onChange?.(this.status());
      return;
    }
    this.unsubscribe = this.app.store.onChange((collections) => {
      if (collections.some((c) => DOMAIN.has(c))) this.schedule(this.options.writeDelayMs ?? 150);
    });
    const poll = this.options.poll ?? looksLikeNetworkPath(folder);
    const watcher = watch(folder, { ignoreInitial: true, depth: 1, usePolling: poll, interval: 2_000, binaryInterval: 2_000 });
    this.watcher = watcher;
    watcher.on('all', () => this.schedule(250));
    // The first pass runs once the watcher is ready: a file arriving during its initial scan is then read by that pass.
    await new Promise<void>((resolve) => {
      watcher.once('ready', resolve);
      watcher.once('error', () => resolve());
    });
    // A folder that vanishes makes the watcher fail: the periodic pass reports it and picks up again when it returns.
    watcher.on('error', () => this.schedule(250));
    this.rescan = setInterval(() => this.schedule(0), this.options.rescanMs ?? 30_000);
    this.rescan.unref();
    this.options.onChange?.(this.status());
    this.schedule(0);
  }
}

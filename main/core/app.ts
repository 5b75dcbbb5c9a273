import { promises as fs } from 'node:fs';
import { COLLECTION_NAMES, type CollectionName } from '../../shared/domain';
import { HybridClock } from '../../shared/hlc';
import { openedAt } from '../../shared/settings';
import { seedDemo } from './demo/seedDemo';
import { loadOrCreateInstall, type Install } from './install';
import type { RecordContext } from './records';
import { Repository } from './repository';
import { JsonSettingsStore, type SettingsStore } from './settingsStore';
import { attachSearchIndex, type AttachedSearch, type AttachOptions } from './search/attach';
import type { SearchEngine } from './search/engine';
import { acquireDataDirLock } from './store/dataDirLock';
import { DocumentStore, type StoreOptions } from './store/documentStore';

export type Repositories = { [C in CollectionName]: Repository<C> };

export interface OpenAppOptions {
  dataDir: string;
  /** The Electron shell passes its electron-store; elsewhere a JSON file in the data dir. */
  settings?: SettingsStore;
  /** Read without taking the lock (the CLI's list/show while the app runs). */
  readOnly?: boolean;
  /** Seed the demo network when this data directory is brand new. */
  demoOnFirstRun?: boolean;
  demoMembers?: number;
  store?: StoreOptions;
  now?: () => Date;
  /**
   * 'background' (default, the app): the persisted search index is restored
   * at open, or rebuilt in the background. 'lazy' (the CLI): only the first
   * search loads it, so commands that do not search never pay for it.
   */
  search?: AttachOptions['mode'];
  /**
   * A person opens the app (the Electron shell, the preview host): this
   * opening is remembered and the one before it becomes "your last visit"
   * for the start page. The CLI and tests leave it off.
   */
  visit?: boolean;
}

/**
 * Everything the app is, minus a transport: the data directory opened and
 * locked, the store loaded, the repositories ready. The Electron shell, the
 * preview host, the CLI and the tests all start here.
 */
export interface AppContext {
  dataDir: string;
  install: Install;
  store: DocumentStore;
  settings: SettingsStore;
  repos: Repositories;
  records: RecordContext;
  /** Local search, kept in step with every commit (main/core/search). */
  search: SearchEngine;
  /** How the index was loaded, when it is complete, and writing it to `cache/` (main/core/search/attach.ts). */
  searchIndex: Pick<AttachedSearch, 'origin' | 'ready' | 'persist'>;
  close(): Promise<void>;
}

export async function openApp(options: OpenAppOptions): Promise<AppContext> {
  const { dataDir, readOnly = false } = options;
  const isNew = !(await fs.stat(dataDir).then((s) => s.isDirectory() && fs.readdir(dataDir).then((f) => f.length > 0), () => false));
  if (!readOnly) await fs.mkdir(dataDir, { recursive: true });
  const release = readOnly ? async () => {} : await acquireDataDirLock(dataDir);
  try {
    const install = await loadOrCreateInstall(dataDir, readOnly);
    const store = await DocumentStore.open(dataDir, { ...options.store, readOnly });
    const clock = new HybridClock(install.installId);
    // The clock only stamps writes; a read-only open (the CLI's list, show, search) skips reading every revision.
    if (!readOnly) for (const collection of COLLECTION_NAMES) for (const r of store.all(collection)) clock.observe(r.rev as string);
    const now = options.now ?? (() => new Date());
    const records: RecordContext = { clock, installId: install.installId, now };
    const repos = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Repository(c, store, records)])) as Repositories;
    const settings = options.settings ?? (await JsonSettingsStore.open(dataDir));
    if (options.visit && !readOnly) await settings.update(openedAt(settings.get(), now()));
    if (isNew && options.demoOnFirstRun && !readOnly) await seedDemo(store, repos, options.demoMembers ?? 120);
    const search = await attachSearchIndex(store, { dataDir, mode: options.search ?? 'background' });
    // A rebuilt index is written once complete, so the next start can restore it.
    if (!readOnly) void search.ready.then(() => search.persist()).catch(() => undefined);
    return {
      dataDir,
      install,
      store,
      settings,
      repos,
      records,
      search: search.engine,
      searchIndex: search,
      async close() {
        // The index is a cache: failing to write it loses nothing but the next start's head start.
        await search.persist().catch(() => undefined);
        search.detach();
        await store.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

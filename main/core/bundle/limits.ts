import type { OverLimit } from '../../../shared/bundle';
import { COLLECTION_NAMES, type CollectionName } from '../../../shared/domain';

/**
 * Limits checked before any entry of a bundle is inflated in full
 * (docs/bundle-format.md, "Reading a bundle"). A zip's declared sizes are
 * checked up front and the reader refuses any entry that inflates to more
 * than it declared, so these bounds hold for what is actually read.
 */
export const BUNDLE_LIMITS = {
  /** The .mnw file itself. */
  fileBytes: 100 * 1024 * 1024,
  entryBytes: 25 * 1024 * 1024,
  unpackedBytes: 100 * 1024 * 1024,
  /**
   * The record files together: parsed, merged and indexed they take about
   * seven times their size in memory, so this keeps an import under 500 MB
   * (bench/importMemory.ts); the rest of the 100 MB is for attachments.
   */
  recordBytes: 32 * 1024 * 1024,
  entries: 1_000,
  /** Uncompressed bytes per compressed byte. */
  ratio: 100,
  manifestBytes: 1024 * 1024,
  /** Longer than any text field the schemas allow. */
  stringChars: 20_000,
  depth: 32,
  /**
   * The clock skew between laptops that a bundle may show: stamps further
   * ahead of this install's clock are refused (docs/data-model.md, "Stamps"),
   * since the local clock would have to follow them and every later local
   * edit would carry the sender's wrong time. Ten minutes covers laptops whose
   * clocks drift between time syncs; the refusal resolves itself once the
   * sender's time has really come.
   */
  futureStampMs: 10 * 60 * 1000,
  /**
   * Tombstones of records this install has never had ("phantoms"). They are
   * kept — a deletion that arrives before the record must still stop an older
   * copy coming back — but they change nothing visible while each costs disk
   * space, so one bundle may bring at most this many (docs/bundle-format.md,
   * "Importing"). A whole install's worth of real deletions fits well below.
   */
  phantomTombstones: 5_000,
} as const;

/**
 * Adds up a bundle's entries against BUNDLE_LIMITS. The reader feeds it the
 * sizes a zip declares, the exporter the sizes it is about to write, so an
 * export is refused exactly where an import would be (docs/bundle-format.md).
 */
export class SizeTally {
  private entries = 0;
  private largest = 0;
  private unpacked = 0;
  private records = 0;

  add(name: string, size: number): this {
    this.entries++;
    this.largest = Math.max(this.largest, size);
    this.unpacked += size;
    if (name.startsWith('records/')) this.records += size;
    return this;
  }

  /** The first limit passed, in the order the reader checks them; null when all hold. */
  overLimit(): OverLimit | null {
    const over = (code: OverLimit['code'], limit: OverLimit['limit'], actual: number): OverLimit | null =>
      actual > BUNDLE_LIMITS[limit] ? { code, limit, actual, max: BUNDLE_LIMITS[limit] } : null;
    return (
      over('too_many_entries', 'entries', this.entries) ??
      over('entry_too_large', 'entryBytes', this.largest) ??
      over('too_large_unpacked', 'unpackedBytes', this.unpacked) ??
      over('too_large_unpacked', 'recordBytes', this.records)
    );
  }
}

/** An over-limit bundle in one English line, for refusals and the CLI. */
export function describeOverLimit(problem: OverLimit): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  switch (problem.limit) {
    case 'entries':
      return `${problem.actual} entries; a bundle may hold at most ${problem.max}`;
    case 'entryBytes':
      return `an entry of ${mb(problem.actual)}; at most ${mb(problem.max)} each`;
    case 'unpackedBytes':
      return `${mb(problem.actual)} unpacked; at most ${mb(problem.max)}`;
    case 'recordBytes':
      return `records over ${problem.max / 1024 / 1024} MB (${mb(problem.actual)})`;
    case 'fileBytes':
      return `a file of ${mb(problem.actual)}; at most ${mb(problem.max)}`;
  }
}

export const FORMAT = 'masternetwerk-bundle';
/**
 * Version 2 added activities, learning-log entries, POPs and badges; version 3
 * research results' `publication` and `publicationType` and PLGs' coordinators
 * (`coordinatorIds`), which a version 2 reader's strict schema would refuse.
 * Older bundles are still read: their PLGs have no coordinators.
 */
export const FORMAT_VERSION = 3;

/**
 * The format version that introduced each collection. A bundle of an older
 * version has no entry and no count for a newer collection (read as empty);
 * one that lists it anyway is refused (docs/bundle-format.md, "Versions").
 */
export const COLLECTION_SINCE: Record<CollectionName, number> = {
  members: 1,
  research: 1,
  questions: 1,
  sessions: 1,
  plgs: 1,
  activities: 2,
  learning: 2,
  pop: 2,
  badges: 2,
};

/** The collections a bundle of `version` carries. */
export const collectionsOf = (version: number): CollectionName[] => COLLECTION_NAMES.filter((c) => COLLECTION_SINCE[c] <= version);
export const MANIFEST_NAME = 'manifest.json';
export const recordsEntry = (collection: string) => `records/${collection}.json`;
export const attachmentEntry = (sha256: string) => `attachments/${sha256}`;

/** Collections that stay on this install: never exported, never imported. */
export const LOCAL = {
  conflicts: 'conflicts',
  imports: 'imports',
  trustedKeys: 'trustedKeys',
  /** Changes from non-owners, waiting for an owner's decision (shared/bundle.ts, Suggestion). */
  suggestions: 'suggestions',
  /** Ids of records held only as a non-owner passed them on; their owners' copy replaces them (shared/incoming.ts). */
  provisional: 'provisional',
} as const;

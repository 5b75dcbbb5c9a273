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
  /** Stamps further ahead of this install's clock are refused: they would drag its clock along. */
  futureStampMs: 24 * 60 * 60 * 1000,
} as const;

export const FORMAT = 'masternetwerk-bundle';
export const FORMAT_VERSION = 2;

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
export const LOCAL = { conflicts: 'conflicts', imports: 'imports', trustedKeys: 'trustedKeys' } as const;

import type { CollectionName } from '../../../shared/domain';
import { analyzeText } from '../../../shared/search/analyze';
import { fold } from '../../../shared/search/normalize';
import { FILTER_NAMES, type FilterName } from '../../../shared/search/schema';
import { indexable, ROLE_WEIGHT, SOURCE_NAMES, sourceOf, textsOf, type FilterValue } from '../../../shared/search/sources';
import { packPosting, Postings, quantize, slotOfPacked, type FlatPostings } from './postings';
import { Vocabulary } from './vocabulary';

/**
 * The inverted index: for every term the documents that contain it, ordered
 * by impact (BM25 with field weights, computed when the document is added),
 * and for every document its terms. Documents are added, replaced and
 * removed one at a time as the store commits, or in bulk at start.
 */

export type IndexedRecord = { id: string; deleted?: unknown; demo?: unknown; updatedAt?: unknown } & Record<string, unknown>;
export type DocFilters = Partial<Record<FilterName, string[]>>;

/** An index as plain arrays, for persisting (main/core/search/persist.ts). */
export interface IndexState {
  /** Words in sorted order, then synonym group terms: a term's position is its id. */
  terms: readonly string[];
  /** All terms' postings end to end, in id order: `sizes[id]` of them for each term. */
  postings: FlatPostings;
  docs: Array<{ id: string; rev: string; type: number; terms: Int32Array; imps: Uint16Array }>;
  /** Every letter in the words (the alphabet for typo edits). */
  letters: string;
  /** Per type, running field length statistics in the order of the source's fields. */
  lengths: Record<string, Array<{ sum: number; count: number }>>;
}

/** Saturation: high, so a title match (weight 4) still clearly beats a body match (weight 1). */
const K1 = 2;
const B = 0.75;
/** Titles whose terms are remembered for ranking (a few keystrokes' worth of result pools). */
const TITLE_CACHE = 4_096;
/** Documents per type read up front to learn typical field lengths before a bulk build. */
const LENGTH_SAMPLE = 1_000;

export class SearchIndex {
  readonly vocab = new Vocabulary();
  /** Per slot; a slot is never reused, so postings stay valid while a document is replaced. */
  readonly docTerms: (Int32Array | undefined)[] = [];
  readonly docImps: (Uint16Array | undefined)[] = [];
  readonly docType: number[] = [];
  readonly records: (IndexedRecord | undefined)[] = [];
  /** Filter values per slot, worked out the first time a filter asks (most searches use none). */
  private readonly filters: (DocFilters | undefined)[] = [];
  /** Term ids of recently ranked documents' titles: a slot's record never changes, so they stay right until it goes. */
  private readonly titles = new Map<number, readonly number[]>();
  private readonly slots = new Map<string, number>();
  /** Counts changes, so what is worked out from the index (query plans) knows when it is out of date. */
  version = 0;
  private readonly lengths = new Map<CollectionName, Array<{ sum: number; count: number }>>();
  /** Scratch per term id while one record is analysed: its weight in the field, and in the record. */
  private fieldTf = new Float64Array(1_024);
  private docTf = new Float64Array(1_024);
  private readonly inField: number[] = [];
  private readonly inDoc: number[] = [];
  private bulk = false;
  private readonly addTerm = (term: string, weight: number) => {
    const id = this.vocab.intern(term, this.bulk);
    if (id >= this.fieldTf.length) this.growScratch();
    if (this.fieldTf[id] === 0) this.inField.push(id);
    this.fieldTf[id] = this.fieldTf[id]! + weight;
  };

  /** Type names by their index in `docType`. */
  static readonly TYPES: readonly CollectionName[] = SOURCE_NAMES;

  get count(): number {
    return this.slots.size;
  }

  get slotCount(): number {
    return this.docTerms.length;
  }

  /** The filter values of the document in `slot`, or undefined for a removed one. */
  filtersAt(slot: number): DocFilters | undefined {
    const record = this.records[slot];
    if (!record) return undefined;
    return (this.filters[slot] ??= filtersOf(SearchIndex.TYPES[this.docType[slot]!]!, record));
  }

  /** The ids of the terms of a document's title. */
  titleTermsAt(slot: number): readonly number[] {
    let ids = this.titles.get(slot);
    if (!ids) {
      if (this.titles.size >= TITLE_CACHE) this.titles.clear();
      ids = this.termIdsOf(sourceOf(SearchIndex.TYPES[this.docType[slot]!]!).title(this.records[slot]!));
      this.titles.set(slot, ids);
    }
    return ids;
  }

  /** The ids of the terms of `text` that the index knows. */
  termIdsOf(text: string): number[] {
    const ids: number[] = [];
    analyzeText(text, (term) => {
      const id = this.vocab.id(term);
      if (id !== undefined) ids.push(id);
    });
    return ids;
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Adds or replaces a record; a tombstone removes it. */
  upsert(type: CollectionName, record: IndexedRecord): void {
    this.version++;
    this.remove(record.id);
    if (!indexable(type, record)) return;
    const slot = this.newSlot(type, record);
    const { terms, imps } = this.analyze(type, record, true);
    for (let i = 0; i < terms.length; i++) this.vocab.addPosting(terms[i]!, slot, imps[i]!);
    this.docTerms[slot] = terms;
    this.docImps[slot] = imps;
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.version++;
    const terms = this.docTerms[slot]!;
    const imps = this.docImps[slot]!;
    for (let i = 0; i < terms.length; i++) this.vocab.removePosting(terms[i]!, slot, imps[i]!);
    this.slots.delete(id);
    this.docTerms[slot] = undefined;
    this.docImps[slot] = undefined;
    this.records[slot] = undefined;
    this.filters[slot] = undefined;
    this.titles.delete(slot);
  }

  /**
   * Adds many records to an empty index at once: postings are collected and
   * sorted once per term instead of kept sorted on every insert. `pause` is
   * awaited every `every` records so a caller can keep its event loop free.
   */
  async addAll(entries: Iterable<{ type: CollectionName; record: IndexedRecord }>, pause?: () => Promise<void>, every = 2_000): Promise<void> {
    for (const _ of this.addAllSteps(entries, every)) if (pause) await pause();
  }

  /**
   * The bulk build as steps of `every` records: a caller may run them with
   * pauses in between (the app, in the background) or all at once (the first
   * search that cannot wait).
   */
  *addAllSteps(entries: Iterable<{ type: CollectionName; record: IndexedRecord }>, every = 2_000): Generator<void, void, undefined> {
    const list = [...entries].filter((e) => indexable(e.type, e.record));
    if (this.count > 0) {
      for (const { type, record } of list) this.upsert(type, record);
      return;
    }
    this.learnLengths(list);
    this.version++;
    const pending: number[][] = [];
    let n = 0;
    let seenTwice = false;
    for (const { type, record } of list) {
      if (this.slots.has(record.id)) {
        this.remove(record.id);
        seenTwice = true;
      }
      const slot = this.newSlot(type, record);
      this.bulk = true;
      let analysed: { terms: Int32Array; imps: Uint16Array };
      try {
        analysed = this.analyze(type, record, false);
      } finally {
        this.bulk = false;
      }
      const { terms, imps } = analysed;
      for (let i = 0; i < terms.length; i++) (pending[terms[i]!] ??= []).push(packPosting(slot, imps[i]!));
      this.docTerms[slot] = terms;
      this.docImps[slot] = imps;
      if (++n % every === 0) yield;
    }
    // Term ids now follow the sorted order of the words (vocabulary.ts).
    const renumbered = this.vocab.finishBulk();
    const oldIdOf = new Int32Array(renumbered.length);
    renumbered.forEach((id, old) => (oldIdOf[id] = old));
    // All postings in one buffer in id order, all documents' terms in another in slot order: the
    // completions of a prefix (consecutive ids) are then read one after the other, not from all over memory.
    const live = Array.from(oldIdOf, (old) => {
      const packed = pending[old] ?? [];
      pending[old] = undefined as unknown as number[];
      // Records seen twice in `list` leave stale postings behind; keep only live slots.
      return seenTwice ? packed.filter((p) => this.docTerms[slotOfPacked(p)] !== undefined) : packed;
    });
    const postDocs = new Int32Array(live.reduce((sum, packed) => sum + packed.length, 0));
    const postImps = new Uint16Array(postDocs.length);
    let at = 0;
    live.forEach((packed, id) => {
      const end = at + packed.length;
      this.vocab.setPostings(id, Postings.fromPacked(packed, postDocs.subarray(at, end), postImps.subarray(at, end)));
      at = end;
    });
    const allTerms = new Int32Array(this.docTerms.reduce((sum, terms) => sum + (terms?.length ?? 0), 0));
    const allImps = new Uint16Array(allTerms.length);
    at = 0;
    this.docTerms.forEach((terms, slot) => {
      if (!terms) return;
      const end = at + terms.length;
      const view = allTerms.subarray(at, end);
      for (let i = 0; i < terms.length; i++) view[i] = renumbered[terms[i]!]!;
      allImps.set(this.docImps[slot]!, at);
      this.docTerms[slot] = view;
      this.docImps[slot] = allImps.subarray(at, end);
      at = end;
    });
    this.titles.clear();
    this.version++;
  }

  /**
   * Everything needed to restore this index without analysing a record
   * again, with the live slots renumbered densely (in their order, so ties
   * still fall the same way). Records themselves are not included: they
   * come from the store, which also proves the index is up to date.
   */
  exportState(): IndexState {
    const live: number[] = [];
    const renumber = new Int32Array(this.slotCount).fill(-1);
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.docTerms[slot] === undefined) continue;
      renumber[slot] = live.length;
      live.push(slot);
    }
    // Words no live record holds any more are left out: an erased profile's name must not stay on disk.
    const { vocab } = this;
    const termIds = new Int32Array(vocab.size).fill(-1);
    const keptTerms: string[] = [];
    const kept = vocab.idsInOrder().filter((id) => vocab.df(id) > 0);
    const postings: FlatPostings = { sizes: Int32Array.from(kept, (id) => vocab.df(id)), docs: new Int32Array(kept.reduce((n, id) => n + vocab.df(id), 0)), imps: new Uint16Array(0) };
    postings.imps = new Uint16Array(postings.docs.length);
    let at = 0;
    for (const id of kept) {
      const list = vocab.list(id);
      termIds[id] = keptTerms.length;
      keptTerms.push(vocab.terms[id]!);
      for (let i = 0; i < list.size; i++) postings.docs[at + i] = renumber[list.docs[i]!]!;
      postings.imps.set(list.imps.subarray(0, list.size), at);
      at += list.size;
    }
    return {
      terms: keptTerms,
      postings,
      docs: live.map((slot) => {
        const record = this.records[slot]!;
        return { id: record.id, rev: String(record.rev ?? ''), type: this.docType[slot]!, terms: this.docTerms[slot]!.map((id) => termIds[id]!), imps: this.docImps[slot]! };
      }),
      letters: this.vocab.alphabet(),
      lengths: Object.fromEntries(this.lengths),
    };
  }

  /**
   * An index from a state made by `exportState`. `recordOf` finds each
   * document's record; it returns undefined when the record is gone or has
   * changed, and then nothing is restored (the caller rebuilds, for the
   * reason returned).
   */
  static fromState(state: IndexState, recordOf: (type: CollectionName, id: string, rev: string) => IndexedRecord | undefined): SearchIndex | { problem: string } {
    const index = new SearchIndex();
    for (const doc of state.docs) {
      const type = SearchIndex.TYPES[doc.type];
      const record = type && recordOf(type, doc.id, doc.rev);
      if (!type || !record || record.deleted === true || index.slots.has(doc.id)) return { problem: 'a record changed since the index was written' };
      index.slots.set(doc.id, index.docTerms.length);
      index.docTerms.push(doc.terms);
      index.docImps.push(doc.imps);
      index.docType.push(doc.type);
      index.records.push(record);
    }
    if (!index.vocab.restore(state.terms, state.postings, state.letters)) return { problem: 'its words are out of order' };
    for (const [type, stats] of Object.entries(state.lengths)) index.lengths.set(type as CollectionName, stats.map((s) => ({ ...s })));
    return index;
  }

  /** Inverse document frequency of a term, BM25 style. */
  idf(termId: number): number {
    return this.idfOf(this.vocab.df(termId));
  }

  idfOf(df: number): number {
    const n = Math.max(df, this.count);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private newSlot(type: CollectionName, record: IndexedRecord): number {
    const slot = this.docTerms.length;
    this.slots.set(record.id, slot);
    this.docTerms.push(undefined);
    this.docImps.push(undefined);
    this.docType.push(SearchIndex.TYPES.indexOf(type));
    this.records.push(record);
    this.filters.push(undefined);
    return slot;
  }

  /**
   * Term → impact for one record, BM25F: each field's term frequency is
   * normalised by the field's length and weighted by its role, the sum is
   * saturated once. A word in the title counts most, yet a word repeated in
   * many fields cannot outweigh one that is in the title and nowhere else.
   */
  private analyze(type: CollectionName, record: IndexedRecord, learn: boolean): { terms: Int32Array; imps: Uint16Array } {
    const { inField, inDoc } = this;
    const fields = sourceOf(type).fields;
    const lengths = this.fieldLengths(type);
    for (let fi = 0; fi < fields.length; fi++) {
      const field = fields[fi]!;
      let length = 0;
      for (const text of textsOf(field.get(record))) length += analyzeText(text, this.addTerm);
      if (inField.length === 0) continue;
      const stats = lengths[fi]!;
      if (learn) {
        stats.sum += length;
        stats.count++;
      }
      const avg = Math.max(1, stats.sum / Math.max(1, stats.count));
      const weight = (ROLE_WEIGHT[field.role] * (field.boost ?? 1)) / (1 - B + (B * length) / avg);
      const { fieldTf, docTf } = this;
      for (const id of inField) {
        if (docTf[id] === 0) inDoc.push(id);
        docTf[id] = docTf[id]! + weight * fieldTf[id]!;
        fieldTf[id] = 0;
      }
      inField.length = 0;
    }
    const terms = Int32Array.from(inDoc);
    const imps = new Uint16Array(inDoc.length);
    for (let i = 0; i < inDoc.length; i++) {
      const id = inDoc[i]!;
      const f = this.docTf[id]!;
      imps[i] = quantize((f * (K1 + 1)) / (f + K1));
      this.docTf[id] = 0;
    }
    inDoc.length = 0;
    return { terms, imps };
  }

  private growScratch(): void {
    const size = this.fieldTf.length * 2;
    const fieldTf = new Float64Array(size);
    fieldTf.set(this.fieldTf);
    const docTf = new Float64Array(size);
    docTf.set(this.docTf);
    this.fieldTf = fieldTf;
    this.docTf = docTf;
  }

  /** Running length statistics per field of a type, in the order of the source's fields. */
  private fieldLengths(type: CollectionName) {
    let stats = this.lengths.get(type);
    if (!stats) this.lengths.set(type, (stats = sourceOf(type).fields.map(() => ({ sum: 0, count: 0 }))));
    return stats;
  }

  /** Typical field lengths from an even sample, so bulk impacts are normalised like later ones. */
  private learnLengths(list: Array<{ type: CollectionName; record: IndexedRecord }>): void {
    const byType = new Map<CollectionName, IndexedRecord[]>();
    for (const { type, record } of list) (byType.get(type) ?? byType.set(type, []).get(type)!).push(record);
    const ignore = () => {};
    for (const [type, records] of byType) {
      const step = Math.max(1, Math.floor(records.length / LENGTH_SAMPLE));
      for (let i = 0; i < records.length; i += step) {
        const lengths = this.fieldLengths(type);
        for (const [fi, field] of sourceOf(type).fields.entries()) {
          let length = 0;
          for (const text of textsOf(field.get(records[i]!))) length += analyzeText(text, ignore);
          const stats = lengths[fi]!;
          stats.sum += length * step;
          stats.count += step;
        }
      }
    }
  }
}

function filtersOf(type: CollectionName, record: IndexedRecord): DocFilters {
  const out: DocFilters = {};
  const source = sourceOf(type);
  for (const name of FILTER_NAMES) {
    const get = source.filters[name];
    if (!get) continue;
    const values = asList(get(record)).map((v) => fold(String(v)).trim());
    if (values.length > 0) out[name] = values;
  }
  return out;
}

const asList = (value: FilterValue): readonly (string | number)[] =>
  value == null ? [] : Array.isArray(value) ? (value as readonly (string | number)[]) : [value as string | number];

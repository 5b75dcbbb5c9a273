import type { CollectionName } from '../../../shared/domain';
import { analyzeText } from '../../../shared/search/analyze';
import { fold } from '../../../shared/search/normalize';
import { FILTER_NAMES, type FilterName } from '../../../shared/search/schema';
import { indexable, ROLE_WEIGHT, SOURCE_NAMES, sourceOf, textsOf, type FilterValue } from '../../../shared/search/sources';
import { packPosting, Postings, quantize } from './postings';
import { Vocabulary } from './vocabulary';

/**
 * The inverted index: for every term the documents that contain it, ordered
 * by impact (BM25 with field weights, computed when the document is added),
 * and for every document its terms. Documents are added, replaced and
 * removed one at a time as the store commits, or in bulk at start.
 */

export type IndexedRecord = { id: string; deleted?: unknown; demo?: unknown; updatedAt?: unknown } & Record<string, unknown>;
export type DocFilters = Partial<Record<FilterName, string[]>>;

/** Saturation: high, so a title match (weight 4) still clearly beats a body match (weight 1). */
const K1 = 2;
const B = 0.75;
/** Documents per type read up front to learn typical field lengths before a bulk build. */
const LENGTH_SAMPLE = 1_000;

export class SearchIndex {
  readonly vocab = new Vocabulary();
  /** Per slot; a slot is never reused, so postings stay valid while a document is replaced. */
  readonly docTerms: (Int32Array | undefined)[] = [];
  readonly docImps: (Uint16Array | undefined)[] = [];
  readonly docType: number[] = [];
  readonly records: (IndexedRecord | undefined)[] = [];
  readonly filters: (DocFilters | undefined)[] = [];
  private readonly slots = new Map<string, number>();
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

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Adds or replaces a record; a tombstone removes it. */
  upsert(type: CollectionName, record: IndexedRecord): void {
    this.remove(record.id);
    if (!indexable(type, record)) return;
    const slot = this.newSlot(type, record);
    const { terms, imps } = this.analyze(type, record, true);
    for (let i = 0; i < terms.length; i++) this.vocab.postings[terms[i]!]!.insert(slot, imps[i]!);
    this.docTerms[slot] = terms;
    this.docImps[slot] = imps;
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    const terms = this.docTerms[slot]!;
    const imps = this.docImps[slot]!;
    for (let i = 0; i < terms.length; i++) this.vocab.postings[terms[i]!]!.remove(slot, imps[i]!);
    this.slots.delete(id);
    this.docTerms[slot] = undefined;
    this.docImps[slot] = undefined;
    this.records[slot] = undefined;
    this.filters[slot] = undefined;
  }

  /**
   * Adds many records to an empty index at once: postings are collected and
   * sorted once per term instead of kept sorted on every insert. `pause` is
   * awaited every `every` records so a caller can keep its event loop free.
   */
  async addAll(entries: Iterable<{ type: CollectionName; record: IndexedRecord }>, pause?: () => Promise<void>, every = 2_000): Promise<void> {
    const list = [...entries].filter((e) => indexable(e.type, e.record));
    if (this.count > 0) {
      for (const { type, record } of list) this.upsert(type, record);
      return;
    }
    this.learnLengths(list);
    const pending: number[][] = [];
    let n = 0;
    this.bulk = true;
    try {
      for (const { type, record } of list) {
        if (this.slots.has(record.id)) this.remove(record.id);
        const slot = this.newSlot(type, record);
        const { terms, imps } = this.analyze(type, record, false);
        for (let i = 0; i < terms.length; i++) (pending[terms[i]!] ??= []).push(packPosting(slot, imps[i]!));
        this.docTerms[slot] = terms;
        this.docImps[slot] = imps;
        if (pause && ++n % every === 0) await pause();
      }
    } finally {
      this.bulk = false;
    }
    for (let id = 0; id < pending.length; id++) {
      const packed = pending[id];
      if (!packed) continue;
      // Records seen twice in `list` leave stale postings behind; keep only live slots.
      const live = packed.filter((p) => this.docTerms[p % 2 ** 22] !== undefined);
      this.vocab.postings[id] = Postings.fromPacked(live);
      pending[id] = undefined as unknown as number[];
    }
    this.vocab.finishBulk();
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
    this.filters.push(filtersOf(type, record));
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

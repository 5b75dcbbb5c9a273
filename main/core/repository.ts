import { COLLECTIONS, withCoordinators, type CollectionName, type FieldsInputOf, type FieldsOf, type RecordOf } from '../../shared/domain';
import { ServiceError } from './dispatch';
import { createRecord, tombstone, updateRecord, type CreateOptions, type RecordContext } from './records';
import type { DocumentStore, StoredRecord } from './store/documentStore';

/**
 * Records stored before one of their fields existed, read as the schema's
 * default fills it in (a PLG from before coordinators), so no service has to
 * allow for the older shape.
 */
const UPGRADES: { [C in CollectionName]?: (record: RecordOf<C>) => RecordOf<C> } = { plgs: withCoordinators };

/**
 * Typed access to one collection. Services use this; only it touches the
 * document store, so the storage design can change behind it.
 */
export class Repository<C extends CollectionName> {
  private readonly upgrade: (record: RecordOf<C>) => RecordOf<C>;

  constructor(
    readonly name: C,
    private readonly store: DocumentStore,
    private readonly ctx: RecordContext,
  ) {
    this.upgrade = (UPGRADES[name] as ((record: RecordOf<C>) => RecordOf<C>) | undefined) ?? ((record) => record);
  }

  /** A live record, or undefined when it never existed or was deleted. */
  find(id: string): RecordOf<C> | undefined {
    const record = this.findAny(id);
    return record && !record.deleted ? record : undefined;
  }

  get(id: string): RecordOf<C> {
    const record = this.find(id);
    if (!record) throw new ServiceError('not_found', `No ${this.name} record with id ${id}`);
    return record;
  }

  /** Including tombstones: for export and merging. */
  findAny(id: string): RecordOf<C> | undefined {
    const record = this.store.get(this.name, id) as RecordOf<C> | undefined;
    return record && this.upgrade(record);
  }

  list(): RecordOf<C>[] {
    return this.listAll().filter((r) => !r.deleted);
  }

  listAll(): RecordOf<C>[] {
    const all = this.store.all(this.name) as RecordOf<C>[];
    return UPGRADES[this.name] ? all.map(this.upgrade) : all;
  }

  count(): number {
    return this.list().length;
  }

  async create(fields: FieldsInputOf<C>, options: CreateOptions = {}): Promise<RecordOf<C>> {
    const record = this.build(fields, options);
    await this.store.put(this.name, record as unknown as StoredRecord);
    return record;
  }

  /** A new record, validated but not yet stored: for batch writes that must land together. */
  build(fields: FieldsInputOf<C>, options: CreateOptions = {}): RecordOf<C> {
    return createRecord(this.ctx, COLLECTIONS[this.name].fields.parse(fields), options) as RecordOf<C>;
  }

  async update(id: string, fields: Partial<FieldsOf<C>>): Promise<RecordOf<C>> {
    const current = this.get(id);
    const next = updateRecord(this.ctx, current, fields);
    COLLECTIONS[this.name].record.parse(next);
    if (next !== current) await this.store.put(this.name, next as unknown as StoredRecord);
    return next;
  }

  async remove(id: string, erasedFields: Partial<FieldsOf<C>> = {}): Promise<RecordOf<C>> {
    const deleted = tombstone(this.ctx, this.get(id), erasedFields);
    await this.store.put(this.name, deleted as unknown as StoredRecord);
    return deleted;
  }
}

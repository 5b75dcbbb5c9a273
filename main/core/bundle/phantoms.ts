import { COLLECTION_NAMES } from '../../../shared/domain';
import type { DocumentStore } from '../store/documentStore';
import { BUNDLE_LIMITS } from './limits';
import type { ParsedBundle } from './readBundle';
import { refuse } from './refusal';

/**
 * Counts the bundle's tombstones of records this install has never had, and
 * refuses the bundle when there are more than one may bring. Below the limit
 * they are imported like any tombstone: a deletion may travel ahead of the
 * record it deletes, and must then stop that record arriving later.
 */
export function checkPhantomTombstones(store: DocumentStore, bundle: ParsedBundle): number {
  let phantoms = 0;
  for (const collection of COLLECTION_NAMES) {
    for (const record of bundle.records[collection]) {
      if (record.deleted && !store.get(collection, record.id)) phantoms++;
    }
  }
  if (phantoms > BUNDLE_LIMITS.phantomTombstones) {
    refuse('too_many_tombstones', `${phantoms} tombstones of unknown records; at most ${BUNDLE_LIMITS.phantomTombstones}`);
  }
  return phantoms;
}

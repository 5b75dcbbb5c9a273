import type { RefusalCode } from '../../../shared/bundle';

const MESSAGES: Record<RefusalCode, string> = {
  not_zip: 'The file is not a bundle: it is not a zip archive.',
  corrupt_zip: 'The zip archive is damaged.',
  file_too_large: 'The file is larger than a bundle may be.',
  too_many_entries: 'The archive has more entries than a bundle may have.',
  zip_slip: 'An entry has a path that points outside the bundle.',
  bad_entry_name: 'An entry has a name that is not valid text (not UTF-8, or with control characters).',
  symlink: 'The archive contains a symbolic link.',
  duplicate_entry: 'The archive contains two entries with the same name.',
  entry_too_large: 'An entry is larger than a bundle entry may be.',
  too_large_unpacked: 'The archive unpacks to more data than a bundle may hold.',
  compression_ratio: 'An entry is compressed suspiciously well (a possible zip bomb).',
  encrypted_entry: 'The archive contains an encrypted entry.',
  unsupported_compression: 'An entry uses an unsupported compression method.',
  unexpected_entry: 'The archive contains an entry that does not belong in a bundle.',
  missing_manifest: 'The bundle has no manifest.',
  invalid_manifest: 'The bundle manifest is not valid.',
  format_version_future: 'The bundle was made by a newer version of Masternetwerk.',
  format_version_unknown: 'The bundle has an unknown format version.',
  bad_signature: 'The signature of the bundle is not valid: it was altered or damaged.',
  weak_key: 'The bundle is signed with a weak public key (of small order), under which any content would verify.',
  unlisted_entry: 'The archive contains an entry the manifest does not list.',
  missing_entry: 'An entry listed in the manifest is missing.',
  hash_mismatch: 'An entry does not match its checksum in the manifest.',
  invalid_json: 'An entry is not valid JSON text.',
  forbidden_key: 'The bundle contains a forbidden key (__proto__, constructor or prototype).',
  string_too_long: 'The bundle contains a text that is too long.',
  too_deep: 'The bundle contains data nested too deeply.',
  invalid_record: 'The bundle contains a record that is not valid.',
  duplicate_record: 'The bundle contains the same record twice.',
  count_mismatch: 'The record counts do not match the manifest.',
  id_collision: 'A record in the bundle has the id of a different kind of record here.',
  stamp_in_future: 'The bundle contains changes dated too far in the future.',
  own_install: 'The bundle claims to come from this install itself.',
  too_many_tombstones: 'The bundle deletes more records this install has never had than a bundle may (a way to fill the disk).',
  key_not_accepted: 'The bundle is signed with a new key for a known colleague; confirm the key first.',
  cancelled: 'The import was cancelled; nothing was changed.',
};

/** Why a bundle was refused: a code for the UI and the CLI, an English message, and where. */
export class BundleRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly detail?: string,
  ) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'BundleRefusal';
  }
}

export const refuse = (code: RefusalCode, detail?: string): never => {
  throw new BundleRefusal(code, detail);
};

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BundleRefusal('cancelled');
}

import { z } from 'zod';
import { BundleScope } from '../../../shared/bundle';
import { canonicalJson } from '../../../shared/canonicalJson';
import { COLLECTION_NAMES, IsoDateTime } from '../../../shared/domain';
import { Id, InstallId } from '../../../shared/ids';
import { collectionsOf, FORMAT, FORMAT_VERSION } from './limits';
import { refuse } from './refusal';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const base64Of = (bytes: number) => z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).refine((s) => Buffer.from(s, 'base64').length === bytes && Buffer.from(s, 'base64').toString('base64') === s);

/** manifest.json (docs/bundle-format.md, "Manifest"). */
export const Manifest = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.number().int().min(1).max(FORMAT_VERSION),
  createdAt: IsoDateTime,
  exporter: z.strictObject({ installId: InstallId, memberId: Id.nullable() }),
  scope: BundleScope,
  /** One count per collection of the bundle's version (collectionsOf); a newer collection is absent from an older bundle. */
  counts: z.strictObject(Object.fromEntries(COLLECTION_NAMES.map((c) => [c, z.number().int().min(0).optional()])) as Record<(typeof COLLECTION_NAMES)[number], z.ZodOptional<z.ZodNumber>>),
  entries: z.record(z.string().max(200), z.strictObject({ sha256: Sha256, size: z.number().int().min(0) })),
  /** Raw 32-byte Ed25519 public key, base64; null when unsigned. */
  publicKey: base64Of(32).nullable(),
  /** Ed25519 signature (64 bytes, base64) over `signedBytes(manifest)`; null when unsigned. */
  signature: base64Of(64).nullable(),
  /** Present after the install changed its key: the previous key vouches for `publicKey` (keys.ts, Rotation). */
  rotation: z.strictObject({ previousPublicKey: base64Of(32), signature: base64Of(64) }).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

/** What the signature covers: the whole manifest in canonical JSON, with `signature` set to null. */
export const signedBytes = (manifest: Manifest) => Buffer.from(canonicalJson({ ...manifest, signature: null }), 'utf8');

/** Checks format and version first, so a newer bundle is reported as such rather than as invalid. */
export function parseManifest(raw: unknown): Manifest {
  const candidate = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (candidate.format !== FORMAT) refuse('invalid_manifest', 'not a Masternetwerk bundle');
  const version = candidate.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) refuse('format_version_unknown', String(version));
  if ((version as number) > FORMAT_VERSION) refuse('format_version_future', `version ${String(version)}`);
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse('invalid_manifest', `${['manifest', ...issue.path.map(String)].join('.')}: ${issue.message}`);
  }
  if ((parsed.data.publicKey === null) !== (parsed.data.signature === null)) refuse('bad_signature', 'key and signature must come together');
  const expected = collectionsOf(parsed.data.formatVersion);
  for (const collection of COLLECTION_NAMES) {
    const counted = parsed.data.counts[collection] !== undefined;
    if (counted !== expected.includes(collection)) {
      refuse('invalid_manifest', `manifest.counts.${collection}: ${counted ? 'not part of' : 'missing in'} format version ${parsed.data.formatVersion}`);
    }
  }
  return parsed.data;
}

import path from 'node:path';
import { type Command } from 'commander';
import { BundleScope, type SignatureStatus } from '../../shared/bundle';
import type { AppContext } from '../core/app';
import { BundleRefusal, exportBundle, importBundle, trustedKeys, undoLastImport } from '../core/bundle';
import { fileKeyVault, rotateSigningKey } from '../core/bundle/keys';
import { setCurator } from '../core/bundle/trust';
import { ServiceError } from '../core/dispatch';
import { CliError, type Output } from './output';

type WithApp = (program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) => Promise<void>;

/** Exit code of a refused bundle, apart from other failures (1) and usage errors (2). */
export const REFUSED_EXIT_CODE = 4;

interface ExportOptions {
  session?: string;
  all?: boolean;
  ids?: string[];
  out: string;
}

/**
 * Bundles (docs/bundle-format.md) on the command line: `export` writes a
 * signed .mnw file of a session, a selection or everything; `import` checks
 * and applies one (or with --dry-run only reports); `undo-import` restores
 * the state before the last import. A refused file changes nothing and
 * exits with code 4 and its reason code.
 */
export function registerExchangeCommands(program: Command, withApp: WithApp): void {
  program
    .command('export')
    .description('write a bundle (.mnw) of one session with everything it refers to, a selection, or everything; refused (exit 4, nothing written) when an import would refuse it')
    .option('--session <id>', 'one netwerkcafé and what it refers to')
    .option('--ids <ids...>', 'a selection of records (any type) and what they refer to')
    .option('--all', 'every record')
    .requiredOption('--out <file>', 'bundle file to write (.mnw)')
    .action(async (options: ExportOptions) =>
      // Writes: the install's signing key is created at the first export.
      withApp(program, { write: true }, async (app, out) => {
        const scope = scopeOf(options);
        let result;
        try {
          result = await exportBundle(app, scope, path.resolve(options.out));
        } catch (error) {
          if (error instanceof ServiceError) throw new CliError(error.message, 1, error.code);
          // Over an importer's limits: nothing was written.
          if (error instanceof BundleRefusal) throw new CliError(`Refused: ${error.message}`, REFUSED_EXIT_CODE, error.code);
          throw error;
        }
        out.result({ scope, ...result }, () =>
          [
            `Wrote ${result.records} record(s) to ${result.file} (${result.bytes} bytes).`,
            result.signed ? `Signed with key ${result.fingerprint}.` : 'Not signed.',
          ].join('\n'),
        );
      }),
    );

  program
    .command('import')
    .description('import a bundle (.mnw): checked in full first, applied in one write; refused files change nothing (exit 4)')
    .argument('<file>', 'bundle file to read')
    .option('--dry-run', 'check and report what would change, write nothing')
    .option('--accept-key', "trust the bundle's signing key from now on (needed when a known colleague's key changed)")
    .action(async (file: string, options: { dryRun?: boolean; acceptKey?: boolean }) =>
      withApp(program, { write: !options.dryRun }, async (app, out) => {
        let summary;
        try {
          summary = await importBundle(app, path.resolve(file), { dryRun: options.dryRun, acceptKey: options.acceptKey });
        } catch (error) {
          if (error instanceof BundleRefusal) throw new CliError(`Refused: ${error.message}`, REFUSED_EXIT_CODE, error.code);
          throw error;
        }
        const { added, updated, unchanged, conflicts, deleted, changed, suggestions, phantomTombstones, attendeesDropped, attendeesErased, signature } = summary;
        const json = { added, updated, unchanged, conflicts, deleted, changed, suggestions, phantomTombstones, attendeesDropped, attendeesErased, signature, dryRun: Boolean(options.dryRun) };
        out.result(json, () =>
          [
            `${options.dryRun ? 'Would change' : 'Changed'} ${changed} record(s): ${added} new, ${updated} updated, ${deleted} deleted, ${conflicts} with a conflict, ${suggestions} with a suggestion for their owners; ${unchanged} unchanged.`,
            ...(attendeesErased > 0 ? [`Erased ${attendeesErased} attendee entr${attendeesErased === 1 ? 'y' : 'ies'} of erased profiles from this install's attendee lists.`] : []),
            ...(attendeesDropped > 0 ? [`Left out ${attendeesDropped} attendee(s) the bundle carried: attendee lists are never imported.`] : []),
            ...(phantomTombstones > 0 ? [`Kept ${phantomTombstones} deletion(s) of records this install never had, so they stay deleted.`] : []),
            signatureLine(signature),
          ].join('\n'),
        );
      }),
    );

  const trust = program.command('trust').description("colleagues' confirmed keys, and who is an HR curator (may change café sessions and PLGs)");
  trust
    .command('list')
    .description('list the confirmed keys')
    .action(async () =>
      withApp(program, { write: false }, async (app, out) => {
        const keys = trustedKeys(app.store);
        out.result(keys, () =>
          keys.length === 0 ? 'No confirmed keys yet.' : keys.map((k) => `${k.id}  ${k.name || '(no name)'}  ${k.fingerprint}${k.curator ? '  HR curator' : ''}`).join('\n'),
        );
      }),
    );
  trust
    .command('curator')
    .description('name the colleague of a confirmed key an HR curator (or, with --off, no longer)')
    .argument('<installId>', 'the install id of the confirmed key (see `trust list`)')
    .option('--off', 'no longer a curator')
    .action(async (installId: string, options: { off?: boolean }) =>
      withApp(program, { write: true }, async (app, out) => {
        try {
          const key = await setCurator(app, installId, !options.off);
          out.result(key, () => `${key.name || key.id} is ${key.curator ? 'now' : 'no longer'} an HR curator.`);
        } catch (error) {
          if (error instanceof ServiceError) throw new CliError(error.message, 1, error.code);
          throw error;
        }
      }),
    );

  program
    .command('keys')
    .description("this install's signing key")
    .command('rotate')
    .description('replace the signing key with a new one that the old key vouches for: colleagues who confirmed the old key take the new one')
    .action(async () =>
      withApp(program, { write: true }, async (app, out) => {
        const rotated = await rotateSigningKey(fileKeyVault(app.dataDir), app.dataDir, app.install.installId);
        out.result(rotated, () => `New key ${rotated.current}\n(replaces ${rotated.previous}; bundles from now on carry the old key's word for it).`);
      }),
    );

  program
    .command('undo-import')
    .description('restore the state from before the last import')
    .action(async () =>
      withApp(program, { write: true }, async (app, out) => {
        try {
          const result = await undoLastImport(app);
          out.result(result, () => `Undone: ${result.restored} record(s) restored, ${result.removed} removed.`);
        } catch (error) {
          if (error instanceof ServiceError) throw new CliError(error.message, 1, error.code);
          throw error;
        }
      }),
    );
}

function scopeOf(options: ExportOptions): BundleScope {
  const given = [options.session !== undefined, options.all === true, options.ids !== undefined].filter(Boolean).length;
  if (given !== 1) throw new CliError('Give exactly one of --session <id>, --ids <ids...> or --all.', 2, 'invalid_input');
  const scope = BundleScope.safeParse(
    options.session ? { kind: 'session', id: options.session } : options.ids ? { kind: 'selection', ids: options.ids } : { kind: 'all' },
  );
  if (!scope.success) throw new CliError('An id is not valid: ids look like 0194c3a2-….', 2, 'invalid_input');
  return scope.data;
}

function signatureLine(signature: SignatureStatus): string {
  switch (signature.kind) {
    case 'known':
      return `Signed by a known colleague (${signature.trusted?.name || 'trusted key'}).`;
    case 'unknown':
      return `Signed with an unknown key: ${signature.fingerprint}. Compare it with the sender before trusting it (--accept-key).`;
    case 'key_changed':
      return `WARNING: signed with a NEW key for ${signature.trusted?.name || 'a known colleague'}: ${signature.fingerprint}.`;
    default:
      return 'Not signed.';
  }
}

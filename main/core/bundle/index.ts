/** The bundle exchange (docs/bundle-format.md): what the CLI and the IPC handlers call. */
export { exportBundle, previewExport, type ExportOptions } from './exportBundle';
export { importBundle, importParsedBundle, inspectBundle, lastImport, undoLastImport, type ImportOptions } from './importBundle';
export { listConflicts, resolveConflict } from './conflicts';
export { fileKeyVault, loadOrCreateSigningKey, type KeyVault } from './keys';
export { trustedKeys, type TrustedKey } from './trust';
export { BundleRefusal } from './refusal';
export { readBundle, type BundleProgress, type ParsedBundle } from './readBundle';

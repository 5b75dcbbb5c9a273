/** The bundle exchange (docs/bundle-format.md): what the CLI and the IPC handlers call. */
export { exportBundle, ExportRefusal, previewExport, type ExportOptions } from './exportBundle';
export { importBundle, importParsedBundle, inspectBundle, lastImport, undoLastImport, type ImportOptions } from './importBundle';
export { describeConflicts, listConflicts, resolveAllConflicts, resolveConflict, type ConflictView } from './conflicts';
export { fileKeyVault, loadOrCreateSigningKey, type KeyVault } from './keys';
export { trustedKeys, type TrustedKey } from './trust';
export { BundleRefusal } from './refusal';
export { readBundle, type BundleProgress, type ParsedBundle } from './readBundle';

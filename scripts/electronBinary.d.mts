// Types of the plain ESM helper shared by the npm scripts and the tests.
export function electronBinary(): string | null;
export const electronInstaller: string;
export function downloadElectron(): { binary: string; reason: null } | { binary: null; reason: string };
export function installerFailure(output: string): string | null;

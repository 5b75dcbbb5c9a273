import type { KeyVault } from './bundle/keys';

/** What only the host can do: the Electron shell asks the OS, the preview host declines. */
export interface Platform {
  /** Where the signing key is kept; the shell encrypts it with the OS keychain. Default: a plain file. */
  keyVault?: KeyVault;
  openExternal(url: string): Promise<boolean>;
  /** Opens a local file with the OS's default viewer; false where the host cannot (browser preview). */
  openPath(file: string): Promise<boolean>;
}

export const headlessPlatform: Platform = {
  async openExternal() {
    return false;
  },
  async openPath() {
    return false;
  },
};

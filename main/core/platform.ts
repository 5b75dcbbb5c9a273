/** What only the host can do: the Electron shell asks the OS, the preview host declines. */
export interface Platform {
  openExternal(url: string): Promise<boolean>;
}

export const headlessPlatform: Platform = {
  async openExternal() {
    return false;
  },
};

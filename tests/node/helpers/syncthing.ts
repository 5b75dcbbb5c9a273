import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * Real Syncthing instances for the sync end-to-end test: each with its own
 * home directory and ports on 127.0.0.1, no global or local discovery, no
 * relays, no NAT traversal or STUN, no usage or crash reporting, no browser,
 * no upgrade check. They are wired together through the REST API and every
 * wait is on REST state (the event stream), never on a timer.
 */

export const SYNCTHING = '/usr/bin/syncthing';
export const FOLDER_ID = 'masternetwerk';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const OPTIONS: Record<string, string> = {
  globalAnnounceEnabled: 'false',
  localAnnounceEnabled: 'false',
  relaysEnabled: 'false',
  natEnabled: 'false',
  startBrowser: 'false',
  urAccepted: '-1',
  autoUpgradeIntervalH: '0',
  crashReportingEnabled: 'false',
  // 0 turns STUN off.
  stunKeepaliveStartS: '0',
  restartOnWakeup: 'false',
};

export class SyncthingInstance {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private lastEvent = 0;
  deviceId = '';
  private log = '';

  private constructor(
    readonly name: string,
    readonly home: string,
    readonly folder: string,
    readonly guiPort: number,
    readonly listenPort: number,
    private readonly apiKey: string,
  ) {}

  static async create(name: string, root: string): Promise<SyncthingInstance> {
    const home = path.join(root, `${name}-home`);
    const folder = path.join(root, `${name}-shared`);
    const [guiPort, listenPort] = [await freePort(), await freePort()];
    const instance = new SyncthingInstance(name, home, folder, guiPort, listenPort, randomBytes(16).toString('hex'));
    const generated = spawnSync(SYNCTHING, ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], { encoding: 'utf8' });
    if (generated.status !== 0) throw new Error(`syncthing generate failed: ${generated.stderr}`);
    let config = await fs.readFile(path.join(home, 'config.xml'), 'utf8');
    for (const [key, value] of Object.entries(OPTIONS)) config = config.replace(new RegExp(`<${key}>[^<]*</${key}>`), `<${key}>${value}</${key}>`);
    config = config
      .replace(/<listenAddress>[^<]*<\/listenAddress>/, `<listenAddress>tcp://127.0.0.1:${listenPort}</listenAddress>`)
      .replace(/(<gui [^>]*>\s*<address>)[^<]*(<\/address>)/, `$1127.0.0.1:${guiPort}$2`)
      .replace(/<apikey>[^<]*<\/apikey>/, `<apikey>${instance.apiKey}</apikey>`);
    await fs.writeFile(path.join(home, 'config.xml'), config);
    await fs.mkdir(folder, { recursive: true });
    return instance;
  }

  async start(): Promise<void> {
    const child = spawn(SYNCTHING, ['serve', `--home=${this.home}`, '--no-browser', '--no-restart', '--no-upgrade', '--no-default-folder'], {
      env: { ...process.env, STNOUPGRADE: '1', STNORESTART: '1', STNODEFAULTFOLDER: '1', all_proxy: '', http_proxy: '', https_proxy: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    // Ready when it says its REST API listens (its own readiness line), or failed when it exits first.
    await new Promise<void>((resolve, reject) => {
      const onData = (d: Buffer) => {
        this.log = (this.log + d.toString()).slice(-4000);
        if (/API listening on/.test(this.log)) resolve();
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`${this.name}: syncthing exited (${code}) before its API was up.\n${this.log}`)));
    });
    this.deviceId = (await this.get<{ myID: string }>('/rest/system/status')).myID;
  }

  /** Stops the process (and waits for it), whatever state it is in. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(killer);
  }

  recentLog(): string {
    return this.log;
  }

  private async request<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${this.guiPort}${route}`, {
      method,
      headers: { 'X-API-Key': this.apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${this.name} ${method} ${route}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : null) as T;
  }

  get = <T>(route: string) => this.request<T>('GET', route);
  post = <T>(route: string, body?: unknown) => this.request<T>('POST', route, body);

  async addDevice(other: SyncthingInstance): Promise<void> {
    await this.post('/rest/config/devices', { deviceID: other.deviceId, name: other.name, addresses: [`tcp://127.0.0.1:${other.listenPort}`] });
  }

  async shareFolder(others: SyncthingInstance[]): Promise<void> {
    await this.post('/rest/config/folders', {
      id: FOLDER_ID,
      label: 'Masternetwerk',
      path: this.folder,
      type: 'sendreceive',
      devices: [this, ...others].map((d) => ({ deviceID: d.deviceId })),
      rescanIntervalS: 3600,
      fsWatcherEnabled: false,
    });
  }

  /** Scans the folder now (returns when the scan is done), so what the app wrote is offered to the others. */
  async scan(): Promise<void> {
    await this.post(`/rest/db/scan?folder=${FOLDER_ID}`);
  }

  /**
   * Waits until `check` gives a value, re-checking whenever Syncthing reports
   * an event (a long poll on /rest/events, at most two seconds each), for at most `limitMs`.
   */
  async until<T>(check: () => Promise<T | null | false>, what: string, limitMs = 40_000): Promise<T> {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const value = await check();
      if (value !== null && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`${this.name}: timed out waiting for ${what}.\n${this.log}`);
      if (this.child?.exitCode != null) throw new Error(`${this.name} exited while waiting for ${what}.\n${this.log}`);
      const list = await this.get<{ id: number }[]>(`/rest/events?since=${this.lastEvent}&timeout=2`);
      for (const e of list ?? []) this.lastEvent = Math.max(this.lastEvent, e.id);
    }
  }

  async connectedTo(other: SyncthingInstance): Promise<boolean> {
    const { connections } = await this.get<{ connections: Record<string, { connected: boolean }> }>('/rest/system/connections');
    return connections[other.deviceId]?.connected === true;
  }

  /** True when `other` holds everything this instance has in the folder, by Syncthing's own account. */
  async othersComplete(other: SyncthingInstance): Promise<boolean> {
    const c = await this.get<{ completion: number; needItems: number; needDeletes: number; remoteState: string }>(
      `/rest/db/completion?folder=${FOLDER_ID}&device=${other.deviceId}`,
    );
    return c.completion === 100 && c.needItems === 0 && c.needDeletes === 0 && c.remoteState !== 'unknown';
  }

  async idle(): Promise<boolean> {
    const s = await this.get<{ state: string; needTotalItems: number }>(`/rest/db/status?folder=${FOLDER_ID}`);
    return s.state === 'idle' && s.needTotalItems === 0;
  }
}

/** Instances that know each other and share one folder. Stop it in a finally/afterAll. */
export class SyncthingCluster {
  private constructor(readonly nodes: SyncthingInstance[]) {}

  static async start(names: string[], root: string): Promise<SyncthingCluster> {
    const cluster = new SyncthingCluster([]);
    try {
      for (const name of names) cluster.nodes.push(await SyncthingInstance.create(name, root));
      for (const node of cluster.nodes) await node.start();
      for (const node of cluster.nodes) {
        const others = cluster.nodes.filter((n) => n !== node);
        for (const other of others) await node.addDevice(other);
        await node.shareFolder(others);
      }
      for (const node of cluster.nodes) {
        for (const other of cluster.nodes.filter((n) => n !== node)) await node.until(() => node.connectedTo(other), `a connection to ${other.name}`);
      }
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  /** After the apps wrote into their folders: scan every folder and wait until every instance has everything. */
  async settle(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.scan()));
    for (const from of this.nodes) {
      for (const other of this.nodes.filter((n) => n !== from)) await from.until(() => from.othersComplete(other), `${other.name} to catch up`);
    }
    for (const node of this.nodes) await node.until(() => node.idle(), `${node.name} to finish pulling`);
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.stop()));
  }
}

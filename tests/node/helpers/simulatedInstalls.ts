import { createHash } from 'node:crypto';
import path from 'node:path';
import { openApp, type AppContext } from '../../../main/core/app';
import { syncPass } from '../../../main/core/sync';
import { sharedState } from './bundles';
import { profile, researchFields } from './recordFields';

/**
 * The installs of the sync simulation that live in one thread (the test's,
 * or one of its workers: syncSimulationWorker.ts). Each install is a data
 * directory of its own, opened by its own engine; nothing is shared between
 * them but the folder they sync through. The simulation (syncSimulation.ts)
 * decides what happens and when; this only carries it out.
 */

const TEAMS = ['Zorg en Welzijn', 'Techniek', 'Economie', 'ICT', 'Entree', 'Horeca', 'Bouw'];

/** Random numbers in [0, 1) drawn by the simulation, so what an edit does does not depend on which thread runs it. */
export interface EditDraws {
  /** Below ½ (or no research yet): the profile's team changes; else a research title. */
  what: number;
  team: number;
  research: number;
}

/** What one pass reported, and how long it took. */
export interface PassTally {
  read: number;
  conflicts: number;
  suggestions: number;
  skipped: number;
  ms: number;
}

interface Install {
  app: AppContext;
  memberId: string;
  /** Research this install's colleague wrote with a colleague: theirs to edit. */
  research: string[];
}

const at = <T>(list: readonly T[], draw: number) => list[Math.floor(draw * list.length)]!;

export class InstallGroup {
  private readonly installs = new Map<number, Install>();

  constructor(private readonly root: string) {}

  private folder(): string {
    return path.join(this.root, 'gedeeld');
  }

  private get(index: number): Install {
    const install = this.installs.get(index);
    if (!install) throw new Error(`install ${index} is not in this group`);
    return install;
  }

  /** Opens install `index` in a new data directory; with a colleague's name, creates their profile as "me". Returns its member id. */
  async open(index: number, colleague: { name: string; institution: string } | null): Promise<string | null> {
    const app = await openApp({ dataDir: path.join(this.root, `install-${index}`), store: { shardCount: 4 } });
    let memberId: string | null = null;
    try {
      if (colleague) {
        const member = await app.repos.members.create(profile(colleague.name, { institution: colleague.institution }) as never);
        await app.settings.update({ meId: member.id });
        memberId = member.id;
      }
    } catch (error) {
      await app.close();
      throw error;
    }
    this.installs.set(index, { app, memberId: memberId ?? '', research: [] });
    return memberId;
  }

  /** Research written by colleagues side by side: this install creates it naming every author. */
  async createResearch(index: number, authorIds: string[], title: string, institution: string): Promise<string> {
    const install = this.get(index);
    const research = await install.app.repos.research.create(researchFields(authorIds, { title, institution }));
    install.research.push(research.id);
    return research.id;
  }

  /** A co-author's install: the research is theirs to edit too, once it has reached them. */
  coauthor(index: number, researchId: string): void {
    this.get(index).research.push(researchId);
  }

  async retitle(index: number, researchId: string, title: string): Promise<void> {
    await this.get(index).app.repos.research.update(researchId, { title });
  }

  /**
   * Only what this install's colleague owns: their own profile, or research
   * they share with a colleague once it has reached them (the co-author's
   * concurrent edits become conflicts).
   */
  async edit(index: number, draws: EditDraws): Promise<void> {
    const { app, memberId, research } = this.get(index);
    const shared = research.filter((id) => app.repos.research.find(id));
    if (draws.what < 0.5 || shared.length === 0) await app.repos.members.update(memberId, { team: at(TEAMS, draws.team) });
    else await app.repos.research.update(at(shared, draws.research), { title: `${at(TEAMS, draws.team)}: feedback op stage` });
  }

  /** One sync pass of install `index`; a sync error fails the simulation. */
  async pass(index: number): Promise<PassTally> {
    const started = performance.now();
    const report = await syncPass(this.get(index).app, this.folder());
    if (report.error) throw new Error(`sync error in the simulation: ${report.error.message}`);
    return { read: report.read, conflicts: report.conflicts, suggestions: report.suggestions, skipped: report.skipped.length, ms: performance.now() - started };
  }

  /** A fingerprint of the shared records: equal for two installs that hold the same. */
  stateHash(index: number): string {
    return createHash('sha256').update(sharedState(this.get(index).app)).digest('hex');
  }

  async closeOne(index: number): Promise<void> {
    const install = this.installs.get(index);
    this.installs.delete(index);
    await install?.app.close();
  }

  async closeAll(): Promise<void> {
    for (const index of [...this.installs.keys()]) await this.closeOne(index);
  }
}

type GroupMethod = { [K in keyof InstallGroup]: InstallGroup[K] extends (...args: never[]) => unknown ? K : never }[keyof InstallGroup];

/** A group of installs in this thread or in a worker, called the same way. */
export interface InstallHost {
  call<M extends GroupMethod>(method: M, ...args: Parameters<InstallGroup[M]>): Promise<Awaited<ReturnType<InstallGroup[M]>>>;
  /** Closes every install of the group, and the worker. */
  close(): Promise<void>;
}

/** What a worker is asked, and what it answers. */
export interface GroupRequest {
  id: number;
  method: GroupMethod;
  args: unknown[];
}
export type GroupAnswer = { id: number; value: unknown } | { id: number; error: string };

/** Carries out one request on a group: the same code for the test's thread and a worker. */
export async function answer(group: InstallGroup, { id, method, args }: GroupRequest): Promise<GroupAnswer> {
  try {
    const run = group[method] as (...args: unknown[]) => unknown;
    return { id, value: await run.apply(group, args) };
  } catch (error) {
    return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

export function localHost(root: string): InstallHost {
  const group = new InstallGroup(root);
  let next = 0;
  return {
    async call(method, ...args) {
      const reply = await answer(group, { id: next++, method, args });
      if ('error' in reply) throw new Error(reply.error);
      return reply.value as never;
    },
    close: () => group.closeAll(),
  };
}

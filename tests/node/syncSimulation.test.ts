import { describe, expect, it } from 'vitest';
import { runSimulation } from './helpers/syncSimulation';

/**
 * Schools × installs over one plain folder. `npm test` runs a small one
 * (2 × 5); `npm run test:stress` the full 5 × 100 (SYNC_SIM_SCHOOLS, SYNC_SIM_INSTALLS).
 */
const schools = Number(process.env.SYNC_SIM_SCHOOLS ?? 2);
const perSchool = Number(process.env.SYNC_SIM_INSTALLS ?? 5);
const big = schools * perSchool > 10;
/** Worker threads for the installs (SYNC_SIM_WORKERS): two, as the build machine has two cores; the small run too, so that path is tested. */
const workers = Number(process.env.SYNC_SIM_WORKERS ?? 2);

describe(`sync simulation: ${schools} schools × ${perSchool} installs over one plain folder`, () => {
  it('random edits, random delays, half-written files and conflict copies: every install converges, a newcomer catches up', async () => {
    const result = await runSimulation({
      schools,
      perSchool,
      editRounds: big ? 3 : 6,
      editChance: big ? 0.25 : 0.4,
      seed: Number(process.env.SYNC_SIM_SEED ?? 20260314),
      workers,
      log: big ? (line) => process.stderr.write(`${line}\n`) : undefined,
    });
    process.stderr.write(`sync simulation: ${JSON.stringify(result)}\n`);
    expect(result.converged).toBe(true);
    expect(result.newcomerMatches).toBe(true);
    // Only owners edit: every change is applied (concurrent ones as conflicts to pick from), none is a suggestion.
    expect(result.conflicts).toBeGreaterThan(0);
    expect(result.suggestions).toBe(0);
    // The injections really happened and were survived, not avoided.
    expect(result.halfWritten + result.conflictCopies).toBeGreaterThan(0);
    expect(result.skippedSeen).toBeGreaterThan(0);
  }, big ? 4 * 60 * 60_000 : 120_000);
});

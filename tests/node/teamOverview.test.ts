import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_GROUP } from '../../shared/contract';
import { LEARNING_KINDS, LEARNING_VISIBILITIES } from '../../shared/domain';
import { teamOverview } from '../../main/core/learning/teamOverview';
import { runs } from './helpers/fuzz';

const TEAMS = [
  ['ROC Rijnland', 'Zorg'],
  ['ROC Rijnland', 'Techniek'],
  ['Albeda', 'Zorg'],
  ['Albeda', ''],
] as const;
const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

const entry = fc.record({
  team: fc.constantFrom(...TEAMS),
  contributor: fc.integer({ min: 0, max: 14 }).map((n) => n.toString(16).padStart(32, '0')),
  kind: fc.constantFrom(...LEARNING_KINDS),
  visibility: fc.constantFrom(...LEARNING_VISIBILITIES),
  deleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  date: day,
});
const filter = fc.record({
  team: fc.option(fc.constantFrom('Zorg', 'techniek', ' Zorg '), { nil: undefined }),
  institution: fc.option(fc.constantFrom('ROC Rijnland', 'albeda'), { nil: undefined }),
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
});

describe('the team overview', () => {
  it('never reveals a group of fewer than five contributing teachers, and counts exactly the aggregate entries (property)', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 120 }), filter, (raw, f) => {
        const entries = raw.map((e) => ({ ...e, institution: e.team[0], team: e.team[1] }));
        const period = { from: f.from, to: f.to };
        const overview = teamOverview(entries, { team: f.team, institution: f.institution, period });
        const inScope = entries.filter(
          (e) =>
            !e.deleted &&
            e.visibility === 'aggregaat' &&
            (!f.from || e.date >= f.from) &&
            (!f.to || e.date <= f.to) &&
            (!f.team || e.team.toLowerCase() === f.team.trim().toLowerCase()) &&
            (!f.institution || e.institution.toLowerCase() === f.institution.toLowerCase()),
        );
        for (const row of overview.teams) {
          const group = inScope.filter((e) => e.institution === row.institution && e.team === row.team);
          const teachers = new Set(group.map((e) => e.contributor)).size;
          expect(group.length).toBeGreaterThan(0);
          if (row.suppressed) {
            expect(teachers).toBeLessThan(MIN_GROUP);
            // Nothing but the name of the group: no counts, no totals, not even the number of teachers.
            expect(Object.keys(row).sort()).toEqual(['institution', 'suppressed', 'team']);
          } else {
            expect(teachers).toBeGreaterThanOrEqual(MIN_GROUP);
            expect(row.contributors).toBe(teachers);
            expect(row.total).toBe(group.length);
            for (const kind of LEARNING_KINDS) expect(row.counts[kind]).toBe(group.filter((e) => e.kind === kind).length);
          }
        }
        // Every group with an aggregate entry in scope has a row: none disappears silently.
        expect(overview.teams.length).toBe(new Set(inScope.map((e) => `${e.institution}|${e.team}`)).size);
      }),
      { numRuns: runs(300) },
    );
  });

  it('shows a group at exactly five teachers and hides it at four, whatever the number of entries', () => {
    const of = (teachers: number, each: number) =>
      Array.from({ length: teachers * each }, (_, i) => ({
        institution: 'ROC Rijnland',
        team: 'Zorg',
        contributor: (i % teachers).toString(16).padStart(32, '0'),
        kind: 'bronnen' as const,
        visibility: 'aggregaat' as const,
        deleted: false,
        date: '2026-02-01',
      }));
    expect(teamOverview(of(4, 50)).teams).toEqual([{ institution: 'ROC Rijnland', team: 'Zorg', suppressed: true }]);
    expect(teamOverview(of(5, 1)).teams[0]).toMatchObject({ suppressed: false, contributors: 5, total: 5, counts: { bronnen: 5, congres: 0 } });
    // Private and network-shared entries never count, however many.
    const others = of(10, 1).map((e, i) => ({ ...e, visibility: i % 2 ? ('prive' as const) : ('netwerk' as const) }));
    expect(teamOverview([...of(4, 1), ...others]).teams).toEqual([{ institution: 'ROC Rijnland', team: 'Zorg', suppressed: true }]);
  });
});

import type { Handlers } from '../../../shared/contract';
import { emptyMemberFields, MemberFields, type Member } from '../../../shared/domain';
import { compareBySurname, compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';

type MemberHandlers = Pick<Handlers, 'members:list' | 'members:get' | 'members:save' | 'members:delete' | 'members:facets' | 'plgs:list'>;

/** What an erased profile keeps: nothing personal, only the envelope for merging. */
const ERASED = { ...MemberFields.parse({ ...emptyMemberFields(), name: 'Verwijderd profiel', institution: '-' }) };

export function memberHandlers(app: AppContext): MemberHandlers {
  const members = app.repos.members;
  return {
    async 'members:list'({ institution, offset, limit }) {
      const all = members
        .list()
        .filter((m) => !institution || m.institution === institution)
        .sort(byName);
      return { total: all.length, items: all.slice(offset, offset + limit) };
    },
    async 'members:get'({ id }) {
      return members.get(id);
    },
    async 'members:save'({ id, fields }) {
      return id ? members.update(id, fields) : members.create(fields);
    },
    async 'members:delete'({ id }) {
      await members.remove(id, ERASED);
      if (app.settings.get().meId === id) await app.settings.update({ meId: null });
      return { id };
    },
    async 'members:facets'() {
      const live = members.list();
      const tagCounts = new Map<string, number>();
      for (const m of live) for (const tag of m.expertise) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
      return {
        institutions: unique(live.map((m) => m.institution)),
        teams: unique(live.map((m) => m.team).filter(Boolean)),
        expertise: [...tagCounts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || compareDutch(a.tag, b.tag)),
      };
    },
    async 'plgs:list'() {
      return app.repos.plgs.list().sort((a, b) => compareDutch(a.name, b.name));
    },
  };
}

const byName = (a: Member, b: Member) => compareBySurname(a.name, b.name);
const unique = (values: string[]) => [...new Set(values)].sort(compareDutch);

import type { Handlers } from '../../../shared/contract';
import { MemberFields, type Member } from '../../../shared/domain';
import { compareBySurname, compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';
import { eraseMember } from './privacy';

type MemberHandlers = Pick<Handlers, 'members:list' | 'members:get' | 'members:save' | 'members:delete' | 'members:adoptDemo' | 'members:facets'>;

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
      // An address is one person's: a second profile with it would split their work in two (the HR import matches on it too).
      const email = fields.email.toLowerCase();
      const other = email ? members.list().find((m) => m.id !== id && m.email.toLowerCase() === email) : undefined;
      if (other) {
        throw new ServiceError('invalid_input', `The e-mail address ${fields.email} already belongs to the profile of ${other.name}.`, [
          { path: 'fields.email', code: 'duplicate_email', message: other.name },
        ]);
      }
      return id ? members.update(id, fields) : members.create(fields);
    },
    async 'members:delete'({ id }) {
      // Deleting a profile erases it (services/privacy.ts): no personal data stays behind.
      await eraseMember(app, id);
      return { id };
    },
    async 'members:adoptDemo'({ id }) {
      // A demo profile goes when the demo goes, and its id is the demo's: "me" gets a profile of its own.
      const demo = members.get(id);
      if (!demo.demo) throw new ServiceError('invalid_input', 'Only a demo profile is copied; choose this profile directly.');
      return members.create(MemberFields.parse(Object.fromEntries(Object.keys(MemberFields.shape).map((key) => [key, demo[key as keyof Member]]))));
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
  };
}

const byName = (a: Member, b: Member) => compareBySurname(a.name, b.name);
const unique = (values: string[]) => [...new Set(values)].sort(compareDutch);

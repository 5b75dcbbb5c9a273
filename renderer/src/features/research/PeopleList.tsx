import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersonRef } from '../../../../shared/contract';
import { Avatar } from '../../components/Avatar';

/** Colleagues with their avatar, each linked to their profile; an erased profile shows as such. */
export function PeopleList({ ids, people, label }: { ids: readonly string[]; people: ReadonlyMap<string, PersonRef>; label: string }) {
  const { t } = useTranslation('research');
  return (
    <ul className="people-list" aria-label={label}>
      {ids.map((id) => {
        const person = people.get(id);
        return (
          <li key={id} className="people-list__item">
            {person ? (
              <>
                <Avatar name={person.name} seed={person.id} />
                <span className="people-list__text">
                  <Link href={`/members/${person.id}`}>{person.name}</Link>
                  <span className="people-list__place">{person.institution}</span>
                </span>
              </>
            ) : (
              <span className="muted">{t('people.unknown')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Names in a sentence ("Anna Zwart, Jan van der Berg"), without links: for cards whose title is the link. */
export function namesOf(ids: readonly string[], people: ReadonlyMap<string, PersonRef>, unknown: string): string {
  return ids.map((id) => people.get(id)?.name ?? unknown).join(', ');
}

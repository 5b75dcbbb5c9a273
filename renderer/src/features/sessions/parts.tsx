import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersonRef } from '../../../../shared/contract';

/** A titled part of the session page, with room for its own buttons next to the heading. */
export function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="session__section" aria-labelledby={id}>
      <div className="session__section-header">
        <h2 id={id} className="session__heading">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Colleagues as links to their profiles; a removed profile is named as such. */
export function PersonLinks({ ids, people }: { ids: readonly string[]; people: Map<string, PersonRef> }) {
  const { t } = useTranslation('sessions');
  return (
    <>
      {ids.map((id, index) => {
        const person = people.get(id);
        return (
          <span key={id}>
            {index > 0 && ', '}
            {person ? <Link href={`/members/${id}`}>{person.name}</Link> : t('detail.unknownPerson')}
          </span>
        );
      })}
    </>
  );
}

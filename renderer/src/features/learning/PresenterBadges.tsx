import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRef, SessionDetail } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';
import { Section } from '../sessions/parts';

/** For the organiser of a café: an Open Badge for each presenter, signed by this install. */
export function PresenterBadges({ detail, people }: { detail: SessionDetail; people: Map<string, PersonRef> }) {
  const { t } = useTranslation('learning');
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const presenters = [...new Set(detail.session.programme.flatMap((p) => p.presenterIds))].flatMap((id) => (people.has(id) ? [people.get(id)!] : []));
  if (!detail.myRoles.includes('organiser') || presenters.length === 0) return null;
  const issue = async (person: PersonRef) => {
    setBusy(person.id);
    setFailure(null);
    try {
      await call('badges:issueForSession', { sessionId: detail.session.id, memberId: person.id });
      notify(t('cafe.badgeIssued', { name: person.name }));
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Section id="session-badges" title={t('cafe.badges')}>
      {failure && <ErrorNotice error={failure} />}
      <ul className="plain-list presenter-badges">
        {presenters.map((person) => (
          <li key={person.id}>
            <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void issue(person)}>
              {busy === person.id && <Spinner />}
              {t('cafe.issueBadge', { name: person.name })}
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

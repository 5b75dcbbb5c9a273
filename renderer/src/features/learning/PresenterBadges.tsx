import { useTranslation } from 'react-i18next';
import type { PersonRef, SessionDetail } from '../../../../shared/contract';
import { call } from '../../lib/call';
import { Section } from '../sessions/parts';
import { IssueBadgeButtons } from './IssueBadgeButtons';

/** For the organiser of a café: an Open Badge for each presenter, signed by this install. */
export function PresenterBadges({ detail, people }: { detail: SessionDetail; people: Map<string, PersonRef> }) {
  const { t } = useTranslation('learning');
  const presenters = [...new Set(detail.session.programme.flatMap((p) => p.presenterIds))].flatMap((id) => (people.has(id) ? [people.get(id)!] : []));
  if (!detail.myRoles.includes('organiser') || presenters.length === 0) return null;
  return (
    <Section id="session-badges" title={t('cafe.badges')}>
      <IssueBadgeButtons
        items={presenters.map((person) => ({ id: person.id, label: t('cafe.issueBadge', { name: person.name }), issued: t('cafe.badgeIssued', { name: person.name }) }))}
        issue={(memberId) => call('badges:issueForSession', { sessionId: detail.session.id, memberId })}
      />
    </Section>
  );
}

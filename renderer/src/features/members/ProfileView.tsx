import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Member, Plg } from '../../../../shared/domain';
import { api } from '../../api';
import { useAppInfo } from '../../app/appInfo';
import { Avatar } from '../../components/Avatar';
import { Icon } from '../../components/Icon';
import { RecordPage } from '../../components/RecordPage';
import { formatDateTime } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { profileFor } from '../../../../shared/contract';
import { useViewer } from '../privacy/useViewer';
import { plgPath } from '../plgs/paths';
import { MemberResearch } from '../research/MemberResearch';
import { MemberActions } from '../sessions/MemberActions';
import { ProfileBadges } from '../learning/ProfileBadges';
import { DeleteProfileButton } from './DeleteProfileButton';
import { MemberBadges } from './MemberBadges';
import { RecordNotices } from '../exchange/RecordNotices';
import { Chips, Section as RecordSection } from '../../components/RecordLayout';

/** Opens mail through the OS; the browser preview cannot, so there the browser does. */
async function openMail(address: string) {
  const url = `mailto:${address}`;
  const result = await api.invoke('links:open', { url });
  if (!result.ok || !result.value.opened) window.open(url, '_blank', 'noopener');
}

/** The profile's sections, in its own CSS block. */
const Section = (props: { id: string; title: string; children: ReactNode }) => <RecordSection block="profile" {...props} />;

function Profile({ member: stored, plgs }: { member: Member; plgs: Plg[] }) {
  const { t, i18n } = useTranslation('members');
  const { info } = useAppInfo();
  // Fields the owner keeps from me ("alleen ik", or "eigen instelling" elsewhere) are not shown.
  const member = profileFor(stored, useViewer()).member;
  const isMe = info.settings.meId === member.id;
  const memberPlgs = plgs.filter((p) => member.plgIds.includes(p.id) || p.coordinatorIds.includes(member.id));
  const none = (text: string) => <p className="muted">{text}</p>;

  return (
    <article className="profile">
      <header className="profile__header">
        <Avatar name={member.name} seed={member.id} size="lg" />
        <div className="profile__identity">
          <h1 className="profile__name">
            {member.name} <MemberBadges member={member} isMe={isMe} />
          </h1>
          {member.function && <p className="profile__function">{member.function}</p>}
          <p className="profile__place">{[member.institution, member.team].filter(Boolean).join(' · ')}</p>
          {member.email && (
            <p className="profile__contact">
              <a
                href={`mailto:${member.email}`}
                className="link-with-icon"
                onClick={(event) => {
                  event.preventDefault();
                  void openMail(member.email);
                }}
              >
                <Icon name="mail" />
                {member.email}
              </a>
            </p>
          )}
        </div>
        <div className="profile__actions">
          <Link href={`/members/${member.id}/edit`} className="button button--primary">
            <Icon name="edit" />
            {isMe ? t('profile.editMine') : t('profile.edit')}
          </Link>
          <DeleteProfileButton member={member} />
        </div>
      </header>

      <div className="profile__columns">
        <div className="profile__main">
          <Section id="profile-bio" title={t('profile.bio')}>
            {member.bio ? <p className="profile__bio">{member.bio}</p> : none(t('profile.noBio'))}
          </Section>
          <Section id="profile-expertise" title={t('profile.expertise')}>
            {member.expertise.length ? <Chips items={member.expertise} label={t('profile.expertise')} /> : none(t('profile.noExpertise'))}
          </Section>
          <div className="profile__market">
            <Section id="profile-offers" title={t('profile.offers')}>
              {member.offers.length ? <Chips items={member.offers} label={t('profile.offers')} variant="offer" /> : none(t('profile.noOffers'))}
            </Section>
            <Section id="profile-wants" title={t('profile.wants')}>
              {member.wants.length ? <Chips items={member.wants} label={t('profile.wants')} variant="want" /> : none(t('profile.noWants'))}
            </Section>
          </div>
          <MemberResearch memberId={member.id} isMe={isMe} />
          <MemberActions memberId={member.id} isMe={isMe} />
          <ProfileBadges memberId={member.id} isMe={isMe} />
        </div>
        <aside className="profile__side" aria-label={t('profile.details')}>
          <Section id="profile-degree" title={t('profile.degree')}>
            {member.masterDegree ? (
              <dl className="facts facts--stacked">
                <dt>{t('form.masterDegree.programme.label')}</dt>
                <dd>{member.masterDegree.programme}</dd>
                <dt>{t('form.masterDegree.institute.label')}</dt>
                <dd>{member.masterDegree.institute}</dd>
                <dt>{t('form.masterDegree.year.label')}</dt>
                <dd>{member.masterDegree.year}</dd>
              </dl>
            ) : (
              none(t('profile.noDegree'))
            )}
          </Section>
          <Section id="profile-areas" title={t('profile.areas')}>
            {member.areas.length ? <Chips items={member.areas.map((a) => t(`areas.${a}`))} label={t('profile.areas')} variant="area" /> : none(t('profile.noAreas'))}
          </Section>
          <Section id="profile-roles" title={t('profile.roles')}>
            {member.roles.length ? <Chips items={member.roles.map((r) => t(`roles.${r}`))} label={t('profile.roles')} variant="role" /> : none(t('profile.noRoles'))}
          </Section>
          <Section id="profile-plgs" title={t('profile.plgs')}>
            {memberPlgs.length ? (
              <ul className="plain-list">
                {memberPlgs.map((plg) => (
                  <li key={plg.id}>
                    <Link href={plgPath(plg.id)}>{plg.name}</Link>
                    {plg.coordinatorIds.includes(member.id) && <span className="muted"> · {t('profile.coordinator')}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              none(t('profile.noPlgs'))
            )}
          </Section>
          <p className="profile__meta">
            {t('profile.visibility', { visibility: t(`visibility.${member.visibility}`) })}
            <br />
            {t('profile.updated', { date: formatDateTime(member.updatedAt, i18n.language) })}
          </p>
        </aside>
      </div>
    </article>
  );
}

/** A profile by id, with loading, not-found and error states. */
export function ProfileView({ id }: { id: string }) {
  const { t } = useTranslation('members');
  const profile = useResource(`member:${id}`, async () => {
    const [member, plgs] = await Promise.all([call('members:get', { id }), call('plgs:list')]);
    return { member, plgs };
  });
  usePageTitle(profile.data?.member.name ?? t('profile.loadingTitle'));

  return (
    <RecordPage
      backHref="/members"
      resource={profile}
      notice={<RecordNotices recordId={id} />}
      texts={{
        back: t('profile.backToList'),
        notFoundTitle: t('profile.notFoundTitle'),
        notFoundText: t('profile.notFoundText'),
        errorTitle: t('profile.errorTitle'),
        loadingTitle: t('profile.loadingTitle'),
        loading: t('profile.loading'),
      }}
    >
      {(data) => <Profile member={data.member} plgs={data.plgs} />}
    </RecordPage>
  );
}

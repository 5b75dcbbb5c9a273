import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { useAppInfo } from '../../app/appInfo';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { MemberForm } from './MemberForm';

export function EditProfilePage() {
  const { t } = useTranslation('members');
  const { id = '' } = useParams<{ id: string }>();
  const { info } = useAppInfo();
  const [, navigate] = useLocation();
  const notify = useNotify();
  // The form keeps its own state: a reload after a change elsewhere does not reset what the user typed.
  const member = useResource(`edit:${id}`, () => call('members:get', { id }));
  const isMe = info.settings.meId === id;
  const profilePath = isMe ? '/me' : `/members/${id}`;
  const initial = member.data;
  const title = isMe ? t('edit.titleMine') : t('edit.title', { name: initial?.name ?? '' });
  usePageTitle(title);

  return (
    <div className="page page--narrow">
      <Link href={profilePath} className="back-link">
        <Icon name="back" />
        {t('edit.back')}
      </Link>
      <h1>{title}</h1>
      {member.error && <ErrorNotice error={member.error} onRetry={member.reload} />}
      {!initial && !member.error && <Loading label={t('profile.loading')} />}
      {initial && (
        <MemberForm
          key={initial.id}
          member={initial}
          submitLabel={t('form.save')}
          onCancel={() => navigate(profilePath)}
          onSaved={(saved) => {
            navigate(profilePath);
            notify(t('edit.saved', { name: saved.name }), profilePath);
          }}
        />
      )}
    </div>
  );
}

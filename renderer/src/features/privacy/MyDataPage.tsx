import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { fieldVisibility, type MyDataCounts } from '../../../../shared/contract';
import { PRIVATE_FIELDS, type Member } from '../../../../shared/domain';
import { useAppInfo } from '../../app/appInfo';
import { useNotify } from '../../app/notices';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { HOME_PATH } from '../index';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { saveFile } from '../research/files';
import { PageHeader } from '../../components/PageHeader';

const COUNT_KEYS: (keyof MyDataCounts)[] = ['research', 'questionsAsked', 'answers', 'sessions', 'actions', 'learning', 'pop', 'badges', 'conflicts'];

/** Whether the OS keychain guards the signing key; without it, anyone with the account's files can sign as you. */
function KeyProtection() {
  const { t } = useTranslation('privacy');
  const { info } = useAppInfo();
  const state = info.keyProtected ? 'protected' : 'unprotected';
  return (
    <div className={`notice notice--${info.keyProtected ? 'success' : 'warning'}`} role="status">
      <Icon name={info.keyProtected ? 'key' : 'alert'} />
      <div className="notice__body">
        <p className="notice__title">{t(`key.${state}Title`)}</p>
        <p className="notice__detail">{t(`key.${state}Text`)}</p>
      </div>
    </div>
  );
}

function WhoSeesWhat({ member }: { member: Member }) {
  const { t } = useTranslation('privacy');
  return (
    <section className="card" aria-labelledby="privacy-visibility">
      <h2 id="privacy-visibility">{t('visibilitySection.title')}</h2>
      <p>{t('visibilitySection.lead', { visibility: t(`visibility.${member.visibility}`) })}</p>
      <dl className="facts facts--wide">
        {PRIVATE_FIELDS.map((field) => (
          <Fragment key={field}>
            <dt>{t(`fields.${field}`)}</dt>
            <dd>{t(`visibility.${fieldVisibility(member, field)}`)}</dd>
          </Fragment>
        ))}
      </dl>
      <Link href={`/members/${member.id}/edit`} className="button button--secondary">
        <Icon name="edit" />
        {t('visibilitySection.change')}
      </Link>
    </section>
  );
}

function EraseProfile({ member }: { member: Member }) {
  const { t } = useTranslation('privacy');
  const { reload } = useAppInfo();
  const [, navigate] = useLocation();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const erase = async () => {
    await call('privacy:erase', { memberId: member.id });
    navigate(HOME_PATH, { replace: true });
    notify(t('erase.done'), HOME_PATH);
    reload();
  };
  return (
    <section className="card card--danger" aria-labelledby="privacy-erase">
      <h2 id="privacy-erase">{t('erase.title')}</h2>
      <p>{t('erase.lead')}</p>
      <ul className="plain-list privacy-list">
        <li>{t('erase.here')}</li>
        <li>{t('erase.elsewhere')}</li>
        <li>{t('erase.content')}</li>
        <li>{t('erase.backups')}</li>
      </ul>
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        <Icon name="trash" />
        {t('erase.button')}
      </button>
      <ConfirmDialog open={asking} title={t('erase.confirmTitle')} confirmLabel={t('erase.confirm')} busyLabel={t('erase.busy')} onConfirm={erase} onClose={() => setAsking(false)}>
        <p>{t('erase.confirmText', { name: member.name })}</p>
      </ConfirmDialog>
    </section>
  );
}

/**
 * "Mijn gegevens" (AVG): what this install holds about me, as a JSON file to
 * keep; who sees which profile field; whether my signing key is protected;
 * and erasing my profile.
 */
export function MyDataPage() {
  const { t, i18n } = useTranslation('privacy');
  const { info } = useAppInfo();
  const meId = info.settings.meId ?? '';
  usePageTitle(t('title'));
  const data = useResource(`my-data:${meId}`, async () => {
    const [exported, member] = await Promise.all([call('privacy:export', {}), call('members:get', { id: meId })]);
    return { exported, member };
  });

  return (
    <div className="page page--narrow">
      <PageHeader title={t('title')} lead={t('lead')} />

      <KeyProtection />

      {data.error && <ErrorNotice error={data.error} onRetry={data.reload} />}
      {!data.data && !data.error && <Loading label={t('loading')} />}
      {data.data && (
        <>
          <section className="card" aria-labelledby="privacy-held">
            <h2 id="privacy-held">{t('held.title')}</h2>
            <p>{t('held.lead')}</p>
            <ul className="plain-list privacy-list" aria-label={t('held.title')}>
              <li>{t('held.profile')}</li>
              {COUNT_KEYS.map((key) => (
                <li key={key}>{t(`held.${key}`, { count: data.data!.exported.counts[key], formatted: formatNumber(data.data!.exported.counts[key], i18n.language) })}</li>
              ))}
            </ul>
            <button
              type="button"
              className="button button--primary"
              onClick={() => saveFile({ text: data.data!.exported.text }, 'application/json', data.data!.exported.fileName)}
            >
              <Icon name="download" />
              {t('held.download')}
            </button>
          </section>

          <WhoSeesWhat member={data.data.member} />

          <section className="card" aria-labelledby="privacy-where">
            <h2 id="privacy-where">{t('where.title')}</h2>
            <p>{t('where.local')}</p>
            <p>
              <code className="path">{info.dataDir}</code>
            </p>
            <p>{t('where.bundles')}</p>
            <p>{t('where.backups')}</p>
          </section>

          <EraseProfile member={data.data.member} />
        </>
      )}
    </div>
  );
}

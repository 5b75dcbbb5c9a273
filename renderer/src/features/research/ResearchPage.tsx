import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { isSafeExternalUrl, type ResearchDetail } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { Icon } from '../../components/Icon';
import { Markdown, openExternalLink } from '../../components/Markdown';
import { Chips, EditDeleteActions, RecordColumns, RecordHeader, Section } from '../../components/RecordLayout';
import { RecordPage, recordPageTexts } from '../../components/RecordPage';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { RelatedActivities } from '../activities/RelatedActivities';
import { AttachmentList } from './AttachmentList';
import { CitationExport } from './CitationExport';
import { PeopleList } from './PeopleList';
import { peopleById } from './people';
import { fieldsOfResearch } from './researchForm';
import { RecordNotices } from '../exchange/RecordNotices';

const DOI_PREFIX = 'https://doi.org/';

/** Links show as "DOI 10.1234/…" or their address; they open outside the app. */
function LinkList({ links }: { links: readonly string[] }) {
  const { t } = useTranslation('research');
  return (
    <ul className="plain-list link-list">
      {links.map((link) => (
        <li key={link}>
          {/* A link from an imported bundle may be anything: only https and mailto become clickable (tests/e2e/xss.spec.ts). */}
          {isSafeExternalUrl(link) ? (
            <a
              href={link}
              className="link-with-icon"
              onClick={(event) => {
                event.preventDefault();
                void openExternalLink(link);
              }}
            >
              <Icon name="external" />
              {link.startsWith(DOI_PREFIX) ? t('detail.doi', { doi: link.slice(DOI_PREFIX.length) }) : link}
            </a>
          ) : (
            <span>{link}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function PublishButton({ detail }: { detail: ResearchDetail }) {
  const { t } = useTranslation('research');
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const publish = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await call('research:save', { id: detail.research.id, fields: { ...fieldsOfResearch(detail.research), draft: false } });
      notify(t('draft.published'));
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="notice notice--warning research__draft" role="note">
      <Icon name="info" />
      <div className="notice__body">
        <p className="notice__title">{t('draft.title')}</p>
        <p>{t('draft.text')}</p>
        {failure && <ErrorNotice error={failure} />}
      </div>
      <button type="button" className="button button--primary" onClick={() => void publish()} disabled={busy} aria-busy={busy}>
        {busy && <Spinner />}
        {t('draft.publish')}
      </button>
    </div>
  );
}

function Result({ detail }: { detail: ResearchDetail }) {
  const { t } = useTranslation('research');
  const [confirming, setConfirming] = useState(false);
  const { research } = detail;
  const people = peopleById(detail.people);
  const texts = (['question', 'summary', 'method', 'findings'] as const).filter((key) => research[key].trim());
  const alone = research.authorIds.length + research.partnerIds.length < 2;

  return (
    <article className="research">
      <RecordHeader
        kicker={
          <>
            <span className={`status-pill status-pill--${research.status}`}>{t(`status.${research.status}`)}</span>
            <span>{t(`area.${research.area}`)}</span>
            <span>{t(`initiative.${research.initiative}`)}</span>
            <span>{research.year}</span>
          </>
        }
        title={research.title}
        badges={
          <>
            {research.draft && <span className="badge badge--draft">{t('draft.badge')}</span>}
            {research.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
          </>
        }
        subtitle={research.institution}
        actions={<EditDeleteActions editHref={`/research/${research.id}/edit`} namespace="research" onDelete={() => setConfirming(true)} />}
      />

      {research.draft && <PublishButton detail={detail} />}
      {alone && (
        <p className="nudge">
          <Icon name="users" />
          <span>
            {t('detail.alone')} <Link href={`/research/${research.id}/edit`}>{t('detail.addPeople')}</Link>
          </span>
        </p>
      )}

      <RecordColumns
        main={
          <>
            {texts.length === 0 && <p className="muted">{t('detail.noText')}</p>}
            {texts.map((key) => (
              <Section key={key} id={`research-${key}`} title={t(`labels.${key}`)}>
                <Markdown text={research[key]} />
              </Section>
            ))}
            <RelatedActivities id={research.id} headingId="research-activities" />
          </>
        }
        sideLabel={t('detail.details')}
        side={
          <>
            <Section id="research-authors" title={t('labels.authorIds')}>
              <PeopleList ids={research.authorIds} people={people} label={t('labels.authorIds')} />
            </Section>
            <Section id="research-partners" title={t('labels.partnerIds')}>
              {research.partnerIds.length > 0 ? (
                <PeopleList ids={research.partnerIds} people={people} label={t('labels.partnerIds')} />
              ) : (
                <p className="muted">{t('detail.noPartners')}</p>
              )}
            </Section>
            {(research.publicationType || research.publication) && (
              <Section id="research-publication" title={t('detail.publication')}>
                <dl className="facts facts--stacked">
                  {research.publicationType && (
                    <>
                      <dt>{t('labels.publicationType')}</dt>
                      <dd>{t(`publicationType.${research.publicationType}`)}</dd>
                    </>
                  )}
                  {research.publication && (
                    <>
                      <dt>{t('labels.publication')}</dt>
                      <dd>{research.publication}</dd>
                    </>
                  )}
                </dl>
              </Section>
            )}
            {research.tags.length > 0 && (
              <Section id="research-tags" title={t('labels.tags')}>
                <Chips items={research.tags} label={t('labels.tags')} />
              </Section>
            )}
            {research.links.length > 0 && (
              <Section id="research-links" title={t('labels.links')}>
                <LinkList links={research.links} />
              </Section>
            )}
            <Section id="research-attachments" title={t('detail.attachments')}>
              {research.attachments.length > 0 ? (
                <AttachmentList researchId={research.id} attachments={research.attachments} />
              ) : (
                <p className="muted">{t('detail.noAttachments')}</p>
              )}
            </Section>
            <Section id="research-cite" title={t('cite.title')}>
              <p className="field__hint">{t('cite.hint')}</p>
              <CitationExport ids={[research.id]} label={t('cite.one')} />
            </Section>
          </>
        }
        updatedAt={research.updatedAt}
      />

      <DeleteRecordDialog
        namespace="research"
        open={confirming}
        onClose={() => setConfirming(false)}
        title={research.title}
        remove={() => call('research:delete', { id: research.id })}
        listPath="/research"
      />
    </article>
  );
}

/** One research result, with loading, not-found and error states. */
export function ResearchPage() {
  const { t } = useTranslation('research');
  const { id = '' } = useParams<{ id: string }>();
  const detail = useResource(`research:${id}`, () => call('research:get', { id }));
  usePageTitle(detail.data?.research.title ?? t('detail.loadingTitle'));

  return (
    <RecordPage
      backHref="/research"
      resource={detail}
      notice={<RecordNotices recordId={id} />}
      texts={recordPageTexts(t)}
    >
      {(data) => <Result detail={data} />}
    </RecordPage>
  );
}

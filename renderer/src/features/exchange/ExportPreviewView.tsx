import { useTranslation } from 'react-i18next';
import type { ExportPreview, OverLimit } from '../../../../shared/bundle';
import type { CollectionName } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../i18n/format';
import { formatSize } from '../research/files';

/** The order people think in: the sessions first, then what they refer to. */
export const DISPLAY_ORDER: readonly CollectionName[] = ['sessions', 'research', 'questions', 'members', 'plgs', 'learning', 'pop', 'badges'];

/** A bundle an importer would refuse: which limit it passes, by how much, and what to export instead. */
export function OverLimitNotice({ overLimit }: { overLimit: OverLimit }) {
  const { t, i18n } = useTranslation('exchange');
  const amount = (value: number) => (overLimit.limit === 'entries' ? formatNumber(value, i18n.language) : formatSize(value, i18n.language));
  return (
    <div className="notice notice--error" role="alert">
      <Icon name="alert" />
      <div className="notice__body">
        <p className="notice__title">{t('export.overLimit.title')}</p>
        <p>{t(`export.overLimit.${overLimit.limit}`, { actual: amount(overLimit.actual), max: amount(overLimit.max) })}</p>
        <p>{t('export.overLimit.hint')}</p>
      </div>
    </div>
  );
}

/** What a bundle would carry and, above all, exactly which personal data of whom leaves this computer. */
export function ExportPreviewView({ preview }: { preview: ExportPreview }) {
  const { t, i18n } = useTranslation('exchange');
  const n = (value: number) => formatNumber(value, i18n.language);
  const counts = DISPLAY_ORDER.filter((c) => preview.counts[c] > 0);
  const field = (name: string) => t(`memberFields.${name}`, { defaultValue: name });
  const { left } = preview;
  return (
    <div className="export-preview">
      {preview.overLimit && <OverLimitNotice overLimit={preview.overLimit} />}
      <p className="export-preview__counts">
        {counts.length === 0
          ? t('export.nothing')
          : t('export.contains', { list: counts.map((c) => t(`counts.${c}`, { count: preview.counts[c], formatted: n(preview.counts[c]) })).join(', ') })}
        {preview.attachments.count > 0 && <> {t('export.attachments', { count: preview.attachments.count, size: formatSize(preview.attachments.bytes, i18n.language) })}</>}
      </p>
      {preview.attachments.missing > 0 && (
        <div className="notice notice--warning">
          <Icon name="alert" />
          <p className="notice__body">{t('export.missingAttachments', { count: preview.attachments.missing })}</p>
        </div>
      )}

      {/* Nothing of a bundle over the limits leaves this computer: no list of whose data would. */}
      {!preview.overLimit && (
        <>
          <h3 className="exchange__subheading">{t('export.personalHeading')}</h3>
          {preview.members.length === 0 ? (
            <p className="muted">{t('export.noPersonal')}</p>
          ) : (
            <table className="data-table personal-table">
              <caption className="visually-hidden">{t('export.personalHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('export.person')}</th>
                  <th scope="col">{t('export.included')}</th>
                  <th scope="col">{t('export.withheld')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.members.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      {m.name}
                      <span className="personal-table__place">{m.institution}</span>
                    </th>
                    <td>{m.included.map(field).join(', ')}</td>
                    <td>{m.withheld.length > 0 ? m.withheld.map(field).join(', ') : <span className="muted">{t('export.nothingWithheld')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h3 className="exchange__subheading">{t('export.staysHeading')}</h3>
          {left.members + left.drafts + left.attendeeLists + left.personal === 0 ? (
            <p className="muted">{t('export.staysNothing')}</p>
          ) : (
            <ul className="plain-list stays-list">
              {left.members > 0 && <li>{t('export.staysMembers', { count: left.members })}</li>}
              {left.drafts > 0 && <li>{t('export.staysDrafts', { count: left.drafts })}</li>}
              {left.attendeeLists > 0 && <li>{t('export.staysAttendees', { count: left.attendeeLists })}</li>}
              {left.personal > 0 && <li>{t('export.staysPersonal', { count: left.personal })}</li>}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

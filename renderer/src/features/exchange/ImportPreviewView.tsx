import { useTranslation } from 'react-i18next';
import { CHANGE_KINDS, type ImportPreview } from '../../../../shared/bundle';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { Icon } from '../../components/Icon';
import { formatSize } from '../research/files';
import { fieldLabel } from './ConflictValue';
import { DISPLAY_ORDER } from './ExportPreviewView';
import { SignatureStatus } from './SignatureStatus';

const ITEMS_SHOWN = 100;

/** Everything an import would do, per type of record, before anything is written. */
export function ImportPreviewView({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const { t, i18n } = useTranslation('exchange');
  const n = (value: number) => formatNumber(value, i18n.language);
  const rows = DISPLAY_ORDER.filter((c) => CHANGE_KINDS.some((k) => preview.counts[c][k] > 0));
  const items = [...preview.items].sort((a, b) => CHANGE_KINDS.indexOf(a.change) - CHANGE_KINDS.indexOf(b.change));
  return (
    <div className="import-preview">
      <SignatureStatus signature={preview.signature} />
      <p className="import-preview__facts">
        {t('preview.facts', { file: fileName, date: formatDateTime(preview.createdAt, i18n.language), scope: t(`scope.${preview.scope.kind}`) })}
        {preview.attachments.count > 0 && <> {t('preview.attachments', { count: preview.attachments.count, size: formatSize(preview.attachments.bytes, i18n.language) })}</>}
      </p>

      {rows.length === 0 ? (
        <p className="muted">{t('preview.emptyBundle')}</p>
      ) : (
        <table className="data-table change-table">
          <caption>{t('preview.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('preview.type')}</th>
              {CHANGE_KINDS.map((kind) => (
                <th key={kind} scope="col" className="num">
                  {t(`change.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((collection) => (
              <tr key={collection}>
                <th scope="row">{t(`collections.${collection}`)}</th>
                {CHANGE_KINDS.map((kind) => (
                  <td key={kind} className={`num${preview.counts[collection][kind] > 0 && kind !== 'unchanged' ? ` change--${kind}` : ''}`}>
                    {n(preview.counts[collection][kind])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('preview.total')}</th>
              {CHANGE_KINDS.map((kind) => (
                <td key={kind} className="num">
                  {n(preview.totals[kind])}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}

      {preview.totals.conflicting > 0 && (
        <div className="notice notice--warning">
          <p className="notice__body">{t('preview.conflictsNote', { count: preview.totals.conflicting })}</p>
        </div>
      )}

      {preview.totals.suggested > 0 && (
        <div className="notice notice--info">
          <Icon name="info" />
          <p className="notice__body">{t('preview.suggestionsNote', { count: preview.totals.suggested })}</p>
        </div>
      )}

      {preview.ignored.forged + preview.ignored.relayed > 0 && (
        <div className="notice notice--info">
          <Icon name="info" />
          <p className="notice__body">
            {preview.ignored.forged > 0 && t('preview.forgedNote', { count: preview.ignored.forged })} {preview.ignored.relayed > 0 && t('preview.relayedNote', { count: preview.ignored.relayed })}
          </p>
        </div>
      )}

      {(['attendeesErased', 'attendeesDropped', 'phantomTombstones'] as const).map(
        (note) =>
          preview[note] > 0 && (
            <div key={note} className="notice notice--info">
              <Icon name="info" />
              <p className="notice__body">{t(`preview.${note}`, { count: preview[note] })}</p>
            </div>
          ),
      )}

      {items.length > 0 && (
        <section aria-labelledby="import-preview-items">
          <h2 id="import-preview-items" className="exchange__subheading">
            {t('preview.itemsHeading', { count: items.length })}
          </h2>
          <ul className="change-list">
            {items.slice(0, ITEMS_SHOWN).map((item) => (
              <li key={`${item.collection}/${item.id}`} className="change-list__item">
                <span className={`change-badge change-badge--${item.change}`}>{t(`change.${item.change}`)}</span>
                <span className="change-list__type">{t(`collectionsOne.${item.collection}`)}</span>
                <span className="change-list__title">{item.title}</span>
                {item.fields.length > 0 && (
                  <span className={`change-list__fields change-list__fields--${item.change}`}>
                    {t(`preview.fields.${item.change === 'conflicting' || item.change === 'suggested' ? item.change : 'updated'}`, {
                      fields: item.fields.map((f) => fieldLabel(t, f, i18n.language)).join(', '),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {items.length > ITEMS_SHOWN && <p className="muted">{t('preview.moreItems', { count: items.length - ITEMS_SHOWN })}</p>}
        </section>
      )}
    </div>
  );
}

import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cellOf, chartHeight, chartOption, drawnRows, type ChartSpec } from '../../../../shared/overview/charts';
import { renderChartSvg } from '../../../../shared/overview/chartSvg';
import { formatNumber } from '../../i18n/format';

/** Drawn at the size they are shown at, so their text stays readable: half-width bars, the rest full width. */
const widthOf = (spec: ChartSpec) => (spec.kind === 'bars' ? 560 : 1140);

/**
 * One chart of the overview: the same SVG the PDF embeds, shown as an image
 * (the strict CSP forbids the inline styles a live chart would write), with
 * its data table right under it for screen readers and copying. Where the
 * spec allows it, every number in the table opens the records behind it. A
 * suppressed row (a group under 5 people) says so across its columns.
 */
export function ChartPanel({ spec, title, lead, onOpen, children }: { spec: ChartSpec; title: string; lead?: string; onOpen: (cell: string, label: string) => void; children?: ReactNode }) {
  const { t, i18n } = useTranslation('overview');
  const drawn = drawnRows(spec).length > 0;
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderChartSvg(chartOption(spec), widthOf(spec), chartHeight(spec)))}`, [spec]);
  const headingId = `chart-${spec.id}`;
  const hasHidden = spec.table.rows.some((r) => !r.suppressed && r.values.includes(null));
  const { columnTitles } = spec.table;
  return (
    <section className="overview-chart" aria-labelledby={headingId}>
      <h2 id={headingId} className="overview-chart__title">
        {title}
      </h2>
      {lead && <p className="muted">{lead}</p>}
      {spec.table.rows.length === 0 ? (
        <p className="muted">{t('charts.empty')}</p>
      ) : (
        <>
          {drawn && <img className="overview-chart__image" src={src} alt="" width={widthOf(spec)} height={chartHeight(spec)} />}
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('charts.table', { title })}</caption>
              <thead>
                <tr>
                  <td />
                  {spec.table.columns.map((c, i) => (
                    <th key={c} scope="col" className={columnTitles ? 'data-table__number' : undefined}>
                      {columnTitles ? (
                        <>
                          <abbr title={columnTitles[i]}>{c}</abbr>
                          <span className="visually-hidden"> {columnTitles[i]}</span>
                        </>
                      ) : (
                        c
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {spec.table.rows.map((row, r) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {row.suppressed && (
                      <td colSpan={spec.table.columns.length} className="data-table__suppressed">
                        {t('charts.tooFew')}
                      </td>
                    )}
                    {!row.suppressed && row.values.map((value, c) => (
                      <td key={c} className="data-table__number">
                        {value === null ? (
                          t('charts.hidden')
                        ) : value === 0 || !spec.opensRecords ? (
                          formatNumber(value, i18n.language)
                        ) : (
                          <button
                            type="button"
                            className="link-button"
                            aria-label={t('charts.open', { value: formatNumber(value, i18n.language), row: row.label, column: spec.table.columns[c] })}
                            onClick={() => onOpen(cellOf(spec, r, c), `${row.label} · ${spec.table.columns[c]}`)}
                          >
                            {formatNumber(value, i18n.language)}
                          </button>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {hasHidden && <p className="field__hint">{t('charts.hiddenNote')}</p>}
        </>
      )}
      {children}
    </section>
  );
}

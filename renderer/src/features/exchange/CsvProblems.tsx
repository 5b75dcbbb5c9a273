import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvFileProblem, CsvRowProblem } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';

/**
 * What is wrong with a spreadsheet, in Dutch: the whole file (nothing can be
 * imported), or single rows by their line number (those rows are skipped).
 * Shared by the attendee list and the HR sheet of colleagues.
 */

export function CsvFileProblemNotice({ problem }: { problem: CsvFileProblem }) {
  const { t } = useTranslation('exchange');
  return (
    <div className="notice notice--error" role="alert">
      <Icon name="alert" />
      <div className="notice__body">
        <p className="notice__title">{t(`csv.file.${problem.code}`)}</p>
        <p className="notice__detail">{t('csv.detail', { message: problem.message })}</p>
      </div>
    </div>
  );
}

export function rowProblemText(problem: CsvRowProblem, t: TFunction): string {
  const field = problem.field ? t(`csv.fields.${problem.field}`, { defaultValue: problem.field }) : '';
  return t(`csv.row.${problem.code}`, { field, detail: problem.detail ?? '', reason: problem.reason });
}

/** Skipped rows; with `warning`, rows that are imported but deserve a look. */
export function CsvRowProblems({ problems, warning = false }: { problems: readonly CsvRowProblem[]; warning?: boolean }) {
  const { t } = useTranslation('exchange');
  const headingId = useId();
  if (problems.length === 0) return null;
  return (
    <section className={`csv-problems${warning ? ' csv-problems--warning' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="csv-problems__heading">
        <Icon name="alert" />
        {warning ? t('csv.warningsHeading') : t('csv.problemsHeading', { count: problems.length })}
      </h3>
      <ul className="csv-problems__list">
        {problems.map((problem) => (
          <li key={`${problem.line}-${problem.code}`}>
            <strong>{t('csv.line', { line: problem.line })}</strong> {rowProblemText(problem, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The encoding and unknown columns the reader noticed, so a wrong export setting or a typo is seen. */
export function CsvFileFacts({ encoding, ignoredColumns }: { encoding: string; ignoredColumns: readonly string[] }) {
  const { t } = useTranslation('exchange');
  return (
    <p className="muted csv-facts">
      {t(`csv.encoding.${encoding === 'utf-8' ? 'utf8' : 'windows1252'}`)}
      {ignoredColumns.length > 0 && <> · {t('csv.ignored', { columns: ignoredColumns.join(', ') })}</>}
    </p>
  );
}

import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { MAX_CITATION_FILE_BASE64, type ImportPreview } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, CallFailed, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { FilePicker } from './FilePicker';
import { readAsBase64 } from './files';
import { reasonText, warningText } from './importTexts';
import { peopleById } from './people';
import { showDraftsNext } from './ResearchListPage';

const MAX_BYTES = (MAX_CITATION_FILE_BASE64 / 4) * 3;

interface Picked {
  name: string;
  dataBase64: string;
}

/** A problem with the whole file, worded for people; other failures keep the general error notice. */
function fileProblem(cause: unknown, t: TFunction): string | null {
  if (!(cause instanceof CallFailed)) return null;
  const issue = cause.error.issues?.find((i) => i.path === 'file');
  if (!issue) return null;
  const code = issue.code === 'unknown_format' && /BibTeX/.test(issue.message) ? 'bibtex' : issue.code;
  return t(`import.fileProblems.${code}`, { defaultValue: t('import.fileProblems.other', { detail: issue.message }) });
}

function Preview({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('research');
  const people = peopleById(preview.people);
  const names = (ids: string[]) => ids.map((id) => people.get(id)?.name ?? t('people.unknown')).join(', ');
  return (
    <>
      <section className="card" aria-labelledby="import-entries">
        <h2 id="import-entries">{t('import.entriesTitle', { count: preview.entries.length })}</h2>
        {preview.entries.length === 0 ? (
          <p className="muted">{t('import.noEntries')}</p>
        ) : (
          <ol className="import-list">
            {preview.entries.map((entry) => (
              <li key={entry.entry} className="import-list__item">
                <p className="import-list__title">
                  <span className="import-list__number">{t('import.entry', { entry: entry.entry })}</span> {entry.fields.title}
                </p>
                <p className="import-list__meta">
                  {[entry.fields.year, entry.fields.publicationType && t(`publicationType.${entry.fields.publicationType}`), entry.fields.publication, t('list.by', { names: names(entry.fields.authorIds) })]
                    .filter(Boolean)
                    .join(' · ')}
                  {entry.unmatchedAuthors.length > 0 && ` · ${t('import.unmatched', { names: entry.unmatchedAuthors.join(', ') })}`}
                </p>
                {entry.warnings.length > 0 && (
                  <ul className="import-list__warnings">
                    {entry.warnings.map((w) => (
                      <li key={w}>{warningText(w, t)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {preview.rejected.length > 0 && (
        <section className="card card--warning" aria-labelledby="import-rejected">
          <h2 id="import-rejected">{t('import.rejectedTitle', { count: preview.rejected.length })}</h2>
          <p className="field__hint">{t('import.rejectedHint')}</p>
          <ul className="import-list import-list--rejected">
            {preview.rejected.map((r) => (
              <li key={r.entry} className="import-list__item">
                {t('import.rejectedEntry', { entry: r.entry, reason: reasonText(r.reason, t) })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/**
 * Import references from Zotero and the like (RIS or CSL-JSON): first a
 * preview of what becomes a draft and what is skipped and why, then confirm.
 */
export function ImportPage() {
  const { t } = useTranslation('research');
  const inputId = useId();
  const [, navigate] = useLocation();
  const notify = useNotify();
  usePageTitle(t('import.title'));
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);

  const fail = (cause: unknown) => {
    const text = fileProblem(cause, t);
    if (text) setProblem(text);
    else setFailure(errorOf(cause));
  };

  const onPick = async (file: File) => {
    setPreview(null);
    setProblem(null);
    setFailure(null);
    setPicked(null);
    if (file.size > MAX_BYTES) return setProblem(t('import.fileProblems.too_large', { name: file.name }));
    setBusy('reading');
    try {
      const next = { name: file.name, dataBase64: await readAsBase64(file) };
      setPreview(await call('research:importPreview', { fileName: next.name, dataBase64: next.dataBase64 }));
      setPicked(next);
    } catch (cause) {
      fail(cause);
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (!picked) return;
    setBusy('importing');
    setFailure(null);
    try {
      const result = await call('research:import', { fileName: picked.name, dataBase64: picked.dataBase64 });
      showDraftsNext();
      navigate('/research');
      notify(t('import.done', { count: result.imported.length }), '/research');
    } catch (cause) {
      fail(cause);
    } finally {
      setBusy(null);
    }
  };

  const count = preview?.entries.length ?? 0;
  return (
    <div className="page page--narrow">
      <Link href="/research" className="back-link">
        <Icon name="back" />
        {t('detail.back')}
      </Link>
      <h1>{t('import.title')}</h1>
      <p className="page__lead">{t('import.lead')}</p>

      <section className="card" aria-labelledby="import-file">
        <h2 id="import-file">{t('import.chooseTitle')}</h2>
        <p id={`${inputId}-hint`} className="field__hint">
          {t('import.chooseHint')}
        </p>
        <FilePicker id={inputId} label={t('import.choose')} accept=".ris,.json,.txt" disabled={busy !== null} describedBy={`${inputId}-hint`} onFiles={(files) => void onPick(files[0]!)} />
        {busy === 'reading' && (
          <p className="muted" role="status">
            <Spinner /> {t('import.reading')}
          </p>
        )}
        {problem && (
          <div className="notice notice--error" role="alert">
            <Icon name="alert" />
            <p className="notice__body">{problem}</p>
          </div>
        )}
        {failure && <ErrorNotice error={failure} />}
      </section>

      {preview && picked && (
        <>
          <p className="import-summary" role="status">
            {t('import.summary', { file: picked.name, count, rejected: preview.rejected.length })}
          </p>
          <Preview preview={preview} />
          <div className="form__actions">
            <button type="button" className="button button--secondary" onClick={() => navigate('/research')} disabled={busy !== null}>
              {t('common:actions.cancel')}
            </button>
            <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy !== null || count === 0} aria-busy={busy === 'importing'}>
              {busy === 'importing' && <Spinner />}
              {t('import.confirm', { count })}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

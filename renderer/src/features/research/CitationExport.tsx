import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CITATION_FORMATS, type CitationFormat } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';
import { saveFile } from './files';

interface CitationExportProps {
  /** The results to export; undefined exports every published result. */
  ids?: string[];
  label: string;
}

/** Choose RIS, BibTeX or CSL-JSON and save the file, for Zotero or another reference manager. */
export function CitationExport({ ids, label }: CitationExportProps) {
  const { t } = useTranslation('research');
  const selectId = useId();
  const [format, setFormat] = useState<CitationFormat>('ris');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);

  const exportFile = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const file = await call('research:cite', { format, ...(ids ? { ids } : {}) });
      saveFile({ text: file.text }, file.mediaType, file.fileName);
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="citation-export">
      <label htmlFor={selectId} className="citation-export__label">
        {t('cite.format')}
      </label>
      <div className="citation-export__controls">
        <select id={selectId} value={format} onChange={(e) => setFormat(e.target.value as CitationFormat)}>
          {CITATION_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`cite.formats.${f}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary" onClick={() => void exportFile()} disabled={busy || ids?.length === 0} aria-busy={busy}>
          {busy ? <Spinner /> : <Icon name="download" />}
          {label}
        </button>
      </div>
      {failure && <ErrorNotice error={failure} />}
    </div>
  );
}

import { useTranslation } from 'react-i18next';

/** A field's value as text: lists joined, nothing as "(leeg)". */
export function ValueText({ value }: { value: unknown }) {
  const { t } = useTranslation('exchange');
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <span className="muted">{t('conflicts.empty')}</span>;
  if (typeof value === 'boolean') return <>{value ? t('conflicts.yes') : t('conflicts.no')}</>;
  if (typeof value === 'string' || typeof value === 'number') return <span className="conflict__text">{String(value)}</span>;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return <>{value.join(', ')}</>;
  return <code className="conflict__json">{JSON.stringify(value, null, 1)}</code>;
}


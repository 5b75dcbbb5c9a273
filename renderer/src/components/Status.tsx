import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { Icon } from './Icon';

export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** A polite live region so screen readers hear that something is on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner />
      <span>{label ?? t('loading')}</span>
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <Icon name="sparkle" className="empty-state__icon" />
      <p className="empty-state__title">{title}</p>
      {children && <p className="empty-state__text">{children}</p>}
      {action}
    </div>
  );
}

/** What went wrong, in words a user can act on, with a retry where that helps. */
export function ErrorNotice({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <Icon name="alert" />
      <div className="notice__body">
        <p className="notice__title">{t(`errors.${error.code}`, { defaultValue: t('errors.internal') })}</p>
        <p className="notice__detail">{t('errors.detail', { message: error.message })}</p>
      </div>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}

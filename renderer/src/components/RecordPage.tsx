import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Resource } from '../lib/useResource';
import { Icon } from './Icon';
import { ErrorNotice, Loading } from './Status';

export interface RecordPageTexts {
  back: string;
  notFoundTitle: string;
  notFoundText: string;
  errorTitle: string;
  /** The (visually hidden) heading while the record loads. */
  loadingTitle: string;
  loading: string;
}

/** A page's texts from a feature's usual keys: `<group>.back`, `.notFoundTitle`, `.notFoundText`, `.errorTitle`, `.loadingTitle`, `.loading`. */
export const recordPageTexts = (t: TFunction, group = 'detail'): RecordPageTexts => ({
  back: t(`${group}.back`),
  notFoundTitle: t(`${group}.notFoundTitle`),
  notFoundText: t(`${group}.notFoundText`),
  errorTitle: t(`${group}.errorTitle`),
  loadingTitle: t(`${group}.loadingTitle`),
  loading: t(`${group}.loading`),
});

/**
 * A page for one record by id: a back link, then the record, or why it is not
 * there. An id that does not parse reads as "not found" to a user.
 */
export function RecordPage<T>({
  backHref,
  texts,
  resource,
  notice,
  children,
}: {
  backHref: string;
  texts: RecordPageTexts;
  resource: Resource<T>;
  /** Shown above the record, or above "not found" (a pending conflict, for one). */
  notice?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { data, error, reload } = resource;
  return (
    <div className="page">
      <Link href={backHref} className="back-link">
        <Icon name="back" />
        {texts.back}
      </Link>
      {data ? (
        <>
          {notice}
          {children(data)}
        </>
      ) : error?.code === 'not_found' || error?.code === 'invalid_input' ? (
        <>
          {/* A record deleted here may still wait on a conflict (deleted here, edited elsewhere). */}
          {notice}
          <h1>{texts.notFoundTitle}</h1>
          <p>{texts.notFoundText}</p>
        </>
      ) : error ? (
        <>
          <h1>{texts.errorTitle}</h1>
          <ErrorNotice error={error} onRetry={reload} />
        </>
      ) : (
        <>
          <h1 className="visually-hidden">{texts.loadingTitle}</h1>
          <Loading label={texts.loading} />
        </>
      )}
    </div>
  );
}

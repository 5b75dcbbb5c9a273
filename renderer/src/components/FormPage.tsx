import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { usePageTitle } from '../lib/usePageTitle';
import type { Resource } from '../lib/useResource';
import { Icon } from './Icon';
import { ErrorNotice, Loading } from './Status';

/** A narrow page around one form (new or edit), with a way back and its title as the window title. */
export function FormPage({
  backHref,
  backLabel,
  title,
  lead,
  children,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <div className="page page--narrow">
      <Link href={backHref} className="back-link">
        <Icon name="back" />
        {backLabel}
      </Link>
      <h1>{title}</h1>
      {lead && <p className="page__lead">{lead}</p>}
      {children}
    </div>
  );
}

/** What a form is filled with once it has loaded; until then a spinner, or why it did not load. */
export function WhenLoaded<T>({
  resource,
  loadingLabel,
  children,
}: {
  resource: Resource<T>;
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}) {
  if (resource.error) return <ErrorNotice error={resource.error} onRetry={resource.reload} />;
  if (resource.data === undefined) return <Loading label={loadingLabel} />;
  return children(resource.data);
}

import type { ReactNode } from 'react';

/** The top of a list page: its heading, a line about it, and its buttons. */
export function PageHeader({ title, lead, actions }: { title: string; lead?: string; actions?: ReactNode }) {
  return (
    <header className="page__header">
      <div>
        <h1>{title}</h1>
        {lead && <p className="page__lead">{lead}</p>}
      </div>
      {actions && <div className="page__actions">{actions}</div>}
    </header>
  );
}

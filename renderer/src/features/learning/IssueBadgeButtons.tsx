import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GoalBadgeBlock } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { ErrorNotice, Spinner } from '../../components/Status';
import { errorOf } from '../../lib/call';

export interface BadgeToIssue {
  id: string;
  /** The button's text, e.g. "Badge uitreiken aan Sanne de Vries". */
  label: string;
  /** Said once it is issued. */
  issued: string;
}

/**
 * One button per badge this install can issue (a café's presenters, a
 * colleague's reached POP goals): signs it, says so, and names what stood in
 * the way — in Dutch where the service gave a reason the UI knows.
 */
export function IssueBadgeButtons({ items, issue }: { items: BadgeToIssue[]; issue: (id: string) => Promise<unknown> }) {
  const { t } = useTranslation('learning');
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const run = async (item: BadgeToIssue) => {
    setBusy(item.id);
    setFailure(null);
    try {
      await issue(item.id);
      notify(item.issued);
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(null);
    }
  };
  const block = GoalBadgeBlock.safeParse(failure?.issues?.[0]?.code);
  return (
    <>
      {failure && block.success && (
        <p className="notice notice--warning" role="alert">
          {t(`badges.blocked.${block.data}`)}
        </p>
      )}
      {failure && !block.success && <ErrorNotice error={failure} />}
      <ul className="plain-list presenter-badges">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void run(item)}>
              {busy === item.id && <Spinner />}
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

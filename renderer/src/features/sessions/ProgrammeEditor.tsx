import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersonRef, ProgrammeItemInput, SessionDetail } from '../../../../shared/contract';
import type { ProgrammeItem } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { Icon } from '../../components/Icon';
import { EmptyState, ErrorNotice } from '../../components/Status';
import { formatNumber, formatWallClock } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { PersonLinks, Section } from './parts';
import { ProgrammeItemForm } from './ProgrammeItemForm';

type Editing = { kind: 'new' } | { kind: 'item'; id: string } | null;

function RunningTotal({ total, duration }: { total: number; duration: number }) {
  const { t, i18n } = useTranslation('sessions');
  const n = (value: number) => formatNumber(value, i18n.language);
  const state = total > duration ? 'over' : total === duration ? 'exact' : 'left';
  return (
    <p className={`programme__total programme__total--${state}`} aria-live="polite">
      <strong>{t('programme.total', { total: n(total), duration: n(duration) })}</strong>{' '}
      {state === 'over' && t('programme.over', { count: total - duration, formatted: n(total - duration) })}
      {state === 'exact' && t('programme.exact')}
      {state === 'left' && t('programme.left', { count: duration - total, formatted: n(duration - total) })}
    </p>
  );
}

/**
 * The programme in order. Items move with up and down buttons (the keyboard
 * focus stays on the moved item's button), are edited in place, and every
 * change saves the whole list at once, so the order on disk is what you see.
 */
export function ProgrammeEditor({ detail, people, onSaved }: { detail: SessionDetail; people: Map<string, PersonRef>; onSaved: () => void }) {
  const { t, i18n } = useTranslation('sessions');
  const { session } = detail;
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // The button to focus once the saved programme is back on screen.
  const focusTarget = useRef<{ id: string; order: string | null } | null>(null);
  const choices = useResource(editing ? 'session-choices' : 'session-choices:idle', () => (editing ? call('sessions:choices') : Promise.resolve(undefined)));
  const programme = session.programme;
  const total = programme.reduce((sum, item) => sum + item.minutes, 0);
  const titleOf = new Map([...detail.research, ...detail.questions].map((r) => [r.id, r.title]));

  useEffect(() => {
    const wanted = focusTarget.current;
    // Only once the list on screen is the saved one: moving a focused element in the page would drop its focus.
    if (!wanted || busy || (wanted.order !== null && wanted.order !== programme.map((p) => p.id).join())) return;
    focusTarget.current = null;
    const id = wanted.id;
    const target = document.getElementById(id) as HTMLButtonElement | null;
    // A button at the end of the list is disabled after the move: focus its neighbour instead.
    if (target && !target.disabled) target.focus();
    else document.getElementById(id.replace(/-(up|down)$/, (_, d: string) => (d === 'up' ? '-down' : '-up')))?.focus();
  }, [programme, busy]);

  const save = async (next: ProgrammeItemInput[], focus?: string, order: string | null = null) => {
    setBusy(true);
    setError(null);
    try {
      await call('sessions:saveProgramme', { id: session.id, programme: next });
      setEditing(null);
      onSaved();
      if (focus) focusTarget.current = { id: focus, order };
    } catch (cause) {
      setError(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...programme];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    void save(next, `programme-${item!.id}-${by < 0 ? 'up' : 'down'}`, next.map((p) => p.id).join());
  };
  const remove = (index: number) => void save(programme.filter((_, i) => i !== index), programme.length > 1 ? undefined : 'programme-add');

  const ends = programme.reduce<number[]>((list, item) => [...list, (list.at(-1) ?? 0) + item.minutes], []);
  const slots = programme.map((item, index) => {
    const end = ends[index]!;
    return `${formatWallClock(session.start, i18n.language, end - item.minutes)}–${formatWallClock(session.start, i18n.language, end)}`;
  });

  const itemView = (item: ProgrammeItem, index: number) => (
    <li key={item.id} className="programme__item">
      <span className="programme__slot">{slots[index]}</span>
      <div className="programme__body">
        <p className="programme__title">
          <span className={`kind kind--${item.kind}`}>{t(`kinds.${item.kind}`)}</span> {item.title}
        </p>
        <p className="programme__meta">
          {t('programme.minutesShort', { count: item.minutes, formatted: formatNumber(item.minutes, i18n.language) })}
          {item.presenterIds.length > 0 && (
            <>
              {' · '}
              {t('programme.by')} <PersonLinks ids={item.presenterIds} people={people} />
            </>
          )}
        </p>
        {(item.researchIds.length > 0 || item.questionIds.length > 0) && (
          <ul className="programme__links" aria-label={t('programme.linked')}>
            {item.researchIds.map((id) => (
              <li key={id}>
                <Icon name="book" />
                {titleOf.has(id) ? <Link href={`/research/${id}`}>{titleOf.get(id)}</Link> : <span className="muted">{t('programme.missingLink')}</span>}
              </li>
            ))}
            {item.questionIds.map((id) => (
              <li key={id}>
                <Icon name="question" />
                {titleOf.has(id) ? <Link href={`/questions/${id}`}>{titleOf.get(id)}</Link> : <span className="muted">{t('programme.missingLink')}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="programme__tools">
        <button
          type="button"
          id={`programme-${item.id}-up`}
          className="icon-button"
          disabled={busy || index === 0}
          onClick={() => move(index, -1)}
          aria-label={t('programme.up', { title: item.title })}
        >
          <Icon name="arrowUp" />
        </button>
        <button
          type="button"
          id={`programme-${item.id}-down`}
          className="icon-button"
          disabled={busy || index === programme.length - 1}
          onClick={() => move(index, 1)}
          aria-label={t('programme.down', { title: item.title })}
        >
          <Icon name="arrowDown" />
        </button>
        <button type="button" className="icon-button" disabled={busy} onClick={() => setEditing({ kind: 'item', id: item.id })} aria-label={t('programme.edit', { title: item.title })}>
          <Icon name="edit" />
        </button>
        <button type="button" className="icon-button icon-button--danger" disabled={busy} onClick={() => remove(index)} aria-label={t('programme.remove', { title: item.title })}>
          <Icon name="trash" />
        </button>
      </div>
    </li>
  );

  return (
    <Section
      id="session-programme"
      title={t('programme.heading')}
      actions={
        editing === null && (
          <button type="button" id="programme-add" className="button button--secondary" onClick={() => setEditing({ kind: 'new' })}>
            <Icon name="plus" />
            {t('programme.add')}
          </button>
        )
      }
    >
      {programme.length > 0 && <RunningTotal total={total} duration={session.minutes} />}
      {error && <ErrorNotice error={error} />}
      {programme.length === 0 && editing === null && (
        <EmptyState title={t('programme.emptyTitle')}>{t('programme.emptyText')}</EmptyState>
      )}
      {programme.length > 0 && (
        <ol className="programme" aria-label={t('programme.heading')}>
          {programme.map((item, index) =>
            editing?.kind === 'item' && editing.id === item.id ? (
              <li key={item.id} className="programme__item programme__item--editing">
                <ProgrammeItemForm
                  item={item}
                  choices={choices.data}
                  busy={busy}
                  onCancel={() => setEditing(null)}
                  onSave={(changed) => void save(programme.map((p) => (p.id === item.id ? { ...changed, id: item.id } : p)), `programme-${item.id}-up`)}
                />
              </li>
            ) : (
              itemView(item, index)
            ),
          )}
        </ol>
      )}
      {editing?.kind === 'new' && (
        <ProgrammeItemForm item={null} choices={choices.data} busy={busy} onCancel={() => setEditing(null)} onSave={(item) => void save([...programme, item], 'programme-add')} />
      )}
    </Section>
  );
}

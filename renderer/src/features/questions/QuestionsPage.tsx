import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QUESTION_VIEWS, type QuestionView } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';
import { ShowMore } from '../../components/ShowMore';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { useSessionState } from '../../lib/useSessionState';
import { peopleById } from '../research/people';
import { QuestionRow } from './QuestionRow';
import { PageHeader } from '../../components/PageHeader';

const PAGE = 30;

/** The vraagbank: open questions, my questions, what I answered, and who has waited longest. */
export function QuestionsPage() {
  const { t, i18n } = useTranslation('questions');
  usePageTitle(t('list.title'));
  const [stored, setView] = useSessionState('questions.view', 'open');
  const view = (QUESTION_VIEWS as readonly string[]).includes(stored) ? (stored as QuestionView) : 'open';
  const [count, setCount] = useState(PAGE);
  const list = useResource(`questions:${view}:${count}`, () => call('questions:list', { view, limit: count }), { keepWithin: `questions:${view}` });
  const page = list.data;
  const people = peopleById(page?.people ?? []);
  const choose = (next: QuestionView) => {
    setView(next);
    setCount(PAGE);
  };

  const ask = (
    <Link href="/questions/new" className="button button--primary">
      <Icon name="plus" />
      {t('list.ask')}
    </Link>
  );

  return (
    <div className="page">
      <PageHeader title={t('list.title')} lead={t('list.lead')} actions={ask} />

      <div className="segmented" role="group" aria-label={t('list.views')}>
        {QUESTION_VIEWS.map((name) => (
          <button key={name} type="button" aria-pressed={view === name} className="segmented__option" onClick={() => choose(name)}>
            {t(`views.${name}`)}
          </button>
        ))}
      </div>

      {page && page.total > 0 && (
        <p className="list-count" aria-live="polite">
          {t('list.count', { count: page.total, formatted: formatNumber(page.total, i18n.language) })}
        </p>
      )}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!page && !list.error && <Loading label={t('list.loading')} />}
      {page && page.total === 0 && (
        <EmptyState
          title={t(`empty.${view}.title`)}
          action={
            view === 'answeredByMe' || view === 'unansweredLongest' ? (
              <button type="button" className="button button--secondary" onClick={() => choose('open')}>
                {t('empty.toOpen')}
              </button>
            ) : (
              ask
            )
          }
        >
          {t(`empty.${view}.text`)}
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <>
          <ul className="question-list" aria-label={t(`views.${view}`)}>
            {page.items.map((question) => (
              <li key={question.id}>
                <QuestionRow question={question} people={people} />
              </li>
            ))}
          </ul>
          <ShowMore
            t={t}
            language={i18n.language}
            shown={page.items.length}
            total={page.total}
            loading={list.loading}
            onMore={() => setCount(count + PAGE)}
          />
        </>
      )}
    </div>
  );
}

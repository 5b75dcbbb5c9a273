import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { PersonRef, QuestionDetail } from '../../../../shared/contract';
import type { Answer, Question } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { useAppInfo } from '../../app/appInfo';
import { useNotify } from '../../app/notices';
import { Avatar } from '../../components/Avatar';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { Icon } from '../../components/Icon';
import { Markdown } from '../../components/Markdown';
import { RecordPage } from '../../components/RecordPage';
import { ErrorNotice, Spinner } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { peopleById } from '../research/people';
import { AnswerForm } from './AnswerForm';
import { HelpersPanel } from './HelpersPanel';
import { RecordNotices } from '../exchange/RecordNotices';
import { RelatedActivities } from '../activities/RelatedActivities';
import { Chips } from '../../components/RecordLayout';

/** A change by the asker (accept, close, reopen): busy state and error per button group. */
function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const run = async (name: string, action: () => Promise<unknown>) => {
    setBusy(name);
    setFailure(null);
    try {
      await action();
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(null);
    }
  };
  return { busy, failure, run };
}

function Person({ id, people }: { id: string; people: ReadonlyMap<string, PersonRef> }) {
  const { t } = useTranslation('questions');
  const person = people.get(id);
  return person ? <Link href={`/members/${person.id}`}>{person.name}</Link> : <span>{t('people.unknown')}</span>;
}

function AnswerItem({ question, answer, people, isAsker }: { question: Question; answer: Answer; people: ReadonlyMap<string, PersonRef>; isAsker: boolean }) {
  const { t, i18n } = useTranslation('questions');
  const { busy, failure, run } = useAction();
  const accepted = question.acceptedAnswerId === answer.id;
  const person = people.get(answer.authorId);
  return (
    <article className={`answer${accepted ? ' answer--accepted' : ''}`} aria-labelledby={`answer-${answer.id}`}>
      <header className="answer__header">
        <Avatar name={person?.name ?? '?'} seed={answer.authorId} />
        <p id={`answer-${answer.id}`} className="answer__who">
          <Person id={answer.authorId} people={people} />
          <span className="answer__date">{formatDateTime(answer.createdAt, i18n.language)}</span>
        </p>
        {accepted && (
          <span className="answer__accepted">
            <Icon name="check" />
            {t('thread.accepted')}
          </span>
        )}
      </header>
      <Markdown text={answer.body} className="answer__body" />
      {isAsker && question.status !== 'gesloten' && (
        <div className="answer__actions">
          {accepted ? (
            <button type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => void run('undo', () => call('questions:accept', { questionId: question.id, answerId: null }))}>
              {busy && <Spinner />}
              {t('thread.unaccept')}
            </button>
          ) : (
            <button type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => void run('accept', () => call('questions:accept', { questionId: question.id, answerId: answer.id }))}>
              {busy ? <Spinner /> : <Icon name="check" />}
              {t('thread.accept')}
            </button>
          )}
        </div>
      )}
      {failure && <ErrorNotice error={failure} />}
    </article>
  );
}

function Thread({ detail }: { detail: QuestionDetail }) {
  const { t, i18n } = useTranslation('questions');
  const { info } = useAppInfo();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const { busy, failure, run } = useAction();
  const { question } = detail;
  const people = peopleById(detail.people);
  const isAsker = question.authorId === info.settings.meId;
  const closed = question.status === 'gesloten';
  // The accepted answer first, then the others as they came in.
  const answers = [...question.answers].sort((a, b) => Number(b.id === question.acceptedAnswerId) - Number(a.id === question.acceptedAnswerId));

  return (
    <div className="thread">
      <article className="thread__question">
        <header className="thread__header">
          <p className="research__kicker">
            <span className={`status-pill status-pill--${question.status}`}>{t(`status.${question.status}`)}</span>
            {question.area && <span>{t(`research:area.${question.area}`)}</span>}
          </p>
          <h1 className="thread__title">
            {question.title}
            {question.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
          </h1>
          <p className="thread__asker">
            <Avatar name={people.get(question.authorId)?.name ?? '?'} seed={question.authorId} />
            <span>
              {t('thread.askedBy')} <Person id={question.authorId} people={people} />
              <span className="answer__date">{formatDateTime(question.createdAt, i18n.language)}</span>
            </span>
          </p>
        </header>
        {question.body.trim() ? <Markdown text={question.body} className="thread__body" /> : <p className="muted">{t('thread.noBody')}</p>}
        {question.tags.length > 0 && (
          <Chips items={question.tags} label={t('labels.tags')} />
        )}
        {isAsker && (
          <div className="thread__actions">
            <Link href={`/questions/${question.id}/edit`} className="button button--secondary button--small">
              <Icon name="edit" />
              {t('thread.edit')}
            </Link>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={busy !== null}
              onClick={() => void run('status', () => call('questions:setStatus', { id: question.id, status: closed ? 'open' : 'gesloten' }))}
            >
              {busy && <Spinner />}
              {closed ? t('thread.reopen') : t('thread.close')}
            </button>
            <button type="button" className="button button--danger-quiet button--small" onClick={() => setConfirming(true)}>
              <Icon name="trash" />
              {t('thread.delete')}
            </button>
          </div>
        )}
        {failure && <ErrorNotice error={failure} />}
      </article>

      <div className="thread__columns">
        <div className="thread__main">
          <section aria-labelledby="answers-title">
            <h2 id="answers-title">{t('thread.answers', { count: answers.length })}</h2>
            {answers.length === 0 && <p className="muted thread__none">{isAsker ? t('thread.noAnswersMine') : t('thread.noAnswers')}</p>}
            {isAsker && answers.length > 0 && !question.acceptedAnswerId && !closed && <p className="field__hint">{t('thread.acceptHint')}</p>}
            <ol className="answers">
              {answers.map((answer) => (
                <li key={answer.id}>
                  <AnswerItem question={question} answer={answer} people={people} isAsker={isAsker} />
                </li>
              ))}
            </ol>
          </section>
          {closed ? (
            <div className="notice notice--warning" role="note">
              <Icon name="info" />
              <p className="notice__body">{t('thread.closed')}</p>
            </div>
          ) : (
            <AnswerForm questionId={question.id} onAnswered={() => notify(t('answer.done'))} />
          )}
          <RelatedActivities id={question.id} headingId="question-activities" />
        </div>
        {question.status === 'open' && (
          <aside className="thread__side" aria-label={t('helpers.title')}>
            <HelpersPanel questionId={question.id} />
          </aside>
        )}
      </div>

      <DeleteRecordDialog
        namespace="questions"
        open={confirming}
        onClose={() => setConfirming(false)}
        title={question.title}
        remove={() => call('questions:delete', { id: question.id })}
        listPath="/questions"
      />
    </div>
  );
}

/** One question with its answers, with loading, not-found and error states. */
export function QuestionPage() {
  const { t } = useTranslation('questions');
  const { id = '' } = useParams<{ id: string }>();
  const detail = useResource(`question:${id}`, () => call('questions:get', { id }));
  usePageTitle(detail.data?.question.title ?? t('thread.loadingTitle'));
  return (
    <RecordPage
      backHref="/questions"
      resource={detail}
      notice={<RecordNotices recordId={id} />}
      texts={{
        back: t('thread.back'),
        notFoundTitle: t('thread.notFoundTitle'),
        notFoundText: t('thread.notFoundText'),
        errorTitle: t('thread.errorTitle'),
        loadingTitle: t('thread.loadingTitle'),
        loading: t('thread.loading'),
      }}
    >
      {(data) => <Thread detail={data} />}
    </RecordPage>
  );
}

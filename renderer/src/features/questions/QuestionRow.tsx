import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersonRef } from '../../../../shared/contract';
import type { Question } from '../../../../shared/domain';
import { formatDate } from '../../i18n/format';
import { Chips } from '../../components/RecordLayout';

const SHOWN_TAGS = 4;

/** One question in a list: its title is the link; status, answers, asker and date around it. */
export function QuestionRow({ question, people }: { question: Question; people: ReadonlyMap<string, PersonRef> }) {
  const { t, i18n } = useTranslation('questions');
  const asker = people.get(question.authorId)?.name ?? t('people.unknown');
  return (
    <article className="question-row">
      <div className={`question-row__count${question.acceptedAnswerId ? ' question-row__count--accepted' : ''}`}>
        <span className="question-row__number">{question.answers.length}</span>
        <span className="question-row__label">{t('list.answers', { count: question.answers.length })}</span>
      </div>
      <div className="question-row__body">
        <h2 className="question-row__title">
          <Link href={`/questions/${question.id}`}>{question.title}</Link>
          {question.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
        </h2>
        <p className="question-row__meta">
          <span className={`status-pill status-pill--${question.status}`}>{t(`status.${question.status}`)}</span>
          {question.area && <span>{t(`research:area.${question.area}`)}</span>}
          <span>{t('list.askedBy', { name: asker, date: formatDate(question.createdAt, i18n.language) })}</span>
        </p>
        {question.tags.length > 0 && (
          <Chips items={question.tags.slice(0, SHOWN_TAGS)} label={t('labels.tags')} />
        )}
      </div>
    </article>
  );
}

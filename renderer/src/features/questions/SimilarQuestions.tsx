import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Icon } from '../../components/Icon';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';

const WAIT_MS = 250;
const MIN_LENGTH = 6;

/** The title as it was a moment ago: asking on every key press would only flicker. */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), WAIT_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * While a question's title is typed: questions that look like it, answered
 * ones first, with the words they share — so a colleague finds the answer
 * that is already there instead of asking twice.
 */
export function SimilarQuestions({ title, excludeId }: { title: string; excludeId?: string }) {
  const { t } = useTranslation('questions');
  const settled = useSettled(title.trim());
  const similar = useResource(`similar:${settled}`, () =>
    settled.length < MIN_LENGTH ? Promise.resolve([]) : call('questions:similar', { title: settled, ...(excludeId ? { excludeId } : {}) }),
  );
  const items = similar.data ?? [];
  return (
    <div className="similar" aria-live="polite">
      {items.length > 0 && (
        <section className="similar__box" aria-labelledby="similar-title">
          <h3 id="similar-title" className="similar__title">
            <Icon name="info" />
            {t('similar.title')}
          </h3>
          <p className="similar__hint">{t('similar.hint')}</p>
          <ul className="similar__list">
            {items.map((q) => (
              <li key={q.id}>
                <Link href={`/questions/${q.id}`}>{q.title}</Link>
                <span className="similar__meta">
                  <span className={`status-pill status-pill--${q.status}`}>{t(`status.${q.status}`)}</span>
                  {t('list.answerCount', { count: q.answerCount })} · {t('similar.shared', { words: q.sharedWords.join(', ') })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

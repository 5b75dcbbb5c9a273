import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SearchResult } from '../../../../shared/search/schema';
import { Icon } from '../../components/Icon';
import { Highlighted } from './Highlighted';
import { iconOf, recordPath } from './recordTypes';

/** One result on the results page: title and snippet with the matched words marked, and why it was found. */
export function ResultItem({ result }: { result: SearchResult }) {
  const { t } = useTranslation('search');
  const path = recordPath(result.type, result.id);
  const title = <Highlighted text={result.title} ranges={result.highlights.title} />;
  return (
    <li className="result">
      <span className="result__icon">
        <Icon name={iconOf(result.type)} />
      </span>
      <div className="result__body">
        <h3 className="result__title">
          {path ? <Link href={path}>{title}</Link> : title}
          {result.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
        </h3>
        {result.snippet && (
          <p className="result__snippet">
            <Highlighted text={result.snippet} ranges={result.highlights.snippet} />
          </p>
        )}
        {result.why.length > 0 && (
          <p className="result__why">
            <span className="result__why-label">{t('results.why')}</span> <WhyText why={result.why} />
          </p>
        )}
      </div>
    </li>
  );
}

/** "expertise: formatief (spelfout verbeterd) · titel: BPV (synoniem)", one entry per field. */
function WhyText({ why }: { why: SearchResult['why'] }) {
  const { t } = useTranslation('search');
  const byField = new Map<string, { words: Set<string>; via: Set<string> }>();
  for (const reason of why) {
    const entry = byField.get(reason.field) ?? byField.set(reason.field, { words: new Set(), via: new Set() }).get(reason.field)!;
    for (const word of reason.words) entry.words.add(word);
    if (reason.via !== 'exact') entry.via.add(reason.via);
  }
  const parts = [...byField].map(([field, { words, via }]) => {
    const how = [...via].map((v) => t(`via.${v}`)).join(', ');
    return t(how ? 'results.whyFieldVia' : 'results.whyField', { field: t(`fields.${field}`, { defaultValue: field }), words: [...words].join(', '), how });
  });
  return <>{parts.join(' · ')}</>;
}

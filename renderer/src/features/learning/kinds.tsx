import { useTranslation } from 'react-i18next';
import { LEARNING_KIND_TABLE, type LearningKind } from '../../../../shared/domain';

const numberOf = new Map(LEARNING_KIND_TABLE.map((k) => [k.code, k.number]));

/** `5. Experimenteren en innoveren`: the study's number and the label in the UI language. */
export function useKindLabel() {
  const { t } = useTranslation('learning');
  return (kind: LearningKind) => `${numberOf.get(kind)}. ${t(`kinds.${kind}`)}`;
}

/** The eleven kinds as options, informal and formal in their own groups. */
export function KindOptions() {
  const { t } = useTranslation('learning');
  const label = useKindLabel();
  return (
    <>
      {(['informal', 'formal'] as const).map((group) => (
        <optgroup key={group} label={t(`kindGroups.${group}`)}>
          {LEARNING_KIND_TABLE.filter((k) => k.formal === (group === 'formal')).map((k) => (
            <option key={k.code} value={k.code}>
              {label(k.code)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** The kinds by their number, under a table that heads its columns 1–11. */
export function LearningLegend({ kinds, level = 'h2' }: { kinds: readonly LearningKind[]; level?: 'h2' | 'h3' }) {
  const { t } = useTranslation('learning');
  const Heading = level;
  return (
    <>
      <Heading className="team-legend__title">{t('team.legend')}</Heading>
      <ol className="team-legend">
        {kinds.map((kind) => (
          <li key={kind} value={numberOf.get(kind)}>
            {t(`kinds.${kind}`)}
          </li>
        ))}
      </ol>
    </>
  );
}

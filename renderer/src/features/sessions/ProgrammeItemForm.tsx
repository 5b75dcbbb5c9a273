import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgrammeItemInput, type SessionChoices } from '../../../../shared/contract';
import { PROGRAMME_KINDS, type ProgrammeItem } from '../../../../shared/domain';
import { TextField } from '../../components/FormField';
import { problemsFromZod, toFieldErrors, type FieldErrors } from '../../lib/fieldErrors';
import { MemberPicker } from '../research/MemberPicker';
import { LinkSelect } from './LinkSelect';

interface ProgrammeItemFormProps {
  item: ProgrammeItemInput | null;
  choices: SessionChoices | undefined;
  busy: boolean;
  onSave: (item: ProgrammeItemInput) => void;
  onCancel: () => void;
}

const BLANK: ProgrammeItemInput = { kind: 'presentatie', title: '', minutes: 30, presenterIds: [], researchIds: [], questionIds: [] };

/** Adding or changing one programme item; the whole programme is saved in its order. */
export function ProgrammeItemForm({ item, choices, busy, onSave, onCancel }: ProgrammeItemFormProps) {
  const { t } = useTranslation(['sessions', 'common', 'validation']);
  const [state, setState] = useState<ProgrammeItemInput>(() => item ?? BLANK);
  const [minutes, setMinutes] = useState(String(item?.minutes ?? BLANK.minutes));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof ProgrammeItemInput>(key: K) => (value: ProgrammeItemInput[K]) => setState((s) => ({ ...s, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const parsed = ProgrammeItemInput.safeParse({ ...state, minutes: /^\d+$/.test(minutes.trim()) ? Number(minutes) : Number.NaN });
    if (!parsed.success) {
      const next = toFieldErrors(problemsFromZod(parsed.error), t, 'sessions');
      setErrors(next);
      requestAnimationFrame(() => document.getElementById(next.title ? 'programme-title' : 'programme-minutes')?.focus());
      return;
    }
    onSave(parsed.data);
  };

  return (
    <form className="programme-form" onSubmit={submit} noValidate aria-label={item ? t('programme.editLabel', { title: item.title }) : t('programme.addLabel')}>
      <div className="form__grid form__grid--three">
        <div className="field">
          <label className="field__label" htmlFor="programme-kind">
            {t('programme.kind')}
          </label>
          <select id="programme-kind" value={state.kind} onChange={(e) => set('kind')(e.target.value as ProgrammeItem['kind'])}>
            {PROGRAMME_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField id="programme-title" label={t('programme.title')} value={state.title} onChange={set('title')} error={errors.title} required />
        <TextField
          id="programme-minutes"
          label={t('programme.minutes')}
          value={minutes}
          onChange={setMinutes}
          error={errors.minutes}
          inputMode="numeric"
          maxLength={3}
        />
      </div>
      <MemberPicker
        id="programme-presenters"
        label={t('programme.presenters')}
        hint={t('programme.presentersHint')}
        value={state.presenterIds ?? []}
        onChange={set('presenterIds')}
        members={choices?.members ?? []}
      />
      <div className="form__grid">
        <LinkSelect
          label={t('programme.research')}
          placeholder={t('programme.chooseResearch')}
          value={state.researchIds ?? []}
          onChange={set('researchIds')}
          options={choices?.research ?? []}
        />
        <LinkSelect
          label={t('programme.questions')}
          placeholder={t('programme.chooseQuestion')}
          value={state.questionIds ?? []}
          onChange={set('questionIds')}
          options={choices?.questions ?? []}
        />
      </div>
      <div className="panel-actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {item ? t('programme.saveItem') : t('programme.addItem')}
        </button>
      </div>
    </form>
  );
}

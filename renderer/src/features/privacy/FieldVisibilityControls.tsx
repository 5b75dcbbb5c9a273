import { useTranslation } from 'react-i18next';
import type { PrivateFieldName } from '../../../../shared/contract';
import { PRIVATE_FIELDS, VISIBILITIES, type MemberFieldsInput, type Visibility } from '../../../../shared/domain';

type FieldVisibility = MemberFieldsInput['fieldVisibility'];

interface FieldVisibilityControlsProps {
  value: FieldVisibility;
  onChange: (next: FieldVisibility) => void;
  /** Fields this viewer may not see (someone else's "alleen ik"): they cannot change who sees them either. */
  hidden?: readonly PrivateFieldName[];
}

/** Per field of the profile form: who may see it (netwerk, eigen instelling, alleen ik). */
export function FieldVisibilityControls({ value, onChange, hidden = [] }: FieldVisibilityControlsProps) {
  const { t } = useTranslation('privacy');
  const shown = PRIVATE_FIELDS.filter((field) => !hidden.includes(field));
  if (shown.length === 0) return null;
  return (
    <fieldset className="field-visibility" aria-describedby="field-visibility-hint">
      <legend className="field__label">{t('form.legend')}</legend>
      <p id="field-visibility-hint" className="field__hint">
        {t('form.hint')}
      </p>
      <div className="field-visibility__rows">
        {shown.map((field) => {
          const id = `field-visibility-${field}`;
          return (
            <div key={field} className="field-visibility__row">
              <label htmlFor={id}>{t('form.label', { field: t(`fields.${field}`) })}</label>
              <select id={id} value={value[field] ?? 'netwerk'} onChange={(e) => onChange({ ...value, [field]: e.target.value as Visibility })}>
                {VISIBILITIES.map((v) => (
                  <option key={v} value={v}>
                    {t(`visibility.${v}`)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** In place of a field someone else keeps to themselves: says that it is there, not what it is. */
export function HiddenField({ field }: { field: PrivateFieldName }) {
  const { t } = useTranslation('privacy');
  return (
    <div className="field">
      <p className="field__label">{t(`fields.${field}`)}</p>
      <p className="muted">{t('form.hiddenField')}</p>
    </div>
  );
}

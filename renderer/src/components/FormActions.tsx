import { useTranslation } from 'react-i18next';
import { Spinner } from './Status';

/** A record form's last row: "Annuleren" (when there is somewhere to go back to) and the submit button, which shows that it saves. */
export function FormActions({ saving, submitLabel, savingLabel, onCancel }: { saving: boolean; submitLabel: string; savingLabel: string; onCancel?: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div className="form__actions">
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          {t('actions.cancel')}
        </button>
      )}
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving && <Spinner />}
        {saving ? savingLabel : submitLabel}
      </button>
    </div>
  );
}

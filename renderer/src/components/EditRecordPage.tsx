import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { useNotify } from '../app/notices';
import { useResource } from '../lib/useResource';
import { FormPage, WhenLoaded } from './FormPage';

/** What an edit form needs from its page: where "Annuleren" and "Opslaan" lead. */
export interface EditDone<Saved> {
  onCancel: () => void;
  onSaved: (saved: Saved) => void;
}

interface Props<Loaded, Saved> {
  /** The feature's i18n namespace: `edit.back`, `edit.title` ({{title}}) and `edit.saved` ({{title}}) come from it. */
  namespace: string;
  /** The record's page, e.g. `/research`: the edit page goes back to `/research/:id`. */
  section: string;
  load: (id: string) => Promise<Loaded>;
  titleOf: (loaded: Loaded) => string;
  /** The namespace's key for "… wordt geladen"; the generic spinner label without it. */
  loadingKey?: string;
  form: (loaded: Loaded, done: EditDone<Saved>) => ReactNode;
}

/**
 * The page around an edit form: it loads the record once (the form then keeps
 * its own state, so a reload after a change elsewhere does not reset what the
 * user typed), goes back to the record on cancel, and after saving goes there
 * and says so.
 */
export function EditRecordPage<Loaded, Saved extends { title: string }>({ namespace, section, load, titleOf, loadingKey, form }: Props<Loaded, Saved>) {
  const { t } = useTranslation(namespace);
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notify = useNotify();
  const detail = useResource(`${section}-edit:${id}`, () => load(id));
  const path = `${section}/${id}`;
  const done: EditDone<Saved> = {
    onCancel: () => navigate(path),
    onSaved: (saved) => {
      navigate(path);
      notify(t('edit.saved', { title: saved.title }), path);
    },
  };
  return (
    <FormPage backHref={path} backLabel={t('edit.back')} title={t('edit.title', { title: detail.data === undefined ? '' : titleOf(detail.data) })}>
      <WhenLoaded resource={detail} loadingLabel={loadingKey && t(loadingKey)}>
        {(loaded) => form(loaded, done)}
      </WhenLoaded>
    </FormPage>
  );
}

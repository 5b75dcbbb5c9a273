import type { ChangeEvent } from 'react';
import { Icon } from '../../components/Icon';

interface FilePickerProps {
  id: string;
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  describedBy?: string;
  onFiles: (files: File[]) => void;
}

/**
 * A file chooser that looks like the app's buttons and speaks its language:
 * the browser's own control would say "Choose Files" whatever the UI
 * language. The real input stays in the tab order, so the keyboard opens it.
 */
export function FilePicker({ id, label, accept, multiple, disabled, describedBy, onFiles }: FilePickerProps) {
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // The same file can be chosen again after a refusal.
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <div className="file-picker">
      <input id={id} type="file" className="file-picker__input" accept={accept} multiple={multiple} disabled={disabled} aria-describedby={describedBy} onChange={onChange} />
      <label htmlFor={id} className={`button button--secondary file-picker__button${disabled ? ' file-picker__button--disabled' : ''}`}>
        <Icon name="upload" />
        {label}
      </label>
    </div>
  );
}

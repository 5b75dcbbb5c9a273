import { useRef, type ReactNode } from 'react';
import { Spinner } from '../../components/Status';

interface FilePickButtonProps {
  accept: string;
  busy?: boolean;
  className?: string;
  children: ReactNode;
  onFile: (file: File) => void;
}

/** A real button that opens the system's file chooser; the file input itself stays out of sight and out of the tab order. */
export function FilePickButton({ accept, busy, className = 'button button--secondary', children, onFile }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={busy} aria-busy={busy} onClick={() => input.current?.click()}>
        {busy && <Spinner />}
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

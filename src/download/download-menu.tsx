import { useEffect, useId, useRef, useState } from 'react';
import { formatCount } from '../components/format-count.ts';
import { saveTextFile } from '../components/save-text-file.ts';
import type { Model, StatementId } from '../model/types.ts';
import type { DownloadKind } from './build-download.ts';
import './download-menu.css';

export interface DownloadMenuProps {
  /** The model on show. */
  model: Model;
  /** The statements in the current filters, in time order: what the quote downloads hold. */
  statements: readonly StatementId[];
  /** The link back to a statement, written into the downloads; undefined when there can be none. */
  linkTo: (statementId: string) => string | undefined;
}

/**
 * "Download": the model as a parley/1 file, and the quotes in the current filters as CSL-JSON (for
 * Zotero and other reference managers) or CSV. A disclosure button and a list of buttons, so it works
 * with Tab and Enter like the rest of the header; Escape or a click elsewhere closes it.
 */
export function DownloadMenu({ model, statements, linkTo }: DownloadMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const quotes = formatCount(statements.length, { one: 'quote', other: 'quotes' });
  const items: readonly { kind: DownloadKind; label: string }[] = [
    { kind: 'model', label: 'The model (Parley JSON)' },
    { kind: 'csl-json', label: `${quotes} in view, as CSL-JSON` },
    { kind: 'csv', label: `${quotes} in view, as CSV` },
  ];

  const download = async (kind: DownloadKind) => {
    try {
      const { buildDownload } = await import('./build-download.ts');
      const file = buildDownload(kind, model, statements, linkTo);
      saveTextFile(file.fileName, file.text, file.type);
      setStatus(`Downloading ${file.fileName}`);
      setOpen(false);
      buttonRef.current?.focus();
    } catch {
      setStatus('The download could not be prepared. Try again.');
    }
  };

  return (
    <div
      ref={rootRef}
      className="download-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          // Closes the list only, not the panel behind it.
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button ref={buttonRef} type="button" className="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        Download
      </button>
      <ul id={listId} className="download-menu__list" hidden={!open} aria-label="Download">
        {items.map((item) => (
          <li key={item.kind}>
            <button type="button" className="button button--quiet download-menu__item" disabled={item.kind !== 'model' && statements.length === 0} onClick={() => void download(item.kind)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}

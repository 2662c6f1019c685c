import { useId, useRef, useState } from 'react';
import { ModalDialog } from '../components/modal-dialog.tsx';
import { buildEmbedSnippet, DEFAULT_EMBED_HEIGHT, type EmbedTheme } from './build-embed-snippet.ts';
import './embed-code-dialog.css';

export interface EmbedCodeDialogProps {
  /** Whether the dialog is shown (as a modal). */
  open: boolean;
  /** Called when the reader closes the dialog (Close button, Escape). */
  onClose: () => void;
  /** The app's address as the reader sees it, e.g. `location.href`; its query is replaced. */
  appUrl: string;
  /** The current view's URL parameters (serializeViewParams, plus `model=` when one is open). */
  params: string | URLSearchParams;
  /** The model's title, for the embed's accessible name. */
  title: string;
  /** The theme to preselect; defaults to auto. */
  initialTheme?: EmbedTheme;
  /**
   * Why this view cannot be embedded, when it cannot (the model is a file on the reader's device,
   * which no link can carry): said instead of the code, so no snippet points at another model.
   */
  unavailable?: string | undefined;
}

const THEMES: readonly { value: EmbedTheme; label: string }[] = [
  { value: 'auto', label: 'Follow the reader’s system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/**
 * "Embed this view": the iframe and script tag for the current view, a theme choice and a Copy button,
 * in the app's modal dialog shell (ModalDialog: focus trapped, Escape or Close closes it, focus goes
 * back to what opened it).
 */
export function EmbedCodeDialog({ open, onClose, appUrl, params, title, initialTheme = 'auto', unavailable }: EmbedCodeDialogProps) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [theme, setTheme] = useState<EmbedTheme>(initialTheme);
  const [status, setStatus] = useState('');
  const helpId = useId();
  const snippet = buildEmbedSnippet({ appUrl, params, theme, title });

  const copy = async () => {
    try {
      // Clipboard access is refused in some iframes and insecure contexts; then the reader copies by hand.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      setStatus('Copied');
    } catch {
      textRef.current?.focus();
      textRef.current?.select();
      setStatus('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  return (
    <ModalDialog open={open} onClose={onClose} title="Embed this view" className="embed-dialog" describedBy={helpId} onOpen={() => setStatus('')}>
      {unavailable !== undefined ? (
        <p id={helpId} className="embed-dialog__help">
          {unavailable}
        </p>
      ) : (
        <>
          <p id={helpId} className="embed-dialog__help">
            Paste this into your page. The timeline opens on what you see now and shows {DEFAULT_EMBED_HEIGHT} pixels high; the
            script makes it as tall as its content and lets links in your text pick events. Add the script once per page.
          </p>
          <label className="embed-dialog__field">
            <span>Theme</span>
            <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as EmbedTheme)}>
              {THEMES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <label className="embed-dialog__field">
            <span>Embed code</span>
            <textarea ref={textRef} className="embed-dialog__code" value={snippet} readOnly rows={6} spellCheck={false} />
          </label>
          <div className="embed-dialog__actions">
            <p className="embed-dialog__status" role="status" aria-live="polite">
              {status}
            </p>
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              Copy
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { usePopoverDismiss } from '../components/use-popover-dismiss';

interface AppToolsProps {
  /** The buttons: keyboard shortcuts, open a model, embed. */
  children: ReactNode;
}

/**
 * The page's tools. Wide screens show them in a row; on a phone they fold behind one "Tools" button,
 * so the first screen is the timeline's (the CSS decides: see .app-tools in styles.css).
 */
export function AppTools({ children }: AppToolsProps) {
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const onClose = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  }, []);
  const dismiss = usePopoverDismiss(rootRef, open, onClose);
  return (
    <div ref={rootRef} className={open ? 'app-tools is-open' : 'app-tools'} onKeyDown={dismiss.onKeyDown} onBlur={dismiss.onBlur}>
      <button ref={toggleRef} type="button" className="button app-tools__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Tools
      </button>
      {/* Closed, it is hidden only on phones; wider screens show it whatever `hidden` says (styles.css). */}
      <div id={id} className="app-tools__items" hidden={!open}>
        {children}
      </div>
    </div>
  );
}

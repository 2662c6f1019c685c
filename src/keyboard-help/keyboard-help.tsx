import { lazy, Suspense, useState } from 'react';
import { useQuestionMarkHelp } from './use-question-mark-help.ts';

// Loaded the first time it is opened: nobody needs it to see the timeline.
const KeyboardHelpDialog = lazy(() => import('./keyboard-help-dialog.tsx').then((m) => ({ default: m.KeyboardHelpDialog })));

/** The "Keyboard shortcuts" button and the dialog it opens; `?` opens it too. Put it once in the header. */
export function KeyboardHelp() {
  const help = useQuestionMarkHelp();
  // Mounted from the first opening on, and kept: closing is what hands focus back to the opener.
  const [wanted, setWanted] = useState(false);
  if (help.isOpen && !wanted) setWanted(true);
  return (
    <>
      <button type="button" className="button keyboard-help__button" aria-haspopup="dialog" onClick={help.open}>
        Keyboard shortcuts
        <kbd className="keyboard-help__hint" aria-hidden="true">
          ?
        </kbd>
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <KeyboardHelpDialog open={help.isOpen} onClose={help.close} />
        </Suspense>
      )}
    </>
  );
}

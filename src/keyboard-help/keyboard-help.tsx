import { KeyboardHelpDialog } from './keyboard-help-dialog.tsx';
import { useQuestionMarkHelp } from './use-question-mark-help.ts';

/** The "Keyboard shortcuts" button and the dialog it opens; `?` opens it too. Put it once in the header. */
export function KeyboardHelp() {
  const help = useQuestionMarkHelp();
  return (
    <>
      <button type="button" className="button keyboard-help__button" aria-haspopup="dialog" onClick={help.open}>
        Keyboard shortcuts
        <kbd className="keyboard-help__hint" aria-hidden="true">
          ?
        </kbd>
      </button>
      <KeyboardHelpDialog open={help.isOpen} onClose={help.close} />
    </>
  );
}

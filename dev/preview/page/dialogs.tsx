// Ui.alert and Ui.prompt as Sheets shows them: a modal with the title, the message (text, line
// breaks kept), a text field for prompts and the buttons of the ButtonSet; closing it (×, Esc)
// answers CLOSE. Also a modal for HTML dialogs the add-on shows (showModalDialog).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswerView, QuestionView } from '../view';

const BUTTONS: Record<string, [string, string][]> = {
  OK: [['OK', 'OK']],
  OK_CANCEL: [
    ['CANCEL', 'Cancel'],
    ['OK', 'OK'],
  ],
  YES_NO: [
    ['NO', 'No'],
    ['YES', 'Yes'],
  ],
  YES_NO_CANCEL: [
    ['CANCEL', 'Cancel'],
    ['NO', 'No'],
    ['YES', 'Yes'],
  ],
};

export function QuestionModal({
  question,
  onAnswer,
}: {
  question: QuestionView;
  onAnswer(answer: AnswerView): void;
}) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const buttons = BUTTONS[question.buttons] ?? BUTTONS.OK!;
  useEffect(() => {
    (question.kind === 'prompt' ? input.current : primary.current)?.focus();
  }, [question]);
  const answer = (button: string) =>
    onAnswer(question.kind === 'prompt' ? { button, text } : { button });
  return (
    <div class="backdrop">
      <div
        class="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="modal-title"
        aria-describedby="modal-message"
        onKeyDown={(e) => {
          if (e.key === 'Escape') answer('CLOSE');
        }}
      >
        <div class="modal-head">
          <h2 id="modal-title">{question.title || 'OKR Sheets'}</h2>
          <button type="button" class="icon" aria-label="Close" onClick={() => answer('CLOSE')}>
            ×
          </button>
        </div>
        <p id="modal-message" class="modal-message">
          {question.prompt}
        </p>
        {question.kind === 'prompt' ? (
          <input
            ref={input}
            class="modal-input"
            aria-label={question.title || 'Answer'}
            value={text}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') answer(buttons.some(([b]) => b === 'OK') ? 'OK' : 'YES');
            }}
          />
        ) : null}
        <div class="modal-buttons">
          {buttons.map(([button, label], i) => (
            <button
              key={button}
              type="button"
              ref={i === buttons.length - 1 ? primary : undefined}
              class={i === buttons.length - 1 ? 'primary' : ''}
              onClick={() => answer(button)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

export function HtmlDialog({
  index,
  title,
  width,
  height,
  onClose,
}: {
  index: number;
  title: string;
  width: number | null;
  height: number | null;
  onClose(): void;
}) {
  return (
    <div class="backdrop">
      <div class="modal html-dialog" role="dialog" aria-modal="true" aria-label={title}>
        <div class="modal-head">
          <h2>{title}</h2>
          <button type="button" class="icon" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        <iframe
          title={title}
          src={`/dialog/${index}`}
          style={{ width: `${width ?? 600}px`, height: `${height ?? 400}px` }}
        />
      </div>
    </div>
  );
}

// A failed server call as the sidebar and the alignment map show it: what happened, what to do,
// and a way to try again.
import { useEffect, useRef } from 'preact/hooks';
import { CallError } from './client';
import { t, type Lang } from './strings';

export interface Problem {
  message: string;
  hint: string;
  retry?: () => void;
}

export function describe(lang: Lang, error: unknown): Problem {
  if (error instanceof CallError && error.kind === 'unavailable') {
    return { message: t(lang, 'errorUnavailable'), hint: t(lang, 'errorUnavailableHint') };
  }
  if (error instanceof CallError && error.kind === 'offline') {
    return { message: error.message, hint: t(lang, 'errorOfflineHint') };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message, hint: t(lang, 'errorServerHint') };
}

export function ProblemBox({
  lang,
  problem,
  onDismiss,
}: {
  lang: Lang;
  problem: Problem;
  onDismiss?: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The message may appear above a long form: bring it into view.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [problem]);
  return (
    <div class="problem" role="alert" ref={box}>
      <p class="problem-title">{t(lang, 'errorTitle')}</p>
      <p class="problem-message">{problem.message}</p>
      <p class="problem-hint">{problem.hint}</p>
      <div class="problem-actions">
        {problem.retry && (
          <button type="button" class="btn btn-secondary btn-small" onClick={problem.retry}>
            {t(lang, 'retry')}
          </button>
        )}
        {onDismiss && (
          <button type="button" class="btn btn-text btn-small" onClick={onDismiss}>
            {t(lang, 'dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}

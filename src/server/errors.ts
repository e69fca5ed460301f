// Errors that reach a person: a message in their language that says what happened and what to
// do. Server functions throw UserError; google.script.run hands its message to the sidebar's
// failure handler, and the menu actions show it in an alert.
import { isOkrError } from '../core/errors';
import { t, type Lang, type MessageKey, type MessageParams } from './i18n';

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function userError(lang: Lang, key: MessageKey, params?: MessageParams): UserError {
  return new UserError(t(lang, key, params));
}

/** Any error as a UserError in `lang`: ours as they are, core errors rendered, others wrapped. */
export function toUserError(err: unknown, lang: Lang): UserError {
  if (err instanceof UserError) return err;
  if (isOkrError(err)) return new UserError(err.render(lang));
  const detail = err instanceof Error ? err.message : String(err);
  return userError(lang, 'err.unexpected', { detail });
}

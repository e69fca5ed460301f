// The language a page of the add-on (the sidebar, the alignment map) speaks before its snapshot
// says which: the page's lang attribute, else the browser's.
import type { Lang } from './strings';

export function guessLang(): Lang {
  const tag = (document.documentElement.lang || navigator.language || 'en').toLowerCase();
  return tag.startsWith('nl') ? 'nl' : 'en';
}

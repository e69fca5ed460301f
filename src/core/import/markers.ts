// Markers that say what a line of an outline is: "Objective:" / "Doelstelling:" / "O:",
// "KR:" / "Key result:" / "Kernresultaat:", bullets ("- ", "• ", "* ") for initiatives, numbered
// schemes ("O1 …", "KR1.1 …", "I1.1.1 …", "O1." / "KR 1.1:"), plain outline numbers ("1.",
// "1.1", "1.1.1"), checkboxes ("- [x] …", "☐ …"), note lines ("Notes: …") and heading lines
// ("Initiatives:", "Key results").
import type { ItemType } from '../model';
import { parseItemType } from '../vocabulary';

export interface Marker {
  type: ItemType;
  /** The number of a numbered scheme ("1.2" for "KR1.2"), '' when none. */
  code: string;
  /** The text after the marker, trimmed. */
  rest: string;
  /** A bare bullet or checkbox: the sheet's default type, which a heading line may change. */
  bare?: boolean;
  /** The state of a checkbox: true ticked, false empty, undefined without a checkbox. */
  done?: boolean;
}

// "[x]", "[X]", "[v]", "[✓]", "[ ]", "[]", "☑", "☒", "☐", "✓", "✔", "✅" at the start of a line.
const CHECKBOX = /^(?:\[\s*([xXvV✓✔]?)\s*\]|([☐☑☒✓✔✅]))(?:\s+|$)/u;

/** A checkbox at the start of `text` ("[x] Write the script" → done) and the text after it. */
export function readCheckbox(text: string): { done: boolean; rest: string } | null {
  const m = CHECKBOX.exec(text);
  if (!m) return null;
  const box = m[1] ?? m[2] ?? '';
  return { done: box !== '' && box !== '☐', rest: text.slice(m[0].length).trim() };
}

/** A title typed with a bullet and a checkbox ("- [x] Write the script"), or null. */
export function readCheckboxTitle(text: string): { done: boolean; rest: string } | null {
  const line = text.trim();
  const bullet = BULLET.exec(line);
  return readCheckbox(bullet ? line.slice(bullet[0].length) : line);
}

type WordStrength = 'long' | 'kr' | 'letter';

// Marker words, without spaces and hyphens, lower case.
const WORD_TYPES: ReadonlyMap<string, readonly [ItemType, WordStrength]> = new Map([
  ['keyresult', ['keyResult', 'long']],
  ['keyresults', ['keyResult', 'long']],
  ['kernresultaat', ['keyResult', 'long']],
  ['objective', ['objective', 'long']],
  ['doelstelling', ['objective', 'long']],
  ['doel', ['objective', 'long']],
  ['initiative', ['initiative', 'long']],
  ['initiatief', ['initiative', 'long']],
  ['task', ['initiative', 'long']],
  ['taak', ['initiative', 'long']],
  ['actie', ['initiative', 'long']],
  ['action', ['initiative', 'long']],
  ['kr', ['keyResult', 'kr']],
  ['o', ['objective', 'letter']],
  ['i', ['initiative', 'letter']],
] as const);

const WORD_MARKER =
  /^(key[\s-]?results?|kernresultaat|objective|doelstelling|doel|initiative|initiatief|task|taak|actie|action|kr|o|i)(?![a-z\u00c0-\u024f])(\s*)(\d+(?:\.\d+)*(?=[\s.:)\-–—]|$))?\.?\s*([:)\-–—])?\s*/i;

/** First letters of marker words: a cheap test before the regular expression. */
const WORD_START = /^[kodita]/i;

const BULLET = /^[-•*·–—▪◦○‣⁃>+](?:\s+|$)/;

const PLAIN_NUMBER = /^(\d+(?:\.\d+)*)([.):])?\s+(?=\S)/;

const NOTE_LINE =
  /^(?:notes?|nb|n\.b\.|opmerking(?:en)?|toelichting|let op|remarks?|comments?|ps|p\.s\.)\s*[:\-–]/i;

function wordType(word: string): readonly [ItemType, WordStrength] {
  return WORD_TYPES.get(word.toLowerCase().replace(/[\s-]+/g, '')) ?? ['objective', 'long'];
}

/** A word or numbered marker at the start of `text` ("KR 1.1: Grow"), or null. */
function readWordMarker(text: string): Marker | null {
  if (!WORD_START.test(text)) return null;
  const m = WORD_MARKER.exec(text);
  if (!m) return null;
  const [whole, word = '', space = '', code, separator] = m;
  const [type, strength] = wordType(word);
  const rest = text.slice(whole.length).trim();
  let accepted: boolean;
  if (strength === 'long') {
    accepted = code !== undefined || separator !== undefined;
  } else if (strength === 'kr') {
    accepted = code !== undefined || separator !== undefined || /^\s/.test(text.slice(word.length));
  } else {
    // A single letter needs a number right after it ("O1", "I1.1.1") or a colon ("O:").
    accepted = (code !== undefined && space === '') || separator === ':';
  }
  return accepted ? { type, code: code ?? '', rest } : null;
}

/** Outline numbers: "1." objective, "1.1" key result, "1.1.1" initiative. */
function readPlainNumber(text: string): Marker | null {
  const m = PLAIN_NUMBER.exec(text);
  if (!m) return null;
  const code = m[1] as string;
  const depth = code.split('.').length;
  if (depth === 1 && m[2] === undefined) return null;
  const type: ItemType = depth === 1 ? 'objective' : depth === 2 ? 'keyResult' : 'initiative';
  return { type, code, rest: text.slice(m[0].length).trim() };
}

/**
 * The marker at the start of an outline line, or null for an unmarked line. Plain outline
 * numbers count only when `plainNumbers` is set (the sheet uses them throughout), since a
 * title such as "1.5 hours of training" also starts with a number.
 */
export function readMarker(text: string, plainNumbers = false): Marker | null {
  const line = text.trim();
  const box = readCheckboxTitle(line);
  if (box) return { type: 'initiative', code: '', rest: box.rest, bare: true, done: box.done };
  const bullet = BULLET.exec(line);
  if (bullet) {
    const rest = line.slice(bullet[0].length).trim();
    const inner = readWordMarker(rest);
    return inner ?? { type: 'initiative', code: '', rest, bare: true };
  }
  return readWordMarker(line) ?? (plainNumbers ? readPlainNumber(line) : null);
}

/** True when `text` starts with outline numbers ("1.", "1.1 "); see readMarker. */
export function hasPlainNumber(text: string): boolean {
  return readPlainNumber(text.trim()) !== null;
}

/** A line that is a remark about the sheet, not an item: "Notes: …", "NB: …", "Opmerking: …". */
export function isNoteLine(text: string): boolean {
  return NOTE_LINE.test(text.trim());
}

/**
 * A heading line ("Initiatives:", "Initiatieven", "Key results", "KRs:", "Taken:"): the type of
 * the lines below it, or null. Single letters ("O", "I") are no heading.
 */
export function readHeading(text: string): ItemType | null {
  const word = text.trim().replace(/\s*:$/, '');
  if (word.replace(/[\s_.-]+/g, '').length < 3 || /[:\d]/.test(word)) return null;
  return readTypeWord(word);
}

const EXTRA_TYPE_WORDS: ReadonlyMap<string, ItemType> = new Map<string, ItemType>([
  ['o', 'objective'],
  ['obj', 'objective'],
  ['objectives', 'objective'],
  ['doel', 'objective'],
  ['doelstellingen', 'objective'],
  ['krs', 'keyResult'],
  ['keyresults', 'keyResult'],
  ['kernresultaten', 'keyResult'],
  ['i', 'initiative'],
  ['init', 'initiative'],
  ['initiatives', 'initiative'],
  ['initiatieven', 'initiative'],
  ['task', 'initiative'],
  ['taak', 'initiative'],
  ['taken', 'initiative'],
  ['actie', 'initiative'],
  ['acties', 'initiative'],
  ['action', 'initiative'],
  ['actions', 'initiative'],
  ['tasks', 'initiative'],
  ['doelen', 'objective'],
]);

/** The item type a Type cell names: "Objective", "KR", "Kernresultaat", "Task", "I" … or null. */
export function readTypeWord(text: string): ItemType | null {
  const known = parseItemType(text.trim());
  if (known) return known;
  return EXTRA_TYPE_WORDS.get(text.toLowerCase().replace(/[\s_.:-]+/g, '')) ?? null;
}

const ID_CODE = /^(kr|o|i)?\s*(\d+(?:\.\d+)*)\.?$/i;

/** A numbered ID in an ID column: "O1", "KR1.2", "I 1.1.1", "1.2" (depth gives the type). */
export function readIdCode(text: string): Marker | null {
  const m = ID_CODE.exec(text.trim());
  if (!m) return null;
  const code = m[2] as string;
  const prefix = (m[1] ?? '').toLowerCase();
  const depth = code.split('.').length;
  const type: ItemType =
    prefix === 'o'
      ? 'objective'
      : prefix === 'kr'
        ? 'keyResult'
        : prefix === 'i'
          ? 'initiative'
          : depth === 1
            ? 'objective'
            : depth === 2
              ? 'keyResult'
              : 'initiative';
  return { type, code, rest: '' };
}

/** The code of the parent in a numbered scheme: "1.2" → "1", "1.2.3" → "1.2", "2" → null. */
export function parentCode(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut > 0 ? code.slice(0, cut) : null;
}

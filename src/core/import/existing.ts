// Running "Structure this sheet" again on the same tab: the items it finds that are already on
// the OKR tab (same type, title, period and parent, the parent matched the same way up to its
// objective) are skipped by default, so nothing is duplicated; new items below a skipped one
// are placed under the one on the tab. Writing them again is the person's explicit choice.
import type { OkrItem } from '../model';
import { titleKey } from './cells';

/** The key of every item by ID: type, title, period and its parent's key. */
function keysById(items: readonly OkrItem[]): Map<string, string> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const keys = new Map<string, string>();
  const keyOf = (item: OkrItem, depth: number): string => {
    const known = keys.get(item.id);
    if (known !== undefined) return known;
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    // A parent chain deeper than the outline (a loop on a damaged tab) ends the key.
    const parentKey = parent && depth < 3 ? keyOf(parent, depth + 1) : '';
    const key = [item.type, titleKey(item.title), item.period, parentKey].join('\u0000');
    keys.set(item.id, key);
    return key;
  };
  for (const item of items) keyOf(item, 0);
  return keys;
}

export interface WithoutExisting {
  /** The items to write, in outline order, parents pointing at the tab's items where skipped. */
  items: OkrItem[];
  /** The number of items skipped (already on the tab). */
  existing: number;
}

/** The structured items without those already on the tab (`onTab`); see the file comment. */
export function withoutExisting(
  structured: readonly OkrItem[],
  onTab: readonly OkrItem[],
): WithoutExisting {
  // A new OKR tab holds nothing to skip: no keys to work out for tens of thousands of items.
  if (onTab.length === 0) return { items: [...structured], existing: 0 };
  const tabIdByKey = new Map<string, string>();
  for (const [id, key] of keysById(onTab)) if (!tabIdByKey.has(key)) tabIdByKey.set(key, id);
  const keys = keysById(structured);
  /** Structured ID → the ID on the tab it is the same item as. */
  const sameAs = new Map<string, string>();
  const items: OkrItem[] = [];
  for (const item of structured) {
    const onTabId = tabIdByKey.get(keys.get(item.id) ?? '');
    if (onTabId !== undefined) {
      sameAs.set(item.id, onTabId);
      continue;
    }
    const parentId = sameAs.get(item.parentId) ?? item.parentId;
    items.push(parentId === item.parentId ? item : { ...item, parentId });
  }
  return { items, existing: sameAs.size };
}

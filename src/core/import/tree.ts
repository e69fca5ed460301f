// The outline being built: objectives, their key results, each key result's initiatives. IDs
// are given out only at the end, in outline order, so they read O-1, KR-1, KR-2, I-1 … whatever
// order the loose sheet had.
import { emptyItem, type ItemType, type OkrItem } from '../model';
import { titleKey } from './cells';

export interface Draft {
  item: OkrItem;
  /** 1-based row of the loose sheet the item came from. */
  row: number;
  parent: Draft | null;
  children: Draft[];
  /** Children by title, for flat tables that repeat a key result on several rows. */
  childByTitle: Map<string, Draft> | null;
  /** True until the row that created it is done: later rows compare instead of set. */
  fresh: boolean;
}

export class Tree {
  readonly objectives: Draft[] = [];

  add(type: ItemType, title: string, row: number, parent: Draft | null): Draft {
    const item = emptyItem(type);
    item.title = title;
    const draft: Draft = {
      item,
      row,
      parent,
      children: [],
      childByTitle: null,
      fresh: true,
    };
    if (parent) {
      parent.children.push(draft);
      const key = titleKey(title);
      parent.childByTitle ??= new Map();
      if (!parent.childByTitle.has(key)) parent.childByTitle.set(key, draft);
    } else {
      this.objectives.push(draft);
    }
    return draft;
  }

  /** Every draft in outline order. */
  drafts(): Draft[] {
    const all: Draft[] = [];
    const visit = (draft: Draft): void => {
      all.push(draft);
      draft.children.forEach(visit);
    };
    this.objectives.forEach(visit);
    return all;
  }

  /** The items in outline order with IDs from `nextId` and parent IDs set. */
  finish(nextId: (type: ItemType) => string): OkrItem[] {
    const items: OkrItem[] = [];
    const visit = (draft: Draft, parentId: string): void => {
      draft.item.id = nextId(draft.item.type);
      draft.item.parentId = parentId;
      items.push(draft.item);
      for (const child of draft.children) visit(child, draft.item.id);
    };
    for (const objective of this.objectives) visit(objective, '');
    return items;
  }
}

/** The first child of `parent` with this title (any case and spacing). */
export function childTitled(parent: Draft, title: string): Draft | undefined {
  return parent.childByTitle?.get(titleKey(title));
}

/** Adds a line to an item's notes. */
export function appendNote(draft: Draft, text: string): void {
  if (text === '') return;
  draft.item.notes = draft.item.notes === '' ? text : `${draft.item.notes}\n${text}`;
}

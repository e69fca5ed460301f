// Type check only, no code: every server function the sidebar calls is a global of the entry
// file (main.ts) with the contract's types (OkrApi in src/shared/rpc.ts). Renaming, dropping or
// retyping one breaks the type check, not the sidebar in someone's spreadsheet.
import type { OkrApi } from '../shared/rpc';
import type * as Entry from './main';

type Holds<T extends true> = T;
type Implements<T, U> = [T] extends [U] ? true : false;

export type EntryImplementsOkrApi = Holds<Implements<Pick<typeof Entry, keyof OkrApi>, OkrApi>>;

// The add-on as the browser tests drive it: the BUILT dist/Code.js loaded into the local Apps
// Script runtime (dev/runtime) on a fresh in-memory spreadsheet.
import {
  createSpreadsheet,
  loadAddon,
  type LocalAddon,
  type LocalSpreadsheet,
} from '../../dev/runtime';

export interface Addon {
  /** Calls a server function the way google.script.run does (JSON-like boundary). */
  call(name: string, arg: unknown): unknown;
  spreadsheet: LocalSpreadsheet;
  /** The selection the add-on last made (sheet name and 1-based row), or null. */
  activeRange(): { sheet: string; row: number } | null;
  runtime: LocalAddon;
}

export async function startAddon(opts: {
  locale: string;
  today: string;
  /** The user's own locale (Session.getActiveUserLocale), e.g. 'nl'. */
  userLocale?: string;
  /** The person's e-mail (Session.getActiveUser().getEmail()); user@example.com by default. */
  userEmail?: string;
}): Promise<Addon> {
  const spreadsheet = createSpreadsheet({ locale: opts.locale });
  const runtime = loadAddon({
    spreadsheet,
    today: opts.today,
    ...(opts.userLocale ? { userLocale: opts.userLocale } : {}),
    ...(opts.userEmail ? { userEmail: opts.userEmail } : {}),
  });
  return {
    call: (name, arg) => (arg === undefined ? runtime.call(name) : runtime.call(name, arg)),
    spreadsheet,
    activeRange() {
      const range = spreadsheet.getActiveRange();
      return range ? { sheet: range.getSheet().getName(), row: range.getRow() } : null;
    },
    runtime,
  };
}

// What a trigger may call in AuthMode.NONE (a simple onOpen before the add-on is authorised
// for the document): the UI and services that need no authorisation. Everything else is refused
// with Apps Script's permission error, so tests prove onOpen works in AuthMode.NONE.
const ALLOWED_IN_NONE = [
  /^SpreadsheetApp\.(getUi|flush)$/,
  /^(Ui|Menu|Logger|Utilities|HtmlService|HtmlOutput|HtmlTemplate|ScriptApp|Charts)\./,
  /^Session\.(getActiveUserLocale|getScriptTimeZone|getTimeZone|getTemporaryActiveUserKey)$/,
];

const SCOPES: Record<string, string> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  PropertiesService: 'https://www.googleapis.com/auth/script.storage',
};

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export function authGuard(mode: AuthModeName): ((key: string) => string | null) | null {
  if (mode !== 'NONE') return null;
  return (key) => {
    if (ALLOWED_IN_NONE.some((re) => re.test(key))) return null;
    const service = key.split('.')[0] ?? key;
    const scope = SCOPES[service] ?? 'https://www.googleapis.com/auth/spreadsheets.currentonly';
    return `You do not have permission to call ${key}. Required permissions: ${scope}`;
  };
}

// Session: the user's locale and email (which may be '' — consumer accounts and many domain
// setups do not reveal it to an add-on), the script time zone, a stable temporary user key.
import crypto from 'node:crypto';
import { service, type Accounting } from './accounting';
import { gas } from './gas';

export interface SessionInfo {
  userLocale: string;
  userEmail: string;
  effectiveEmail: string;
  scriptTimeZone: string;
}

export function sessionService(
  info: () => SessionInfo,
  accounting: Accounting,
): GoogleAppsScript.Base.Session {
  const user = (email: string) =>
    gas<GoogleAppsScript.Base.User>(service({ getEmail: () => email }, 'User', accounting));
  return gas(
    service(
      {
        getActiveUserLocale: () => info().userLocale,
        getScriptTimeZone: () => info().scriptTimeZone,
        getTimeZone: () => info().scriptTimeZone,
        getActiveUser: () => user(info().userEmail),
        getEffectiveUser: () => user(info().effectiveEmail),
        getTemporaryActiveUserKey: () =>
          crypto
            .createHash('sha256')
            .update(`okr-local:${info().userEmail}`)
            .digest('base64')
            .slice(0, 43),
      },
      'Session',
      accounting,
    ),
  );
}

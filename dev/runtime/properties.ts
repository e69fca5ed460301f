// PropertiesService with the real quotas: 9 KB per value and 500 KB per store (keys and values,
// UTF-8), and Apps Script's error messages. The document store lives in the workbook (saved in
// the workbook JSON); user and script stores belong to the add-on instance.
import { service, type Accounting } from './accounting';
import { gas } from './gas';

type P = GoogleAppsScript.Properties.Properties;

export const VALUE_LIMIT = 9 * 1024;
export const STORE_LIMIT = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class LocalProperties implements Pick<
  P,
  | 'getProperty'
  | 'setProperty'
  | 'getProperties'
  | 'setProperties'
  | 'deleteProperty'
  | 'deleteAllProperties'
  | 'getKeys'
> {
  constructor(readonly store: Map<string, string>) {}

  private check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > VALUE_LIMIT) throw new Error('Argument too large: value');
      total += bytes(k) + bytes(v);
    }
    if (total > STORE_LIMIT)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): P {
    if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
    const next = new Map(this.store);
    next.set(key, String(value));
    this.check(next);
    this.store.set(key, String(value));
    return gas(this);
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): P {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.check(next);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return gas(this);
  }
  deleteProperty(key: string): P {
    this.store.delete(key);
    return gas(this);
  }
  deleteAllProperties(): P {
    this.store.clear();
    return gas(this);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

export function propertiesService(
  stores: () => PropertyStores,
  accounting: Accounting,
): GoogleAppsScript.Properties.PropertiesService {
  const wrap = (m: Map<string, string>) =>
    gas<P>(service(new LocalProperties(m), 'Properties', accounting));
  return gas(
    service(
      {
        getDocumentProperties: () => wrap(stores().document),
        getUserProperties: () => wrap(stores().user),
        getScriptProperties: () => wrap(stores().script),
      },
      'PropertiesService',
      accounting,
    ),
  );
}

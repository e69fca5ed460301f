// Utilities: formatDate (Java patterns, real zones), getUuid, sleep (advances the runtime
// clock, never blocks), formatString (%s %d %i %f %.Nf %%), computeDigest, base64.
import crypto from 'node:crypto';
import { service, type Accounting } from './accounting';
import type { Clock } from './clock';
import { isDateObject } from './dates';
import { ENUMS } from './enums';
import { gas } from './gas';
import { formatJavaDate } from './java-date-format';

type U = GoogleAppsScript.Utilities.Utilities;

export class LocalUtilities implements Pick<
  U,
  | 'formatDate'
  | 'getUuid'
  | 'sleep'
  | 'formatString'
  | 'computeDigest'
  | 'base64Encode'
  | 'base64Decode'
  | 'base64EncodeWebSafe'
> {
  readonly DigestAlgorithm =
    ENUMS.DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly Charset = ENUMS.Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;

  constructor(private readonly clock: () => Clock) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDateObject(date))
      throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
    new Intl.DateTimeFormat('en-US', { timeZone }); // throws for an unknown zone
    return formatJavaDate(date.getTime(), timeZone, format);
  }
  getUuid(): string {
    return crypto.randomUUID();
  }
  sleep(milliseconds: number): void {
    if (milliseconds > 300000) throw new Error('Sleep time must be no more than 300000 ms.');
    this.clock().advance(milliseconds);
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(
      /%(%|s|d|i|(?:\.(\d+))?f)/g,
      (m, kind: string, prec: string | undefined) => {
        if (kind === '%') return '%';
        const v = args[i++];
        if (kind === 's') return String(v);
        if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(v)));
        return Number(v).toFixed(prec === undefined ? 6 : Number(prec));
      },
    );
  }
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
  ): number[] {
    const names: Record<string, string> = {
      MD5: 'md5',
      SHA_1: 'sha1',
      SHA_256: 'sha256',
      SHA_384: 'sha384',
      SHA_512: 'sha512',
    };
    const name = names[String(algorithm)];
    if (!name)
      throw new Error(
        `Utilities.computeDigest: ${String(algorithm)} is not implemented by the local runtime`,
      );
    const input =
      typeof value === 'string'
        ? Buffer.from(value, 'utf8')
        : Buffer.from(value.map((b) => b & 255));
    return [...crypto.createHash(name).update(input).digest()].map((b) => (b > 127 ? b - 256 : b));
  }
  base64Encode(data: string | number[]): string {
    return toBuffer(data).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[]): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return [...Buffer.from(encoded, 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }
}

function toBuffer(data: string | number[]): Buffer {
  return typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : Buffer.from(data.map((b) => b & 255));
}

export function utilitiesService(clock: () => Clock, accounting: Accounting): U {
  return gas(service(new LocalUtilities(clock), 'Utilities', accounting));
}

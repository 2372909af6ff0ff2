/**
 * Small runtime validators for data that crossed a trust boundary (a
 * message from a content script, an imported file). Each throws `Invalid`
 * naming the path of the first problem; callers turn it into `Parsed`.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export class Invalid extends Error {}

export type Obj = Record<string, unknown>;

export function object(value: unknown, path: string, keys: readonly string[]): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${path}: not an object`);
  const obj = value as Obj;
  for (const key of Object.keys(obj)) {
    if (!keys.includes(key)) throw new Invalid(`${path}.${key}: unexpected field`);
  }
  return obj;
}

export function string(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string') throw new Invalid(`${path}: not a string`);
  if (value.length > max) throw new Invalid(`${path}: longer than ${max}`);
  return value;
}

export function nullableString(value: unknown, path: string, max: number): string | null {
  return value === null ? null : string(value, path, max);
}

export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new Invalid(`${path}: not one of ${allowed.join('|')}`);
  return value as T;
}

export function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(`${path}: not a finite number`);
  return value;
}

export function list<T>(value: unknown, path: string, max: number, item: (v: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) throw new Invalid(`${path}: not an array`);
  if (value.length > max) throw new Invalid(`${path}: more than ${max} items`);
  return value.map((v, i) => item(v, `${path}[${i}]`));
}


/** Runs a validator and turns its first problem into a message. */
export function parseWith<T>(parse: () => T, what: string): Parsed<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    return { ok: false, error: `${what}: unreadable` };
  }
}

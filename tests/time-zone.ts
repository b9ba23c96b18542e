// Code that must not depend on the machine's time zone is tested by loading a fresh copy of
// its module with the process in another zone (TZ is read when a Date first needs it, and
// modules may cache per zone), then putting the zone back.
import { afterEach, vi } from 'vitest';

const originalTz = process.env.TZ;

function restore(): void {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
  vi.resetModules();
}

/** A fresh copy of `load()`'s module evaluated with the process in `tz`; call `restoreTimeZoneAfterEach` in the suite. */
export async function importInTimeZone<T>(tz: string, load: () => Promise<T>): Promise<T> {
  process.env.TZ = tz;
  vi.resetModules();
  return load();
}

export function restoreTimeZoneAfterEach(): void {
  afterEach(restore);
}

// z.array(row) for the long arrays of a payload (a symbol's price bars, its sentiment
// days), checked in plain code first. zod's object parser, without its compiled parsers
// (the CSP forbids them: lib/zod-jitless.ts), cost most of a demo load's validation over
// thousands of rows (docs/performance.md). `fast` returns a row exactly as `row` would
// output it, or undefined whenever it is not sure; only those rows go through `row`, whose
// issues (message and path) are then the array's, the first as z.array would report it.
// tests/property/schema-rows.property.test.ts holds each pair to the same answers.
import * as z from 'zod/mini';

export function rows<T>(row: z.ZodMiniType<T>, fast: (value: unknown) => T | undefined) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((values: unknown[], ctx) => {
      const out: T[] = [];
      for (let i = 0; i < values.length; i++) {
        const quick = fast(values[i]);
        if (quick !== undefined) {
          out.push(quick);
          continue;
        }
        const parsed = row.safeParse(values[i]);
        if (!parsed.success) {
          // Its messages and paths as they are; parsePayload reads no more of an issue.
          for (const { message, path } of parsed.error.issues) ctx.issues.push({ code: 'custom', message, input: values[i], path: [i, ...path] });
          return z.NEVER;
        }
        out.push(parsed.data);
      }
      return out;
    }),
  );
}

/** A plain object (what JSON.parse makes), whose fields `fast` may read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

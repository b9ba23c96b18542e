// What the Alpha Vantage source keeps in this browser: the person's API key.
import * as z from 'zod/mini';

export const alphaVantageSettings = z.object({ apiKey: z.string().check(z.minLength(1), z.maxLength(100)) });
export type AlphaVantageSettings = z.output<typeof alphaVantageSettings>;

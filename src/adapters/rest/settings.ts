// What the REST API source keeps in this browser: the server's base URL and an optional
// bearer token (sent as a header, never in a link or a message).
import * as z from 'zod/mini';

const httpUrl = z.string().check(z.refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'expected an http(s) address'));

export const restSettings = z.object({ baseUrl: httpUrl, token: z.optional(z.string().check(z.maxLength(4096))) });
export type RestSettings = z.output<typeof restSettings>;

// Zod compiles its object parsers with `new Function` when it can. Its check for that
// trips the Content-Security-Policy (no 'unsafe-eval', build/csp-plugin.ts) as a reported
// violation even though the error is caught. Under the policy zod parses without the
// compiler anyway, so switching it off first changes nothing but the noise. main.tsx
// imports this before any module that builds a schema.
import * as z from 'zod/mini';

z.config({ jitless: true });

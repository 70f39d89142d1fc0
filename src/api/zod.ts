/**
 * zod, configured once before any schema exists: no code generation. The app
 * runs under a CSP without 'unsafe-eval', and zod's probe for eval support would
 * itself be reported as a violation.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

/**
 * zod's small build for what the page itself validates (config.json, messages
 * from a host page): the full zod, with the data's schemas, runs in the data
 * worker and stays out of the page's first download. Configured, like the full
 * one, to generate no code (the CSP has no 'unsafe-eval').
 */
import * as zm from 'zod/mini';

zm.config({ jitless: true });

export { zm };

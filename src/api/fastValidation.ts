/**
 * A fast path for records that are already in the schema's canonical form, the
 * form our static GeoJSON files are written in: real arrays, trimmed text, no
 * "" for an absent value. zod without code generation (the CSP forbids eval)
 * spends ~20 µs on each site; at 100,000 sites that was most of a load.
 *
 * `fastPathOf(schema)` reads the schema's own definition (zod's `_zod.def`, its
 * introspection API for library authors) and builds plain closures that follow
 * it. It runs zod's own check functions (length, range, pattern, trim), so no
 * rule is written twice. Whatever it is not sure about, it declines: a value a
 * preprocess step would change (a server's "" or "(2:a,b)" list), a coercion,
 * an invalid value, a schema kind it does not know. A declined record goes to
 * `schema.safeParse`, which gives the same result as before and explains a
 * failure. So the fast path changes speed only: whenever it accepts, its output
 * equals zod's (a property test checks this on real and mutated records).
 */
import type { z } from 'zod';

/** "Not sure: ask zod." */
export const DECLINE: unique symbol = Symbol('decline');
type Fast = (value: unknown) => unknown;

/** The parts of zod's internals the fast path reads (zod/v4/core). */
interface ZodInternals {
  def: ZodDef;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  /** What the schema is built from: a format such as z.email() or z.int() is a check itself ('$ZodCheck'). */
  traits?: Set<string>;
  /** An enum's or literal's accepted values. */
  values?: Set<unknown>;
}
interface ZodDef {
  type: string;
  checks?: { _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown } }[];
  coerce?: boolean;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  items?: Schema[];
  rest?: Schema | null;
  options?: Schema[];
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  transform?: (value: unknown, ctx: unknown) => unknown;
  entries?: Record<string, unknown>;
  values?: unknown[];
  readonly defaultValue?: unknown;
}
type Schema = { _zod: ZodInternals };
interface Payload {
  value: unknown;
  issues: unknown[];
}

const declineAll: Fast = () => DECLINE;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs zod's own checks on a value: the value they leave (trim rewrites it), or DECLINE at the first issue. */
function withChecks(def: ZodDef): (value: unknown) => unknown {
  const checks = def.checks ?? [];
  if (checks.length === 0) return (value) => value;
  // One payload, reused: checks run synchronously and never nest.
  const payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    if (payload.issues.length > 0) payload.issues = [];
    for (const check of checks) {
      if (check._zod.def.when && !check._zod.def.when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise) return DECLINE;
      if (payload.issues.length > 0) return DECLINE;
    }
    return payload.value;
  };
}

/**
 * Whether a node declines only invalid values (never a valid one it would have
 * to transform): a union may take its first accepting option only if the
 * options before it declined because they fail, as zod would find.
 */
function declinesOnlyInvalid(schema: Schema): boolean {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
    case 'number':
      return !def.coerce && !(def.checks ?? []).some((c) => (c._zod.def as { check?: string }).check === 'overwrite');
    case 'literal':
    case 'enum':
      return true;
    default:
      return false;
  }
}

/** Kinds whose checks (def.checks) the fast path runs; a check anywhere else (a refine on an enum) is zod's. */
const CHECKED_KINDS = new Set(['string', 'number', 'array']);

function compile(schema: Schema): Fast {
  const def = schema._zod.def;
  if (schema._zod.traits?.has('$ZodCheck')) return declineAll;
  if ((def.checks ?? []).length > 0 && !CHECKED_KINDS.has(def.type)) return declineAll;
  switch (def.type) {
    case 'string': {
      if (def.coerce) return declineAll;
      const checked = withChecks(def);
      return (v) => (typeof v === 'string' ? checked(v) : DECLINE);
    }
    case 'number': {
      // z.coerce.number() leaves a number as it is; anything else it converts, and zod decides.
      const checked = withChecks(def);
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? checked(v) : DECLINE);
    }
    case 'literal': {
      const values = def.values ?? [];
      return (v) => (values.includes(v) ? v : DECLINE);
    }
    case 'enum': {
      // zod's own list (a numeric enum's entries also map names back to numbers).
      const values = schema._zod.values;
      if (!values) return declineAll;
      return (v) => (values.has(v) ? v : DECLINE);
    }
    case 'optional': {
      // optional(x.default(…)) gives the default for undefined: zod's to decide.
      if (def.innerType!._zod.optin === 'defaulted') return declineAll;
      const inner = compile(def.innerType!);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'nullable': {
      const inner = compile(def.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case 'default': {
      const inner = compile(def.innerType!);
      return (v) => {
        if (v === undefined) return def.defaultValue;
        const out = inner(v);
        return out === undefined ? def.defaultValue : out;
      };
    }
    case 'transform': {
      // A preprocess step: only a value it leaves as it is stays on the fast path.
      const transform = def.transform!;
      return (v) => {
        try {
          return transform(v, undefined) === v ? v : DECLINE;
        } catch {
          return DECLINE;
        }
      };
    }
    case 'pipe': {
      const first = compile(def.in!);
      const then = compile(def.out!);
      return (v) => {
        const mid = first(v);
        return mid === DECLINE ? DECLINE : then(mid);
      };
    }
    case 'union': {
      const options = def.options ?? [];
      if (!options.every(declinesOnlyInvalid)) return declineAll;
      const compiled = options.map(compile);
      return (v) => {
        for (const option of compiled) {
          const out = option(v);
          if (out !== DECLINE) return out;
        }
        return DECLINE;
      };
    }
    case 'array': {
      const element = compile(def.element!);
      const checked = withChecks(def);
      return (v) => {
        const items = Array.isArray(v) ? mapItems(v, () => element) : DECLINE;
        return items === DECLINE ? DECLINE : checked(items);
      };
    }
    case 'tuple': {
      if (def.rest) return declineAll;
      const items = (def.items ?? []).map(compile);
      return (v) => (Array.isArray(v) && v.length === items.length ? mapItems(v, (i) => items[i]) : DECLINE);
    }
    case 'object':
      return compileObject(def);
    default:
      return declineAll;
  }
}

/**
 * An array's items through their fast paths. Most records are canonical, so the array itself is returned
 * when no item changed; zod would return an equal copy.
 */
function mapItems(v: unknown[], fastOf: (index: number) => Fast): unknown[] | typeof DECLINE {
  let out: unknown[] | undefined;
  for (let i = 0; i < v.length; i++) {
    const item = fastOf(i)(v[i]);
    if (item === DECLINE) return DECLINE;
    if (item !== v[i]) (out ??= v.slice())[i] = item;
  }
  return out ?? v;
}

interface Field {
  key: string;
  fast: Fast;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
}

/**
 * An object: its shape's keys, each as zod's object treats it (absent, present, optional, defaulted), other
 * keys dropped. The usual record has only known keys and nothing to change, and is returned as it is; it is
 * read in its own key order (for…in), which V8 does much faster than looking up forty keys by name.
 */
function compileObject(def: ZodDef): Fast {
  if (def.catchall || (def.checks ?? []).length > 0) return declineAll;
  const fields: Field[] = Object.entries(def.shape ?? {}).map(([key, schema]) => ({
    key,
    fast: compile(schema),
    optin: schema._zod.optin,
    optout: schema._zod.optout,
  }));

  /** The general case: every field looked up by name, a new object built (other keys are left out). */
  const copy = (v: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const { key, fast, optin, optout } of fields) {
      const present = key in v;
      // Absent and optional in and out: zod leaves the key out whatever its schema would make of undefined.
      if (!present && optin === 'optional' && optout === 'optional') continue;
      // Absent and required: zod reports it.
      if (!present && optin === undefined) return DECLINE;
      const value = fast(v[key]);
      if (value === DECLINE) return DECLINE;
      if (value !== undefined) out[key] = value;
      else if (present || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
    }
    return out;
  };

  /** Marks the fields seen in the current object (a call's stamp), so the absent ones are found without lookups. */
  let stamp = 0;
  const seenAt = new Array<number>(fields.length).fill(0);
  const indexOf = new Map(fields.map((field, i) => [field.key, i]));

  return (v) => {
    if (!isObject(v)) return DECLINE;
    const call = ++stamp;
    let known = 0;
    for (const key in v) {
      const i = indexOf.get(key);
      if (i === undefined) return copy(v);
      const value = v[key];
      const out = fields[i].fast(value);
      if (out === DECLINE) return DECLINE;
      if (out !== value) return copy(v);
      seenAt[i] = call;
      known++;
    }
    if (known === fields.length) return v;
    // Some fields are absent: optional ones stay absent; a default needs a copy; a required one is zod's to report.
    for (let i = 0; i < fields.length; i++) {
      if (seenAt[i] === call) continue;
      const { optin, optout } = fields[i];
      if (optin === 'optional' && optout === 'optional') continue;
      return copy(v);
    }
    return v;
  };
}

/**
 * The fast path for a schema: its output, or DECLINE when zod must decide. A
 * schema it cannot read declines everything, which is slow but still right.
 */
export function fastPathOf<T>(schema: z.ZodType<T>): (value: unknown) => T | typeof DECLINE {
  try {
    return compile(schema as unknown as Schema) as (value: unknown) => T | typeof DECLINE;
  } catch {
    return declineAll as () => typeof DECLINE;
  }
}

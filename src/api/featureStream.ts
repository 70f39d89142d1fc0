/**
 * Reads a GeoJSON FeatureCollection as it arrives, one feature at a time, so a
 * 200 MB file is parsed and validated while it downloads instead of after (and
 * is never held as one 200 MB string). The scanner follows only strings,
 * escapes and nesting to find where each element of the top-level "features"
 * array starts and ends, and hands that element's text to JSON.parse; whatever
 * an element is (a feature, or `null`, or a string), it goes to `onFeature`,
 * where validation skips and counts what is not a valid record. What the
 * scanner cannot follow is reported as "not JSON" or "not a FeatureCollection",
 * as the whole-file parser reports it.
 */
import { DataFormatError } from './parse';

const QUOTE = 34; // "
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Backslashes just before `at`, back to `from`: an odd run escapes the character at `at`. */
function backslashesBefore(chunk: string, at: number, from: number) {
  let n = 0;
  while (at - 1 - n >= from && chunk.charCodeAt(at - 1 - n) === BACKSLASH) n++;
  return n;
}

/** The unescaped quote ending a string that is open at `from` (not itself escaped), or -1 if not in this chunk. */
function closingQuote(chunk: string, from: number) {
  let at = chunk.indexOf('"', from);
  while (at !== -1 && backslashesBefore(chunk, at, from) % 2 === 1) at = chunk.indexOf('"', at + 1);
  return at;
}

/** Whether a chunk ending inside a string (open at `from`) ends in an escaping backslash. */
const endsInEscape = (chunk: string, from: number) => backslashesBefore(chunk, chunk.length, from) % 2 === 1;

export function createFeatureStream(url: string, collection: string, onFeature: (feature: unknown) => void) {
  const notJson = () => new Error(`${url} did not return JSON.`);
  const notCollection = (type?: unknown) =>
    new DataFormatError(
      `The ${collection} response is not a GeoJSON FeatureCollection${type === undefined ? '' : ` (type: ${String(type).slice(0, 40)})`}.`,
    );

  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let ended = false;
  /** Inside the top-level "features" array (its elements are at depth 2). */
  let inFeatures = false;
  let sawFeatures = false;
  /** The last string read at depth 1: the key, when an array opens after it. */
  let lastKey = '';
  let keyParts: string[] | undefined;
  let keyFrom = 0;
  /** The element being read: its text so far (across chunks) and where it starts in this chunk. */
  let element: 'object' | 'string' | 'literal' | undefined;
  let elementParts: string[] = [];
  let elementFrom = 0;
  /** The top level without the features' elements (small), to check its "type". */
  const top: string[] = [];

  const emit = (text: string) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw notJson();
    }
    onFeature(value);
  };

  function feed(chunk: string) {
    let topFrom = inFeatures ? -1 : 0;
    elementFrom = 0;
    keyFrom = 0;
    for (let i = 0; i < chunk.length; i++) {
      if (inString) {
        // Most of a feature's text is inside strings: jump to the closing quote natively rather than char by char.
        if (escaped) {
          escaped = false;
          continue;
        }
        const end = closingQuote(chunk, i);
        if (end === -1) {
          escaped = endsInEscape(chunk, i);
          break;
        }
        i = end;
        inString = false;
        if (keyParts) {
          keyParts.push(chunk.slice(keyFrom, i));
          lastKey = keyParts.join('');
          keyParts = undefined;
        }
        if (element === 'string' && depth === 2) {
          elementParts.push(chunk.slice(elementFrom, i + 1));
          emit(elementParts.join(''));
          elementParts = [];
          element = undefined;
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      // A literal element (null, a number, true) ends at the next separator.
      if (element === 'literal' && depth === 2 && (c === COMMA || c === CLOSE_BRACKET || isSpace(c))) {
        elementParts.push(chunk.slice(elementFrom, i));
        emit(elementParts.join(''));
        elementParts = [];
        element = undefined;
      }
      if (isSpace(c)) continue;
      if (!started) {
        if (c !== OPEN_BRACE) throw c === OPEN_BRACKET ? notCollection() : notJson();
        started = true;
      } else if (ended) throw notJson();
      if (inFeatures && depth === 2 && element === undefined && c !== COMMA && c !== CLOSE_BRACKET) {
        element = c === OPEN_BRACE || c === OPEN_BRACKET ? 'object' : c === QUOTE ? 'string' : 'literal';
        elementFrom = i;
        elementParts = [];
      }
      if (c === QUOTE) {
        inString = true;
        if (depth === 1) {
          keyParts = [];
          keyFrom = i + 1;
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 1 && c === OPEN_BRACKET && lastKey === 'features' && !sawFeatures) {
          inFeatures = true;
          sawFeatures = true;
          top.push(chunk.slice(topFrom, i + 1));
          topFrom = -1;
        }
        depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth < 0) throw notJson();
        if (depth === 2 && inFeatures && element === 'object') {
          elementParts.push(chunk.slice(elementFrom, i + 1));
          emit(elementParts.join(''));
          elementParts = [];
          element = undefined;
        } else if (depth === 1 && inFeatures) {
          inFeatures = false;
          topFrom = i;
        } else if (depth === 0) ended = true;
      }
    }
    // What is unfinished continues in the next chunk.
    if (element !== undefined) elementParts.push(chunk.slice(elementFrom));
    if (keyParts) keyParts.push(chunk.slice(keyFrom));
    if (topFrom !== -1) top.push(chunk.slice(topFrom));
  }

  function finish() {
    if (!started) throw notJson();
    if (!ended || inString) throw notJson();
    let parsed: { type?: unknown; features?: unknown };
    try {
      parsed = JSON.parse(top.join('')) as typeof parsed;
    } catch {
      throw notJson();
    }
    if (parsed.type !== 'FeatureCollection' || !sawFeatures) throw notCollection(parsed.type);
    return parsed;
  }

  return { feed, finish };
}

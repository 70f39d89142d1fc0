/**
 * The lint bans on markup and code from strings (eslint.config.js) catch every
 * spelling of them in src/, reads as well as writes, and leave ordinary code alone.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });

const BANS = new Set([
  'no-restricted-properties',
  'no-restricted-globals',
  'no-restricted-syntax',
  'no-eval',
  'no-implied-eval',
  'no-new-func',
]);

/** The rule ids (or parse errors) reported for `code` as if it were a file in src/. */
async function problems(code: string, file = 'src/ui/example.tsx') {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint bans on HTML and code from strings in src/', () => {
  it.each([
    ['innerHTML assigned', 'export const f = (el: HTMLElement, s: string) => { el.innerHTML = s; };'],
    ['innerHTML appended to', 'export const f = (el: HTMLElement, s: string) => { el.innerHTML += s; };'],
    ['innerHTML read', 'export const f = (el: HTMLElement) => el.innerHTML;'],
    ['innerHTML by computed name', "export const f = (el: HTMLElement, s: string) => { el['innerHTML'] = s; };"],
    ['innerHTML destructured', 'export const f = (el: HTMLElement) => { const { innerHTML } = el; return innerHTML; };'],
    ['outerHTML assigned', 'export const f = (el: HTMLElement, s: string) => { el.outerHTML = s; };'],
    ['outerHTML read', 'export const f = (el: HTMLElement) => el.outerHTML.length;'],
    ['insertAdjacentHTML', "export const f = (el: HTMLElement, s: string) => el.insertAdjacentHTML('beforeend', s);"],
    ['setHTMLUnsafe', 'export const f = (el: Element, s: string) => el.setHTMLUnsafe(s);'],
    ['createContextualFragment', 'export const f = (s: string) => document.createRange().createContextualFragment(s);'],
    ['document.write', 'export const f = (s: string) => document.write(s);'],
    ['document.writeln', 'export const f = (s: string) => document.writeln(s);'],
    ['window.document.write', 'export const f = (s: string) => window.document.write(s);'],
    ['eval', 'export const f = (s: string): unknown => eval(s);'],
    ['window.eval', 'export const f = (s: string): unknown => window.eval(s);'],
    ['globalThis.eval', 'export const f = (s: string): unknown => globalThis.eval(s);'],
    ['eval passed around', 'export const run = eval;'],
    ['new Function', "export const f = (s: string) => new Function('x', s);"],
    ['Function called', 'export const f = (s: string) => Function(s);'],
    ['setTimeout with a string', "export const f = () => setTimeout('alert(1)', 0);"],
    ['dangerouslySetInnerHTML', 'export const F = ({ s }: { s: string }) => <p dangerouslySetInnerHTML={{ __html: s }} />;'],
  ])('flags %s', async (_name, code) => {
    const found = await problems(code);
    expect(
      found.filter((id) => !BANS.has(id)),
      'nothing but the bans is reported',
    ).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });

  it('leaves text and ordinary code alone', async () => {
    const code = [
      'export const f = (el: HTMLElement, s: string) => { el.textContent = s; el.title = s; };',
      "export const g = (doc: Document) => doc.createElement('p');",
      'export const h = (s: string) => JSON.parse(s) as unknown;',
      'export const i = (fn: () => void) => setTimeout(fn, 0);',
      'export const j = (w: { write: (s: string) => void }, s: string) => w.write(s);',
      'export const P = ({ s }: { s: string }) => <p title={s}>{s}</p>;',
    ].join('\n');
    expect(await problems(code)).toEqual([]);
  });

  it('applies to the app, not to test helpers that inspect markup', async () => {
    expect(await problems('export const f = (el: HTMLElement) => el.innerHTML;', 'test/example.ts')).toEqual([]);
  });
});

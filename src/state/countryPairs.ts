/** A country pair as the URL and the partnership explorer write it: the two codes in alphabetical order. */
export function pairKey(a: string, b: string): string {
  return a <= b ? `${a}-${b}` : `${b}-${a}`;
}

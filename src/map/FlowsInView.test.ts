import { describe, expect, it } from 'vitest';
import { readFlows } from './FlowsInView';

const flow = (id: string, count: number, crossBorder = true) => ({
  properties: { id, kind: 'flow', from: id.slice(5, 10), fromName: 'From', to: id.slice(11), toName: 'To', count, crossBorder },
});

describe('the flows listed for the keyboard and screen readers', () => {
  it('lists each flow once (a long line is drawn in several tiles), the most partnerships first', () => {
    const read = readFlows([flow('flow:KR-43~KZ-71', 4), flow('flow:KR-11~KR-28', 9, false), flow('flow:KR-43~KZ-71', 4), flow('flow:KR-26~KZ-75', 4)]);
    expect(read.map((f) => [f.id, f.count])).toEqual([
      ['flow:KR-11~KR-28', 9],
      ['flow:KR-26~KZ-75', 4],
      ['flow:KR-43~KZ-71', 4],
    ]);
    expect(read[0]).toEqual({ id: 'flow:KR-11~KR-28', from: 'KR-11', fromName: 'From', to: 'KR-28', toName: 'To', count: 9, crossBorder: false });
  });

  it('leaves out what is not a flow (single arcs drawn beside them)', () => {
    expect(readFlows([{ properties: { id: 'p-1', kind: 'mou' } }, { properties: null }])).toEqual([]);
  });
});

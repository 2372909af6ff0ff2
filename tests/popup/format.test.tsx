import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Sparkline, trendLabel } from '../../components/popup/Sparkline.tsx';
import { ago, num, signed } from '../../components/popup/format.ts';
import { trendPoints } from '../../components/popup/BuyerRow.tsx';
import { DAY, NOW, buyer } from './fake-ledger.ts';

afterEach(cleanup);

describe('popup formatting', () => {
  it.each([
    [NOW - 10_000, 'just now'],
    [NOW - 5 * 60_000, '5 minutes ago'],
    [NOW - 3 * 3600_000, '3 hours ago'],
    [NOW - DAY, 'yesterday'],
    [NOW - 3 * DAY, '3 days ago'],
    [NOW - 15 * DAY, '2 weeks ago'],
    [NOW - 70 * DAY, '2 months ago'],
    [NOW - 800 * DAY, '2 years ago'],
  ])('ago(%i) is "%s"', (then, text) => {
    expect(ago(then, NOW)).toBe(text);
  });

  it('signs balances with a real minus sign', () => {
    expect([signed(-7), signed(0), signed(3)]).toEqual(['\u22127', '0', '+3']);
    expect([num(-7), num(0), num(3)]).toEqual(['\u22127', '0', '3']);
  });
});

describe('Sparkline', () => {
  it('draws the trend with zero inside the scale and names it', () => {
    const { container } = render(<Sparkline points={[0, 2, -4]} width={42} height={14} />);
    const svg = container.querySelector('svg') as SVGElement;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('balance trend from 0 to \u22124');
    expect(svg.dataset.trend).toBe('negative');
    // Range −4…2 over 10 px of height: zero sits 2/6 of the way down.
    const zero = container.querySelector('.quid-spark-zero') as SVGLineElement;
    expect(Number(zero.getAttribute('y1'))).toBeCloseTo(2 + (2 / 6) * 10);
    expect(container.querySelector('polyline')?.getAttribute('points')).toBe('2.0,5.3 21.0,2.0 40.0,12.0');
  });

  it('shows one point as a dot and no points as an empty trend', () => {
    const one = render(<Sparkline points={[3]} />);
    expect(one.container.querySelector('circle')).not.toBeNull();
    expect(one.container.querySelector('polyline')).toBeNull();
    expect(trendLabel([])).toBe('no balance trend yet');
  });

  it('starts the line at zero only when the trend covers every send', () => {
    expect(trendPoints(buyer('a.com', { sends: 2, trend: [-1, -3] }))).toEqual([0, -1, -3]);
    expect(trendPoints(buyer('a.com', { sends: 40, trend: [-1, -3] }))).toEqual([-1, -3]);
  });
});

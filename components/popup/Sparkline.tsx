import { num } from './format';

export interface SparklineProps {
  /** Running balance, oldest first. */
  points: readonly number[];
  width?: number;
  height?: number;
}

const PAD = 2;

/** The accessible name: where the balance started and where it is now. */
export function trendLabel(points: readonly number[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return 'no balance trend yet';
  return `balance trend from ${num(first)} to ${num(last)}`;
}

/**
 * Balance over time as an inline SVG polyline with its zero line. The scale
 * always includes zero, so a line under the zero line means "gave more than
 * got" at a glance whatever the magnitudes.
 */
export function Sparkline({ points, width = 72, height = 22 }: SparklineProps) {
  const label = trendLabel(points);
  const min = Math.min(0, ...points);
  const max = Math.max(0, ...points);
  const span = max - min || 1;
  const y = (v: number) => PAD + ((max - v) / span) * (height - 2 * PAD);
  const step = points.length > 1 ? (width - 2 * PAD) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? PAD + i * step : width / 2);
  const last = points[points.length - 1] ?? 0;
  const coords = points.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');

  return (
    <svg className="quid-spark" data-trend={last < 0 ? 'negative' : 'positive'} role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <line className="quid-spark-zero" x1={0} x2={width} y1={y(0)} y2={y(0)} />
      {points.length > 1 && <polyline className="quid-spark-line" points={coords} fill="none" />}
      {points.length === 1 && <circle className="quid-spark-dot" cx={x(0)} cy={y(last)} r={2} />}
    </svg>
  );
}

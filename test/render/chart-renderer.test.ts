/**
 * The chart worker as front doors use it: the picture it sends back is the one drawn in process, a chart asked again
 * comes from its cache, and a worker too slow to start or a drawing over its limit fails with a reason instead of
 * keeping anyone waiting.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { estimatesAnswer } from '../../src/answers/estimates.ts';
import {
  ChartError,
  type ChartRenderer,
  type ChartRendererOptions,
  chartImage,
  chartOf,
  createChartRenderer,
  renderChart,
} from '../../src/render/charts/index.ts';
import { seedContext } from '../answers/seed.ts';

const renderers: ChartRenderer[] = [];
function renderer(options: ChartRendererOptions = {}): ChartRenderer {
  const r = createChartRenderer(options);
  renderers.push(r);
  return r;
}
/**
 * Limits for the tests that only draw: generous, since the machine running the suite may be busy with other work
 * (the limits themselves are tested below).
 */
const PATIENT: ChartRendererOptions = { timeLimitMs: 60_000, startLimitMs: 120_000 };

/** One renderer for the tests that only draw: each renderer starts a worker, which takes seconds. */
const shared = renderer(PATIENT);

afterAll(async () => {
  await Promise.all(renderers.map((r) => r.close()));
});

async function troops() {
  const answer = estimatesAnswer(await seedContext(), { subject: 'troops' });
  const chart = chartOf(answer);
  if (!chart) throw new Error('the seed troop estimates should have a chart');
  return { answer, chart };
}

describe('createChartRenderer', () => {
  it('draws in a worker the same picture as in process, and keeps what it drew for the next ask', async () => {
    const { chart } = await troops();
    const r = shared;
    expect(r.drawn(chart)).toBeNull();
    const [inWorker, inProcess] = await Promise.all([r.render(chart), renderChart(chart)]);
    expect(Buffer.from(inWorker.png).equals(Buffer.from(inProcess.png))).toBe(true);
    expect(inWorker.svg).toBe(inProcess.svg);
    expect(inWorker.alt).toBe(inProcess.alt);
    // The same chart again is the same picture, not a second drawing, and can be had without waiting.
    expect(await r.render(structuredClone(chart))).toBe(inWorker);
    expect(r.drawn(structuredClone(chart))).toBe(inWorker);
  });

  it('draws again what fell out of its cache, and fails what was pending when closed', async () => {
    const { chart } = await troops();
    const other = chartOf(estimatesAnswer(await seedContext(), {}));
    if (!other) throw new Error('the seed estimates should have a chart');
    const r = renderer({ ...PATIENT, cacheSize: 1 });
    const first = await r.render(chart);
    await r.render(other);
    expect(r.drawn(chart)).toBeNull();
    const again = await r.render(chart);
    expect(again).not.toBe(first);
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
    const pending = r.render(other).catch((e: unknown) => e);
    await r.close();
    expect(((await pending) as ChartError).reason).toBe('stopped');
  });

  it('gives up with the reason on a worker too slow to start, and on a drawing over its limit', async () => {
    const { chart } = await troops();
    // One millisecond is less than starting a worker, or drawing a chart, ever takes.
    const unstarted = await renderer({ startLimitMs: 1 })
      .render(chart)
      .catch((e: unknown) => e);
    expect(unstarted).toBeInstanceOf(ChartError);
    expect((unstarted as ChartError).reason).toBe('timeout');
    expect((unstarted as ChartError).message).toMatch(/did not start/);
    const slow = await renderer({ startLimitMs: PATIENT.startLimitMs, timeLimitMs: 1 })
      .render(chart)
      .catch((e: unknown) => e);
    expect((slow as ChartError).reason).toBe('timeout');
    expect((slow as ChartError).message).toMatch(/took longer than 1 ms/);
  });

  it('chartImage gives the PNG, its file name and alt text, or null when there is nothing to compare', async () => {
    const { answer } = await troops();
    const r = shared;
    const image = await chartImage(answer, r);
    expect(image?.filename).toBe('estimates.png');
    expect(image?.alt).toContain('Janes');
    expect(image?.png.length).toBeGreaterThan(1000);
    const single = estimatesAnswer(await seedContext(), { subject: 'warships' });
    expect(await chartImage(single, r)).toBeNull();
  });
});

/**
 * The chart worker as front doors use it: the picture it sends back is the one drawn in process, a chart over the
 * time limit fails with a reason instead of waiting, and the renderer recovers with a fresh worker.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { estimatesAnswer } from '../../src/answers/estimates.ts';
import {
  ChartError,
  type ChartRenderer,
  chartImage,
  chartOf,
  createChartRenderer,
  renderChart,
} from '../../src/render/charts/index.ts';
import { seedContext } from '../answers/seed.ts';

const renderers: ChartRenderer[] = [];
function renderer(timeLimitMs?: number): ChartRenderer {
  const r = createChartRenderer(timeLimitMs === undefined ? {} : { timeLimitMs });
  renderers.push(r);
  return r;
}
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
  it('draws in a worker the same picture as in process, and can be used again', async () => {
    const { chart } = await troops();
    const r = renderer();
    const [inWorker, inProcess] = await Promise.all([r.render(chart), renderChart(chart)]);
    expect(Buffer.from(inWorker.png).equals(Buffer.from(inProcess.png))).toBe(true);
    expect(inWorker.svg).toBe(inProcess.svg);
    expect(inWorker.alt).toBe(inProcess.alt);
    const again = await r.render(chart);
    expect(again.width).toBe(inProcess.width);
  });

  it('fails a chart over its time limit with the reason, and fails what was pending when closed', async () => {
    const { chart } = await troops();
    // One millisecond is less than starting a worker takes, so the limit is always what ends it.
    const tight = renderer(1);
    const error = await tight.render(chart).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChartError);
    expect((error as ChartError).reason).toBe('timeout');

    const closing = renderer();
    const pending = closing.render(chart).catch((e: unknown) => e);
    await closing.close();
    expect(((await pending) as ChartError).reason).toBe('stopped');
  });

  it('chartImage gives the PNG, its file name and alt text, or null when there is nothing to compare', async () => {
    const { answer } = await troops();
    const r = renderer();
    const image = await chartImage(answer, r);
    expect(image?.filename).toBe('estimates.png');
    expect(image?.alt).toContain('Janes');
    expect(image?.png.length).toBeGreaterThan(1000);
    const single = estimatesAnswer(await seedContext(), { subject: 'warships' });
    expect(await chartImage(single, r)).toBeNull();
  });
});

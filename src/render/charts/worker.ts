/**
 * The chart worker: a thread that loads the chart libraries once and draws each chart it is sent, so drawing (a
 * few hundred milliseconds of JavaScript, more on a cold start) never holds up the thread that answers users.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { drawChart } from './draw.ts';
import { CHART_WORKER_MARK, type ChartReply, type ChartRequest, type WorkerMessage } from './protocol.ts';

function serve(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', async (request: ChartRequest) => {
    let reply: ChartReply;
    try {
      const chart = await drawChart(request.chart);
      // A copy of its own, so the bytes can move to the other thread (resvg's buffer cannot be handed over).
      reply = { id: request.id, chart: { ...chart, png: new Uint8Array(chart.png) } };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    const transfer = 'chart' in reply ? [reply.chart.png.buffer as ArrayBuffer] : [];
    port.postMessage(reply, transfer);
  });
  // The libraries are loaded by now (static imports): the thread is ready to draw at full speed.
  const ready: WorkerMessage = { ready: true };
  port.postMessage(ready);
}

if (!isMainThread && workerData === CHART_WORKER_MARK) serve();

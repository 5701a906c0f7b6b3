/**
 * Worker-thread entry (bundled as dist/apps/api/matching-worker.js, see apps/api/webpack.config.js):
 * computes one match run off the API's event loop and reports progress.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MatchingSettings } from '@mentorbridge/shared-contracts';
import { computeRun, RunInputs } from './lib/runs/run-computation';

const port = parentPort;
if (port) {
  const { inputs, settings } = workerData as { inputs: RunInputs; settings: MatchingSettings };
  try {
    const output = computeRun(inputs, settings, (progress) =>
      port.postMessage({ type: 'progress', progress }),
    );
    port.postMessage({ type: 'done', output });
  } catch (e) {
    port.postMessage({ type: 'error', message: (e as Error).message ?? String(e) });
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { MatchingSettings } from '@mentorbridge/shared-contracts';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { computeRun, ProgressListener, RunInputs, RunOutput } from './run-computation';

type WorkerMessage =
  | { type: 'progress'; progress: Parameters<ProgressListener>[0] }
  | { type: 'done'; output: RunOutput }
  | { type: 'error'; message: string };

/**
 * Runs the computation in a worker thread when the built worker is next to the server's entry
 * (production build: dist/apps/api/matching-worker.js), so scoring and solving never block the
 * API. Without it (unit tests run from sources) it computes in-process after the request returns.
 */
@Injectable()
export class MatchRunExecutor {
  private readonly logger = new Logger(MatchRunExecutor.name);
  private readonly workerFile = locateWorker();

  get mode(): 'worker' | 'in-process' {
    return this.workerFile ? 'worker' : 'in-process';
  }

  run(
    inputs: RunInputs,
    settings: MatchingSettings,
    onProgress: ProgressListener,
  ): Promise<RunOutput> {
    if (!this.workerFile) {
      return new Promise((resolvePromise, reject) =>
        setImmediate(() => {
          try {
            resolvePromise(computeRun(inputs, settings, onProgress));
          } catch (e) {
            reject(e);
          }
        }),
      );
    }
    const file = this.workerFile;
    return new Promise((resolvePromise, reject) => {
      const worker = new Worker(file, { workerData: { inputs, settings } });
      let settled = false;
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') onProgress(message.progress);
        else if (message.type === 'done') {
          settled = true;
          resolvePromise(message.output);
        } else {
          settled = true;
          reject(new Error(message.message));
        }
      });
      worker.on('error', (e) => {
        settled = true;
        reject(e);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`The matching worker stopped unexpectedly (exit ${code}).`));
      });
    }).catch((e: unknown) => {
      this.logger.warn(`Match run failed in the worker: ${(e as Error).message}`);
      throw e;
    }) as Promise<RunOutput>;
  }
}

function locateWorker(): string | null {
  if (process.env['MATCHING_WORKER'] === 'off') return null;
  const entry = process.argv[1];
  if (!entry) return null;
  const candidate = join(dirname(resolve(entry)), 'matching-worker.js');
  return existsSync(candidate) ? candidate : null;
}

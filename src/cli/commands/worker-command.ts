import type { Command } from 'commander';
import type { CliIo } from '../io';

/** `gong-worker worker`: the long-running worker process. */
export function registerWorkerCommand(program: Command, io: CliIo): void {
  program
    .command('worker')
    .description(
      'Run the worker (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TEMPORAL_TASK_QUEUE)',
    )
    .action(async () => {
      // Imported here: the worker (native bridge, activities, bundler) is not loaded by other commands.
      const { runWorker } = await import('../../worker');
      await runWorker(io.env, (line) => io.out(line));
    });
}

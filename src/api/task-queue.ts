/** The default task queue of every workflow and activity of this worker. */
export const DEFAULT_TASK_QUEUE = 'gong';

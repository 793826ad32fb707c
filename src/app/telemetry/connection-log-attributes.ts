import type { ActivityInterceptorsFactory } from '@temporalio/worker';

/**
 * Adds the `connectionId` of an activity's input to the lines its logger writes, so an
 * operator can filter one Gong connection's logs. Every Gong activity takes one.
 */
export const connectionLogAttributes: ActivityInterceptorsFactory = () => {
  let connectionId: string | undefined;
  return {
    inbound: {
      execute(input, next) {
        const first: unknown = input.args[0];
        if (typeof first === 'object' && first !== null && 'connectionId' in first) {
          const id = (first as { connectionId: unknown }).connectionId;
          if (typeof id === 'string') connectionId = id;
        }
        return next(input);
      },
    },
    outbound: {
      getLogAttributes(input, next) {
        return next(connectionId === undefined ? input : { ...input, connectionId });
      },
    },
  };
};

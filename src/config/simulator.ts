import { z } from 'zod';
import { zodSection } from './env';

/** Where `*.gong.io` requests go instead of Gong, for dev and tests; null in production. */
export interface SimulatorSettings {
  url: string | null;
}

export const simulatorSection = zodSection(
  [
    {
      names: ['GONG_SIMULATOR_URL'],
      meaning: 'a loopback `http://127.0.0.1:PORT`: `*.gong.io` requests go to the simulator (logged)',
    },
  ],
  z.object({ GONG_SIMULATOR_URL: z.url({ protocol: /^https?$/ }).optional() }),
  (parsed): SimulatorSettings => ({ url: parsed.GONG_SIMULATOR_URL ?? null }),
);

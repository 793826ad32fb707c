import net from 'node:net';
import { findFreePort } from '../../tools/temporal-server/free-port';

/**
 * A loopback TCP relay to `target` that can be switched off and on again on the same port, as a
 * database restart looks to its clients: while off, connections are refused and open ones cut.
 */
export interface TcpSwitch {
  port: number;
  /** Listens again on the same port. */
  on(): Promise<void>;
  /** Stops listening and cuts every open connection. */
  off(): Promise<void>;
}

/** Starts a relay to `127.0.0.1:targetPort`, switched on. */
export async function startTcpSwitch(targetPort: number): Promise<TcpSwitch> {
  const port = await findFreePort();
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
  });
  const on = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await on();
  return {
    port,
    on,
    off: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

import net from 'node:net';

/**
 * Asks the OS for a free TCP port by binding port 0 and releasing it. Another process could take
 * the port before the caller binds it; {@link startDevServer} retries when that happens.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

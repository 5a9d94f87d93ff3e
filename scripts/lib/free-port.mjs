// A free loopback port, for a server a check or benchmark starts itself (Redis, the counter service).
import { createServer } from 'node:net';

/** Resolves to a TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

import type { Server } from 'node:http';

/**
 * Where this server's own Chromium reaches it: its listening port on loopback, never the request's Host header
 * (which a client chooses, and which would carry the user's session cookie to another host). Null when the
 * server is not listening (specs that `inject`).
 */
export function printOrigin(server: Server): string | null {
  const address = server.address();
  if (!address || typeof address === 'string') return null;
  const anyInterface = address.address === '0.0.0.0' || address.address === '::';
  const host = anyInterface
    ? '127.0.0.1'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}

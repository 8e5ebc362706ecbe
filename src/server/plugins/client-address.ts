import type { FastifyInstance, FastifyRequest } from 'fastify';
import ipaddr from 'ipaddr.js';
import type { TrustProxy } from '../config.js';

/** A hop count trusts that many proxies nearest to us, which Fastify expresses as a function. */
export function toFastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/**
 * The client's address: the socket's, or with TRUST_PROXY the one the trusted proxies name in
 * X-Forwarded-For. A forwarded value that is no IP address (a client writes what it likes there)
 * is passed over for the nearest real address before it, so every limit, the IP block and the
 * audit log count something real.
 */
export function clientAddress(request: FastifyRequest): string {
  // From the socket outward, up to the first hop that is not a trusted proxy (Fastify's proxy-addr).
  const chain = request.ips ?? [request.ip];
  for (let hop = chain.length - 1; hop >= 0; hop--) {
    const address = chain[hop];
    if (address !== undefined && ipaddr.isValid(address)) return address;
  }
  return request.socket.remoteAddress ?? '';
}

/**
 * With TRUST_PROXY off, a request that arrives through a proxy is counted by the proxy's address:
 * every client shares one rate limit. Said once in the log, so that whoever deploys sees it.
 */
export function warnOfUntrustedForwarding(app: FastifyInstance, trust: TrustProxy): void {
  if (trust !== false && trust !== 0) return;
  let warned = false;
  app.addHook('onRequest', (request, _reply, done) => {
    if (!warned && (request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined)) {
      warned = true;
      app.log.warn('A request came with X-Forwarded-For or Forwarded while TRUST_PROXY is off: clients are counted by the address they connect from. Behind a reverse proxy, set TRUST_PROXY to the number of proxies or their addresses.');
    }
    done();
  });
}

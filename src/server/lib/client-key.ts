import ipaddr from 'ipaddr.js';

/** Providers hand every IPv6 subscriber at least a /64, so one client may use any address inside it. */
const IPV6_CLIENT_PREFIX = 64;
/** An IPv6 address is eight groups of 16 bits. */
const BITS_PER_GROUP = 16;

/**
 * The key under which per-client limits (rate limits, the failed-login block) count a request:
 * an IPv4 address as it is, an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`) as its IPv4 address,
 * any other IPv6 address as its /64, so a client cannot dodge a limit by rotating addresses
 * inside its own prefix. Only for counting: audit records and sessions keep the full address.
 */
export function clientKey(ip: string): string {
  // A socket always gives a valid address; anything else is counted as it is rather than thrown on.
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (!(address instanceof ipaddr.IPv6)) return address.toString();
  const network = new ipaddr.IPv6(address.parts.map((group, i) => (i < IPV6_CLIENT_PREFIX / BITS_PER_GROUP ? group : 0)));
  return `${network.toRFC5952String()}/${IPV6_CLIENT_PREFIX}`;
}

import { BlockList, isIP } from 'node:net';
import Bowser from 'bowser';

export type Device = { deviceType: 'desktop' | 'mobile' | 'tablet' | 'unknown'; browser: string; os: string };

export function parseDevice(userAgent: string): Device {
  if (!userAgent) return { deviceType: 'unknown', browser: 'Unknown browser', os: 'Unknown OS' };
  const parsed = Bowser.parse(userAgent);
  const platform = parsed.platform.type;
  return {
    deviceType: platform === 'desktop' || platform === 'mobile' || platform === 'tablet' ? platform : 'unknown',
    browser: [parsed.browser.name, parsed.browser.version?.split('.')[0]].filter(Boolean).join(' ') || 'Unknown browser',
    os: [parsed.os.name, parsed.os.versionName ?? parsed.os.version].filter(Boolean).join(' ') || 'Unknown OS',
  };
}

/** Approximate location of a public IP address, e.g. "Portugal"; null when unknown. */
export type Geolocator = (ip: string) => Promise<string | null>;

/** No geo-IP database: public addresses are "Unknown". `buildApp`'s default; the server passes `countryGeolocator`. */
export const noGeolocation: Geolocator = async () => null;

const privateRanges = new BlockList();
for (const [net, prefix] of [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['127.0.0.0', 8], ['169.254.0.0', 16], ['100.64.0.0', 10]] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::1', 128], ['fc00::', 7], ['fe80::', 10]] as const) privateRanges.addSubnet(net, prefix, 'ipv6');

export async function locate(ip: string, geolocate: Geolocator): Promise<string> {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  const family = isIP(v4);
  if (family === 0) return 'Unknown';
  if (privateRanges.check(v4, family === 4 ? 'ipv4' : 'ipv6')) return 'Local network';
  return (await geolocate(v4).catch(() => null)) ?? 'Unknown';
}

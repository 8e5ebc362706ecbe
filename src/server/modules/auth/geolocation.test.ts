import { describe, expect, it } from 'vitest';
import { locate } from './device.js';
import { countryGeolocator } from './geolocation.js';

/** The geolocator the server runs with, on the database the lockfile pins. */
describe('countryGeolocator', () => {
  it('names the country of a public IPv4 or IPv6 address, as a person would write it', async () => {
    const geolocate = await countryGeolocator();
    expect(await geolocate('193.136.0.1')).toBe('Portugal');
    expect(await geolocate('2001:690::1')).toBe('Portugal');
    expect(await geolocate('8.8.8.8')).toBe('United States');
  });

  it('knows nothing of addresses no one was given, which sessions then show as "Unknown"', async () => {
    const geolocate = await countryGeolocator();
    expect(await geolocate('192.0.2.1')).toBeNull();
    expect(await geolocate('2001:db8::1')).toBeNull();
    expect(await locate('203.0.113.9', geolocate)).toBe('Unknown');
  });

  it('serves an IPv4 client seen through an IPv6 socket by its IPv4 address', async () => {
    expect(await locate('::ffff:193.136.0.1', await countryGeolocator())).toBe('Portugal');
  });
});

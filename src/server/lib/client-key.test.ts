import { describe, expect, it } from 'vitest';
import { clientKey } from './client-key.js';

describe('clientKey', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address, in either spelling', () => {
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('::ffff:cb00:7109')).toBe('203.0.113.9');
  });

  it('counts an IPv6 address as its /64', () => {
    expect(clientKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
  });

  it('gives every address of one /64 the same key, and neighbouring /64s different ones', () => {
    const sameNetwork = ['2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:0DB8:0001:0002:0:0:0:abcd'].map(clientKey);
    expect(new Set(sameNetwork).size).toBe(1);
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
    expect(clientKey('2001:db8:2:2::1')).not.toBe(clientKey('2001:db8:1:2::1'));
  });

  it('keys the loopback and link-local addresses (with a zone) on their /64 too', () => {
    expect(clientKey('::1')).toBe('::/64');
    expect(clientKey('fe80::1%eth0')).toBe(clientKey('fe80::2'));
  });

  it('returns what is not an IP address unchanged instead of throwing', () => {
    expect(clientKey('unknown')).toBe('unknown');
  });
});

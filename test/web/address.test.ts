import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddressAllowList, refusedAddress, specialAddressKind } from '../../src/web/address.ts';

describe('specialAddressKind', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['127.255.255.254', 'a loopback address'],
    ['10.0.0.1', 'a private address'],
    ['172.16.5.4', 'a private address'],
    ['172.31.255.255', 'a private address'],
    ['192.168.1.1', 'a private address'],
    ['169.254.169.254', 'a link-local address'],
    ['100.64.0.1', 'a shared (carrier-grade NAT) address'],
    ['0.0.0.0', 'a "this network" address'],
    ['224.0.0.1', 'a multicast address'],
    ['255.255.255.255', 'a reserved address'],
    ['::1', 'a loopback address'],
    ['::', 'the unspecified address'],
    ['fe80::1%eth0', 'a link-local address'],
    ['fd12:3456::1', 'a unique-local (private) address'],
    ['fc00::1', 'a unique-local (private) address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:7f00:1', 'a loopback address'],
    ['::ffff:a00:1', 'a private address'],
    ['64:ff9b::192.168.0.1', 'a private address'],
    ['::127.0.0.1', 'a loopback address'],
    ['2001:db8::1', 'a documentation address'],
    ['[::1]', 'a loopback address'],
    ['example.org', 'not an IP address'],
  ])('%s is %s', (address, kind) => {
    expect(specialAddressKind(address)).toBe(kind);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    '%s is an ordinary public address',
    (address) => {
      expect(specialAddressKind(address)).toBeNull();
    },
  );

  it('classifies every address of the private IPv4 ranges as special, whatever the host part', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(octet, octet, octet, (a, b, c) => {
        expect(specialAddressKind(`10.${a}.${b}.${c}`)).not.toBeNull();
        expect(specialAddressKind(`192.168.${b}.${c}`)).not.toBeNull();
        expect(specialAddressKind(`172.${16 + (a % 16)}.${b}.${c}`)).not.toBeNull();
        expect(specialAddressKind(`::ffff:127.${a}.${b}.${c}`)).not.toBeNull();
      }),
    );
  });
});

describe('AddressAllowList', () => {
  it('allows exactly the addresses and ranges configured', () => {
    const allow = new AddressAllowList(['127.0.0.1', '10.20.0.0/16', '::1']);
    expect(refusedAddress('127.0.0.1', allow)).toBeNull();
    expect(refusedAddress('::ffff:127.0.0.1', allow)).toBeNull();
    expect(refusedAddress('::1', allow)).toBeNull();
    expect(refusedAddress('10.20.3.4', allow)).toBeNull();
    expect(refusedAddress('10.21.3.4', allow)).toBe('a private address');
    expect(refusedAddress('127.0.0.2', allow)).toBe('a loopback address');
    expect(refusedAddress('8.8.8.8', allow)).toBeNull();
    expect(allow.ranges).toEqual(['127.0.0.1', '10.20.0.0/16', '::1']);
  });

  it('refuses malformed ranges with the range in the message', () => {
    expect(() => new AddressAllowList(['localhost'])).toThrow('not an IP address or range: localhost');
    expect(() => new AddressAllowList(['10.0.0.0/33'])).toThrow('not a valid prefix length: 10.0.0.0/33');
    expect(() => new AddressAllowList(['10.0.0.0/x'])).toThrow('not a valid prefix length');
  });

  it('allows nothing by default', () => {
    expect(refusedAddress('127.0.0.1', new AddressAllowList([]))).toBe('a loopback address');
  });
});

/**
 * Which network addresses a fetch may connect to. A server that fetches addresses its users give must not become
 * their way into the machine's own network (SSRF): loopback, private, link-local, unique-local and the other
 * special-purpose ranges of the IANA registries are refused unless the operator allows a range explicitly.
 */
import { BlockList, isIP } from 'node:net';

/** Special-purpose IPv4 ranges (RFC 6890 and its updates), each with the words a refusal uses. */
const SPECIAL_V4: readonly (readonly [network: string, prefix: number, kind: string])[] = [
  ['0.0.0.0', 8, 'a "this network" address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'a protocol-assignment address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a relay address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

/** Special-purpose IPv6 ranges. IPv4 embedded in IPv6 (mapped, NAT64) is unwrapped and checked as IPv4 instead. */
const SPECIAL_V6: readonly (readonly [network: string, prefix: number, kind: string])[] = [
  ['::', 128, 'the unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['::', 96, 'an IPv4-compatible address'],
  ['::ffff:0:0:0', 96, 'an IPv4-translated address'],
  ['64:ff9b:1::', 48, 'a local NAT64 address'],
  ['100::', 64, 'a discard address'],
  ['2001::', 23, 'a protocol-assignment address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['2002::', 16, 'a 6to4 relay address'],
  ['fc00::', 7, 'a unique-local (private) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

function listOf(ranges: typeof SPECIAL_V4, family: 'ipv4' | 'ipv6'): readonly (readonly [BlockList, string])[] {
  return ranges.map(([network, prefix, kind]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return [list, kind] as const;
  });
}

const V4 = listOf(SPECIAL_V4, 'ipv4');
const V6 = listOf(SPECIAL_V6, 'ipv6');

/** The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible or NAT64 (`64:ff9b::/96`) address. */
function embeddedV4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex?.[1] || !hex[2]) return null;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * What kind of special-purpose address `address` is ("a loopback address", "a private address"…), or null for an
 * ordinary public unicast address. Anything that is not an IP address at all is treated as special.
 */
export function specialAddressKind(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return V4.find(([list]) => list.check(bare, 'ipv4'))?.[1] ?? null;
  if (family === 6) {
    const v4 = embeddedV4(bare);
    if (v4 !== null) return specialAddressKind(v4);
    return V6.find(([list]) => list.check(bare, 'ipv6'))?.[1] ?? null;
  }
  return 'not an IP address';
}

/** Ranges the operator allows despite being special (`FETCH_ALLOW_PRIVATE`), e.g. a newsroom's intranet. */
export class AddressAllowList {
  readonly #list = new BlockList();
  readonly #ranges: readonly string[];

  /** `ranges`: addresses (`127.0.0.1`, `::1`) or CIDR ranges (`10.0.0.0/8`). Throws on a malformed one. */
  constructor(ranges: readonly string[]) {
    this.#ranges = ranges;
    for (const range of ranges) {
      const [network = '', prefix] = range.trim().split('/');
      const family = isIP(network);
      if (family === 0) throw new Error(`not an IP address or range: ${range.slice(0, 60)}`);
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) {
        this.#list.addAddress(network, type);
        continue;
      }
      const bits = Number(prefix);
      if (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128)) {
        throw new Error(`not a valid prefix length: ${range.slice(0, 60)}`);
      }
      this.#list.addSubnet(network, bits, type);
    }
  }

  /** True when `address` falls in an allowed range. */
  allows(address: string): boolean {
    const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
    const family = isIP(bare);
    if (family === 0) return false;
    const v4 = family === 6 ? embeddedV4(bare) : null;
    if (v4 !== null) return this.#list.check(v4, 'ipv4');
    return this.#list.check(bare, family === 4 ? 'ipv4' : 'ipv6');
  }

  /** The ranges as given, for logs. */
  get ranges(): readonly string[] {
    return this.#ranges;
  }
}

/** Why `address` may not be connected to under `allow`, or null when it may. */
export function refusedAddress(address: string, allow: AddressAllowList): string | null {
  const kind = specialAddressKind(address);
  if (kind === null || allow.allows(address)) return null;
  return kind;
}

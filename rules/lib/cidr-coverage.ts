/**
 * Whether a set of CIDR blocks together covers a whole address space (every
 * IPv4 or every IPv6 address): `0.0.0.0/1` and `128.0.0.0/1` reach as far as
 * `0.0.0.0/0` does.
 */

/** The address family a CIDR belongs to: IPv6 addresses, and only they, contain a colon. */
export function cidrFamily(cidr: string): 'ipv4' | 'ipv6' {
  return cidr.includes(':') ? 'ipv6' : 'ipv4';
}

interface Block {
  start: bigint;
  /** The first address after the block. */
  end: bigint;
}

const BITS = { ipv4: 32, ipv6: 128 } as const;

function ipv4Number(address: string): bigint | undefined {
  const octets = address.split('.');
  if (octets.length !== 4 || !octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255))
    return undefined;
  return octets.reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

function ipv6Number(address: string): bigint | undefined {
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (text: string) => (text === '' ? [] : text.split(':'));
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return undefined;
  return groups.reduce((value, group) => (value << 16n) | BigInt(`0x${group}`), 0n);
}

/** The addresses a CIDR block spans; undefined when it is not a CIDR of its family. */
function blockOf(cidr: string): Block | undefined {
  const family = cidrFamily(cidr);
  const [address = '', prefixText = ''] = cidr.trim().split('/');
  if (!/^\d+$/.test(prefixText) || Number(prefixText) > BITS[family]) return undefined;
  const value = family === 'ipv4' ? ipv4Number(address) : ipv6Number(address);
  if (value === undefined) return undefined;
  const size = 1n << BigInt(BITS[family] - Number(prefixText));
  const start = value - (value % size);
  return { start, end: start + size };
}

/** Whether the CIDR blocks of one family together cover every address of it. */
export function coversAddressSpace(cidrs: readonly string[], family: 'ipv4' | 'ipv6'): boolean {
  const blocks = cidrs
    .filter((cidr) => cidrFamily(cidr) === family)
    .map(blockOf)
    .filter((block): block is Block => block !== undefined)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let reached = 0n;
  for (const block of blocks) {
    if (block.start > reached) return false;
    if (block.end > reached) reached = block.end;
  }
  return reached === 1n << BigInt(BITS[family]);
}

/**
 * Which signers the reader trusts, for `soc2 verify` and `soc2 report`:
 * `--public-key FILE` (repeatable) and `--trusted-keys FILE`, else the file
 * named by SOC2_TRUSTED_KEYS, else `.soc2/trusted-keys` in the working folder.
 * A trusted-keys file holds PEM public keys and/or SHA-256 fingerprints of
 * keys (64 hex digits, optionally `sha256:`), one per line, `#` comments; a
 * fingerprint is how a KMS key is pinned without exporting it.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { publicKeyFingerprint } from './sign.js';

export const TRUSTED_KEYS_ENV = 'SOC2_TRUSTED_KEYS';
export const DEFAULT_TRUSTED_KEYS_FILE = '.soc2/trusted-keys';

export interface TrustedKeys {
  /** SHA-256 fingerprint (hex of the DER public key) -> the key, when its PEM was given. */
  keys: Map<string, KeyObject | undefined>;
  /** Where the trust came from, for the output. */
  source: string;
}

const PEM_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g;

async function readKeyFile(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${flag} ${path}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
}

function parseTrustedKeys(text: string, path: string, flag: string, into: TrustedKeys['keys']): void {
  for (const block of text.match(PEM_BLOCK) ?? []) {
    let key: KeyObject;
    try {
      key = createPublicKey(block);
    } catch (error) {
      throw new InputError(`${flag} ${path}: a PEM block is not a public key (${(error as Error).message})`);
    }
    into.set(publicKeyFingerprint(key), key);
  }
  const rest = text.replace(PEM_BLOCK, '');
  rest.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const fingerprint = /^(?:sha256:)?([0-9a-fA-F]{64})$/.exec(line)?.[1]?.toLowerCase();
    if (fingerprint === undefined) {
      throw new InputError(
        `${flag} ${path}: line ${index + 1} is neither a PEM public key nor a SHA-256 key fingerprint`,
      );
    }
    if (!into.has(fingerprint)) into.set(fingerprint, undefined);
  });
}

async function loadFile(path: string, flag: string, into: TrustedKeys['keys']): Promise<void> {
  const text = await readKeyFile(path, flag);
  const before = into.size;
  parseTrustedKeys(text, path, flag, into);
  if (into.size === before && !/BEGIN PUBLIC KEY/.test(text)) {
    throw new InputError(`${flag} ${path}: no public key or key fingerprint in it`);
  }
}

/**
 * The trusted signers, or undefined when none is configured (the pack's
 * signature can then only be checked against the key it carries itself).
 */
export async function loadTrustedKeys(
  options: { publicKeys?: readonly string[]; trustedKeysFile?: string },
  context: { cwd: string; env: Record<string, string | undefined> },
): Promise<TrustedKeys | undefined> {
  const keys: TrustedKeys['keys'] = new Map();
  const publicKeys = options.publicKeys ?? [];
  if (publicKeys.length > 0 || options.trustedKeysFile !== undefined) {
    for (const path of publicKeys) {
      const absolute = resolve(context.cwd, path);
      let key: KeyObject;
      try {
        key = createPublicKey(await readKeyFile(absolute, '--public-key'));
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(
          `--public-key ${absolute}: cannot read a public key (${(error as Error).message})`,
        );
      }
      keys.set(publicKeyFingerprint(key), key);
    }
    if (options.trustedKeysFile !== undefined) {
      await loadFile(resolve(context.cwd, options.trustedKeysFile), '--trusted-keys', keys);
    }
    const named = [...publicKeys, ...(options.trustedKeysFile ? [options.trustedKeysFile] : [])];
    return { keys, source: named.join(', ') };
  }
  const fromEnv = context.env[TRUSTED_KEYS_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    const path = resolve(context.cwd, fromEnv);
    await loadFile(path, TRUSTED_KEYS_ENV, keys);
    return { keys, source: path };
  }
  const defaultPath = resolve(context.cwd, DEFAULT_TRUSTED_KEYS_FILE);
  const exists = await readFile(defaultPath).then(
    () => true,
    () => false,
  );
  if (!exists) return undefined;
  await loadFile(defaultPath, DEFAULT_TRUSTED_KEYS_FILE, keys);
  return { keys, source: defaultPath };
}

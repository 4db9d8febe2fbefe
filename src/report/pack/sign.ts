/**
 * Detached signatures over manifest.json: a local Ed25519 key (`--sign-key`)
 * or an asymmetric KMS key (`--kms-sign-key`, the KMS Sign API over the
 * manifest's digest). The signer's description and public key are written into
 * manifest.json before it is signed (so they are covered by the signature),
 * manifest.sig holds the base64 signature and manifest.sig.json repeats the
 * signer block for other tools.
 */
import {
  constants,
  createHash,
  createPublicKey,
  createPrivateKey,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { KMSClient } from '@aws-sdk/client-kms';
import { InputError } from '../../errors.js';
import { MANIFEST_FILE, sha256Hex } from './manifest.js';

export type SignatureAlgorithm =
  | 'Ed25519'
  | 'ECDSA_SHA_256'
  | 'ECDSA_SHA_384'
  | 'ECDSA_SHA_512'
  | 'RSASSA_PSS_SHA_256'
  | 'RSASSA_PSS_SHA_384'
  | 'RSASSA_PSS_SHA_512'
  | 'RSASSA_PKCS1_V1_5_SHA_256'
  | 'RSASSA_PKCS1_V1_5_SHA_384'
  | 'RSASSA_PKCS1_V1_5_SHA_512';

type KmsAlgorithm = Exclude<SignatureAlgorithm, 'Ed25519'>;

/** KMS signing algorithms we can verify with node:crypto, in order of preference. */
const KMS_ALGORITHMS: readonly KmsAlgorithm[] = [
  'ECDSA_SHA_256',
  'ECDSA_SHA_384',
  'ECDSA_SHA_512',
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
];

export interface SignatureInfo {
  algorithm: SignatureAlgorithm;
  signer: 'ed25519-key' | 'aws-kms';
  /** KMS key ARN (aws-kms). */
  keyId?: string;
  publicKeyPem: string;
  /** SHA-256 of the DER public key: compare it with the key you expect. */
  publicKeySha256: string;
}

export interface Signer {
  describe: string;
  info: SignatureInfo;
  sign(manifest: Uint8Array): Promise<Uint8Array>;
}

/** manifest.sig.json: the manifest's signer block, byte for byte what verify expects. */
export function signatureInfoFile(info: SignatureInfo): string {
  return `${JSON.stringify({ signedFile: MANIFEST_FILE, ...info }, null, 2)}\n`;
}

function fingerprint(key: KeyObject): string {
  return sha256Hex(key.export({ type: 'spki', format: 'der' }));
}

function hashOf(algorithm: SignatureAlgorithm): 'sha256' | 'sha384' | 'sha512' {
  if (algorithm.endsWith('384')) return 'sha384';
  if (algorithm.endsWith('512')) return 'sha512';
  return 'sha256';
}

/** A signer from an Ed25519 private key PEM file; fails before anything is written. */
export async function ed25519Signer(path: string): Promise<Signer> {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(await readFile(path));
  } catch (error) {
    throw new InputError(`--sign-key ${path}: cannot read a private key (${(error as Error).message})`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new InputError(
      `--sign-key ${path}: expected an Ed25519 private key, got ${privateKey.asymmetricKeyType}`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  return {
    describe: `Ed25519 key ${fingerprint(publicKey).slice(0, 16)}`,
    info: {
      algorithm: 'Ed25519',
      signer: 'ed25519-key',
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      publicKeySha256: fingerprint(publicKey),
    },
    async sign(manifest) {
      return sign(null, manifest, privateKey);
    },
  };
}

/**
 * A signer backed by an asymmetric KMS key. GetPublicKey runs first (it picks
 * the algorithm and fails early on a wrong key); Sign gets the digest only.
 */
export async function kmsSigner(keyId: string, client?: KMSClient): Promise<Signer> {
  const { KMSClient: Client, GetPublicKeyCommand, SignCommand } = await import('@aws-sdk/client-kms');
  const kms = client ?? new Client({});
  let publicKey: KeyObject;
  let algorithm: KmsAlgorithm;
  let keyArn: string;
  try {
    const described = await kms.send(new GetPublicKeyCommand({ KeyId: keyId }));
    if (described.KeyUsage !== 'SIGN_VERIFY' || !described.PublicKey) {
      throw new InputError(`--kms-sign-key ${keyId}: not an asymmetric SIGN_VERIFY key`);
    }
    const offered: string[] = described.SigningAlgorithms ?? [];
    const chosen = KMS_ALGORITHMS.find((candidate) => offered.includes(candidate));
    if (!chosen) {
      throw new InputError(
        `--kms-sign-key ${keyId}: none of its signing algorithms (${offered.join(', ')}) can be verified offline`,
      );
    }
    algorithm = chosen;
    publicKey = createPublicKey({ key: Buffer.from(described.PublicKey), format: 'der', type: 'spki' });
    keyArn = described.KeyId ?? keyId;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`--kms-sign-key ${keyId}: KMS GetPublicKey failed: ${(error as Error).message}`);
  }
  return {
    describe: `KMS key ${keyArn} (${algorithm})`,
    info: {
      algorithm,
      signer: 'aws-kms',
      keyId: keyArn,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      publicKeySha256: fingerprint(publicKey),
    },
    async sign(manifest) {
      const digest = createHash(hashOf(algorithm)).update(manifest).digest();
      let signature: Uint8Array | undefined;
      try {
        const signed = await kms.send(
          new SignCommand({
            KeyId: keyId,
            Message: digest,
            MessageType: 'DIGEST',
            SigningAlgorithm: algorithm,
          }),
        );
        signature = signed.Signature;
      } catch (error) {
        throw new InputError(`--kms-sign-key ${keyId}: KMS Sign failed: ${(error as Error).message}`);
      }
      if (!signature) throw new InputError(`--kms-sign-key ${keyId}: KMS Sign returned no signature`);
      return signature;
    },
  };
}

export function verifySignature(
  manifest: Uint8Array,
  signature: Uint8Array,
  algorithm: SignatureAlgorithm,
  publicKey: KeyObject,
): boolean {
  try {
    if (algorithm === 'Ed25519') return verify(null, manifest, publicKey, signature);
    const hash = hashOf(algorithm);
    if (algorithm.startsWith('RSASSA_PSS')) {
      const saltLength = createHash(hash).digest().length;
      return verify(
        hash,
        manifest,
        { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength },
        signature,
      );
    }
    return verify(hash, manifest, publicKey, signature);
  } catch {
    return false;
  }
}

export function isSignatureAlgorithm(value: unknown): value is SignatureAlgorithm {
  return value === 'Ed25519' || (KMS_ALGORITHMS as readonly unknown[]).includes(value);
}

export function publicKeyFingerprint(key: KeyObject): string {
  return fingerprint(key);
}

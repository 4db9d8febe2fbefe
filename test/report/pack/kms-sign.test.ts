import {
  constants,
  createHash,
  generateKeyPairSync,
  privateEncrypt,
  sign,
  type KeyObject,
} from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KMSClient } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { writePack } from '../../../src/report/pack/index.js';
import { verifySignature } from '../../../src/report/pack/sign.js';
import { verifyPack } from '../../../src/report/pack/verify.js';
import { buildFixture } from '../../fixtures/findings/builder.js';
import { logLines, tempDir } from './helpers.js';

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** Just enough of KMS's JSON protocol (TrentService.GetPublicKey and .Sign) for an RSA signing key. */
function fakeKms(privateKey: KeyObject, publicKey: KeyObject): { server: Server; calls: string[] } {
  const calls: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const target = String(request.headers['x-amz-target'] ?? '');
      const input = JSON.parse(body || '{}') as Record<string, string>;
      calls.push(`${target} ${input.MessageType ?? ''}`.trim());
      const reply = (status: number, payload: unknown): void => {
        response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify(payload));
      };
      if (input.KeyId !== KEY_ARN && input.KeyId !== 'alias/evidence') {
        reply(400, { __type: 'NotFoundException', message: `Key '${input.KeyId}' does not exist` });
      } else if (target === 'TrentService.GetPublicKey') {
        reply(200, {
          KeyId: KEY_ARN,
          KeySpec: 'RSA_2048',
          KeyUsage: 'SIGN_VERIFY',
          PublicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
          SigningAlgorithms: ['RSASSA_PKCS1_V1_5_SHA_256'],
        });
      } else if (target === 'TrentService.Sign' && input.MessageType === 'DIGEST') {
        const digest = Buffer.from(input.Message!, 'base64');
        const signature = privateEncrypt(
          { key: privateKey, padding: constants.RSA_PKCS1_PADDING },
          Buffer.concat([SHA256_DIGEST_INFO, digest]),
        );
        reply(200, {
          KeyId: KEY_ARN,
          Signature: signature.toString('base64'),
          SigningAlgorithm: input.SigningAlgorithm,
        });
      } else {
        reply(400, { __type: 'ValidationException', message: `unsupported ${target}` });
      }
    });
  });
  return { server, calls };
}

let dir: Awaited<ReturnType<typeof tempDir>>;
let kms: ReturnType<typeof fakeKms>;
let client: KMSClient;

beforeAll(async () => {
  dir = await tempDir();
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  kms = fakeKms(pair.privateKey, pair.publicKey);
  await new Promise<void>((resolve) => kms.server.listen(0, '127.0.0.1', resolve));
  const { port } = kms.server.address() as AddressInfo;
  client = new KMSClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await new Promise((resolve) => kms.server.close(resolve));
  await dir.remove();
});

describe('signing with an asymmetric KMS key', () => {
  it('signs the manifest digest with KMS Sign and the pack verifies with the public key from GetPublicKey', async () => {
    const { log, lines } = logLines();
    const pack = await writePack(buildFixture({ findings: 20 }), {
      outDir: dir.path,
      formats: ['json', 'html'],
      kmsSignKey: 'alias/evidence',
      kmsClient: client,
      log,
    });
    expect(kms.calls).toEqual(['TrentService.GetPublicKey', 'TrentService.Sign DIGEST']);
    expect(lines).toContainEqual(expect.stringContaining(`KMS key ${KEY_ARN} (RSASSA_PKCS1_V1_5_SHA_256)`));
    const info = JSON.parse(await readFile(join(pack.dir, 'manifest.sig.json'), 'utf8'));
    expect(info).toMatchObject({ signedFile: 'manifest.json', signer: 'aws-kms', keyId: KEY_ARN });
    const report = await verifyPack(pack.dir);
    expect(report.problems).toEqual([]);
    expect(report.signature).toMatch(/^RSASSA_PKCS1_V1_5_SHA_256 arn:aws:kms/);
  });

  it('refuses an unknown key before writing anything', async () => {
    const { log } = logLines();
    const outDir = join(dir.path, 'never');
    const attempt = writePack(buildFixture({ findings: 5 }), {
      outDir,
      formats: ['json'],
      kmsSignKey: 'alias/missing',
      kmsClient: client,
      log,
    });
    await expect(attempt).rejects.toThrow(InputError);
    await expect(attempt).rejects.toThrow(
      /--kms-sign-key alias\/missing: KMS GetPublicKey failed: Key 'alias\/missing' does not exist/,
    );
    await expect(readdir(outDir)).rejects.toThrow(/ENOENT/);
  });
});

describe('offline verification of KMS signature algorithms', () => {
  const manifest = Buffer.from('{"files": []}\n');

  it('verifies ECDSA P-256 (DER) signatures and rejects them over other bytes', () => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const signature = sign('sha256', manifest, pair.privateKey);
    expect(verifySignature(manifest, signature, 'ECDSA_SHA_256', pair.publicKey)).toBe(true);
    expect(verifySignature(Buffer.from('{"files": [1]}\n'), signature, 'ECDSA_SHA_256', pair.publicKey)).toBe(
      false,
    );
  });

  it('verifies RSA-PSS signatures with a digest-length salt, as KMS makes them', () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signature = sign('sha256', manifest, {
      key: pair.privateKey,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: createHash('sha256').digest().length,
    });
    expect(verifySignature(manifest, signature, 'RSASSA_PSS_SHA_256', pair.publicKey)).toBe(true);
    expect(verifySignature(manifest, signature, 'RSASSA_PKCS1_V1_5_SHA_256', pair.publicKey)).toBe(false);
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { writePack } from '../../../src/report/pack/index.js';
import { verifyPack } from '../../../src/report/pack/verify.js';
import { buildFixture } from '../../fixtures/findings/builder.js';
import { captureIo, logLines, tempDir } from './helpers.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
let signedPack: string;
let unsignedPack: string;
let keyPath: string;
let publicKeyPath: string;
let otherPublicKeyPath: string;

function flipOneByte(data: Buffer): Buffer {
  const copy = Buffer.from(data);
  const at = Math.floor(copy.length / 2);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

beforeAll(async () => {
  dir = await tempDir();
  const pair = generateKeyPairSync('ed25519');
  keyPath = join(dir.path, 'signing.pem');
  publicKeyPath = join(dir.path, 'signing.pub.pem');
  otherPublicKeyPath = join(dir.path, 'other.pub.pem');
  await writeFile(keyPath, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(publicKeyPath, pair.publicKey.export({ type: 'spki', format: 'pem' }));
  await writeFile(
    otherPublicKeyPath,
    generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }),
  );
  const result = buildFixture({ findings: 60, hostile: true });
  const { log } = logLines();
  signedPack = (
    await writePack(result, {
      outDir: join(dir.path, 'signed'),
      formats: ['json', 'sarif', 'junit', 'html'],
      snapshot: { calls: ['s3:ListBuckets'] },
      signKey: keyPath,
      log,
    })
  ).dir;
  unsignedPack = (
    await writePack(result, { outDir: join(dir.path, 'unsigned'), formats: ['json', 'html'], log })
  ).dir;
});

afterAll(async () => {
  await dir.remove();
});

describe('soc2 verify', () => {
  it('trusts an intact signed pack only with --public-key; the embedded key alone exits 5', async () => {
    const embedded = captureIo();
    expect(await main(['verify', signedPack], embedded)).toBe(5);
    expect(embedded.out()).toMatch(
      /hashes intact \(8 files match manifest.json\), signer NOT verified: signed by key SHA-256 [0-9a-f]{64}/,
    );
    expect(embedded.err()).toMatch(/embedded in the pack/);
    const pinned = captureIo();
    expect(await main(['verify', signedPack, '--public-key', publicKeyPath], pinned)).toBe(0);
    expect(pinned.out()).toMatch(
      /is intact and signed by a trusted key: 8 files match manifest.json; signature valid \(Ed25519, key SHA-256 [0-9a-f]{64}\)/,
    );
    expect(pinned.err()).toBe('');
  });

  it('records every file with SHA-256 and size, versions, rule hashes and scan parameters', async () => {
    const manifest = JSON.parse(await readFile(join(signedPack, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((file: { path: string }) => file.path).sort()).toEqual(
      [
        'criteria-coverage.json',
        'findings.json',
        'findings.parquet',
        'index.html',
        'junit.xml',
        'passing-resources.csv',
        'results.sarif',
        'snapshot.json',
      ].sort(),
    );
    for (const file of manifest.files) {
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(file.size).toBe((await readFile(join(signedPack, file.path))).length);
    }
    expect(manifest.tool).toEqual({ name: 'soc2-evidence', version: '0.1.0', rulesVersion: '2026.11.0' });
    expect(manifest.scan.startedAt).toBe('2026-11-25T09:15:00.000Z');
    expect(manifest.scan.parameters.failOn).toBe('info');
    const rotation = manifest.rules.find((rule: { id: string }) => rule.id === 'kms-key-rotation');
    expect(rotation.sourceFile).toBe('rules/encryption/kms-key-rotation.ts');
    expect(rotation.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.signature.algorithm).toBe('Ed25519');
    const findings = JSON.parse(await readFile(join(signedPack, 'findings.json'), 'utf8'));
    expect(findings.rules.find((rule: { id: string }) => rule.id === 'kms-key-rotation').sourceSha256).toBe(
      rotation.sha256,
    );
  });

  it('fails naming the file when one byte of ANY file of a signed pack is flipped', async () => {
    const names = await readdir(signedPack);
    expect(names).toContain('manifest.sig');
    expect(names).toContain('manifest.sig.json');
    for (const name of names) {
      const path = join(signedPack, name);
      const original = await readFile(path);
      await writeFile(path, flipOneByte(original));
      try {
        const io = captureIo();
        expect(await main(['verify', signedPack, '--public-key', publicKeyPath], io), name).toBe(1);
        expect(io.out(), name).toContain(`FAILED ${name}:`);
      } finally {
        await writeFile(path, original);
      }
    }
    expect((await verifyPack(signedPack)).ok).toBe(true);
  });

  it('catches a flipped byte in an unsigned manifest through its own digest', async () => {
    const path = join(unsignedPack, 'manifest.json');
    const original = await readFile(path);
    // Change a timestamp digit: still valid JSON, every listed file still matches.
    const edited = original.toString('utf8').replace('"generatedAt": "2', '"generatedAt": "3');
    await writeFile(path, edited);
    try {
      const report = await verifyPack(unsignedPack);
      expect(report.problems).toEqual([
        { file: 'manifest.json', problem: expect.stringMatching(/manifestDigest/) },
      ]);
    } finally {
      await writeFile(path, original);
    }
    const io = captureIo();
    expect(await main(['verify', unsignedPack], io)).toBe(5);
    expect(io.out()).toMatch(/hashes intact .*signer NOT verified: the pack is not signed/);
  });

  it('reports missing and extra files', async () => {
    const extra = join(unsignedPack, 'notes.txt');
    await writeFile(extra, 'added later');
    const csv = join(unsignedPack, 'passing-resources.csv');
    const original = await readFile(csv);
    await rm(csv);
    try {
      const io = captureIo();
      expect(await main(['verify', unsignedPack], io)).toBe(1);
      expect(io.out()).toContain('FAILED passing-resources.csv: missing');
      expect(io.out()).toContain('FAILED notes.txt: extra: not in manifest.json');
    } finally {
      await rm(extra);
      await writeFile(csv, original);
    }
  });

  it('rejects a signature made by another key when --public-key pins the signer', async () => {
    const io = captureIo();
    expect(await main(['verify', signedPack, '--public-key', otherPublicKeyPath], io)).toBe(1);
    expect(io.out()).toMatch(
      /FAILED manifest.sig: signed by key SHA-256 [0-9a-f]{64}, which is not a trusted key/,
    );
  });

  it('fails an unsigned pack when a public key is required', async () => {
    const io = captureIo();
    expect(await main(['verify', unsignedPack, '--public-key', publicKeyPath], io)).toBe(1);
    expect(io.out()).toMatch(/FAILED manifest.sig: missing/);
  });

  it('exits 2 with one line for a folder that does not exist or an unreadable key', async () => {
    const missing = captureIo();
    expect(await main(['verify', join(dir.path, 'nope')], missing)).toBe(2);
    expect(missing.err()).toMatch(/^soc2: .*nope: not an evidence pack folder\n$/);
    const badKey = captureIo();
    expect(await main(['verify', signedPack, '--public-key', join(dir.path, 'nope.pem')], badKey)).toBe(2);
    expect(badKey.err().split('\n')).toHaveLength(2);
  });

  it('refuses a signing key that is not Ed25519 before writing anything', async () => {
    const rsa = join(dir.path, 'rsa.pem');
    await writeFile(
      rsa,
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    const { log } = logLines();
    const outDir = join(dir.path, 'refused');
    await expect(
      writePack(buildFixture({ findings: 3 }), { outDir, formats: ['json'], signKey: rsa, log }),
    ).rejects.toThrow(/expected an Ed25519 private key, got rsa/);
    await expect(readdir(outDir)).rejects.toThrow(/ENOENT/);
  });
});

/**
 * A signature means a trusted signer: forged, re-signed, stripped and odd packs
 * against `soc2 verify` and `soc2 report`, through the CLI.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { writePack } from '../../../src/report/pack/index.js';
import { publicKeyFingerprint, signatureInfoFile } from '../../../src/report/pack/sign.js';
import { buildFixture } from '../../fixtures/findings/builder.js';
import { captureIo, logLines, tempDir } from './helpers.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
let signedPack: string;
let unsignedPack: string;
let publicKeyPath: string;
let privateKeyPath: string;
let fingerprint: string;

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** What someone with write access does: edit a file, re-hash it, fix the manifest digest. */
function rehash(manifest: Record<string, unknown>): string {
  const zeroed = `${JSON.stringify({ ...manifest, manifestDigest: '0'.repeat(64) }, null, 2)}\n`;
  return zeroed.replace(/"manifestDigest": "0{64}"/, `"manifestDigest": "${sha256(zeroed)}"`);
}

async function copyPack(source: string, name: string): Promise<string> {
  const target = join(dir.path, 'copies', name);
  await cp(source, target, { recursive: true });
  return target;
}

/** Edits findings.json (a FAIL becomes PASS) and fixes its hash in the manifest. */
async function tamperFindings(pack: string): Promise<Record<string, unknown>> {
  const path = join(pack, 'findings.json');
  const edited = (await readFile(path, 'utf8')).replace('"status": "FAIL"', '"status": "PASS"');
  await writeFile(path, edited);
  const manifest = JSON.parse(await readFile(join(pack, 'manifest.json'), 'utf8'));
  for (const file of manifest.files) {
    if (file.path === 'findings.json') {
      file.sha256 = sha256(edited);
      file.size = Buffer.byteLength(edited);
    }
  }
  return manifest;
}

async function run(args: string[], cwd = dir.path, env: Record<string, string> = {}) {
  const io = captureIo(cwd);
  io.env = env;
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

beforeAll(async () => {
  dir = await tempDir();
  const pair = generateKeyPairSync('ed25519');
  privateKeyPath = join(dir.path, 'signing.pem');
  publicKeyPath = join(dir.path, 'signing.pub.pem');
  await writeFile(privateKeyPath, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(publicKeyPath, pair.publicKey.export({ type: 'spki', format: 'pem' }));
  fingerprint = publicKeyFingerprint(pair.publicKey);
  const { log } = logLines();
  const result = buildFixture({ findings: 40 });
  signedPack = (
    await writePack(result, {
      outDir: join(dir.path, 'signed'),
      formats: ['json', 'html'],
      signKey: privateKeyPath,
      log,
    })
  ).dir;
  unsignedPack = (await writePack(result, { outDir: join(dir.path, 'unsigned'), formats: ['json'], log }))
    .dir;
});

afterAll(async () => {
  await dir.remove();
});

describe('soc2 verify: who signed', () => {
  it('an edited pack re-hashed and re-signed with another key is never "trusted"', async () => {
    const forged = await copyPack(signedPack, 'forged');
    const manifest = await tamperFindings(forged);
    const attacker = generateKeyPairSync('ed25519');
    const info = {
      algorithm: 'Ed25519' as const,
      signer: 'ed25519-key' as const,
      publicKeyPem: attacker.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      publicKeySha256: publicKeyFingerprint(attacker.publicKey as KeyObject),
    };
    const text = rehash({ ...manifest, signature: info });
    await writeFile(join(forged, 'manifest.json'), text);
    await writeFile(
      join(forged, 'manifest.sig'),
      `${sign(null, Buffer.from(text), attacker.privateKey).toString('base64')}\n`,
    );
    await writeFile(join(forged, 'manifest.sig.json'), signatureInfoFile(info));

    const unpinned = await run(['verify', forged]);
    expect(unpinned.code).toBe(5);
    expect(unpinned.out).toContain(`signer NOT verified: signed by key SHA-256 ${info.publicKeySha256}`);
    expect(unpinned.out).not.toMatch(/is intact/);

    const pinned = await run(['verify', forged, '--public-key', publicKeyPath]);
    expect(pinned.code).toBe(1);
    expect(pinned.out).toContain(`FAILED manifest.sig: signed by key SHA-256 ${info.publicKeySha256}`);
  });

  it('a pack whose signature was stripped is unsigned: exit 5, and exit 1 when a signer is expected', async () => {
    const stripped = await copyPack(signedPack, 'stripped');
    const manifest = await tamperFindings(stripped);
    delete manifest.signature;
    await writeFile(join(stripped, 'manifest.json'), rehash(manifest));
    await rm(join(stripped, 'manifest.sig'));
    await rm(join(stripped, 'manifest.sig.json'));

    const unpinned = await run(['verify', stripped]);
    expect(unpinned.code).toBe(5);
    expect(unpinned.out).toMatch(/signer NOT verified: the pack is not signed/);
    const pinned = await run(['verify', stripped, '--public-key', publicKeyPath]);
    expect(pinned.code).toBe(1);
    expect(pinned.out).toMatch(/FAILED manifest.sig: missing: the pack is not signed/);
  });

  it('a pack that declares a signer but has no manifest.sig fails', async () => {
    const noSig = await copyPack(signedPack, 'no-sig');
    await rm(join(noSig, 'manifest.sig'));
    const result = await run(['verify', noSig]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/FAILED manifest.sig: missing: manifest.json says the pack is signed/);
  });

  it('trusts keys from --trusted-keys (PEM or fingerprint), SOC2_TRUSTED_KEYS, or .soc2/trusted-keys', async () => {
    const pinFile = join(dir.path, 'pins');
    await writeFile(pinFile, `# the nightly KMS key\nsha256:${fingerprint}\n`);
    const byPin = await run(['verify', signedPack, '--trusted-keys', pinFile]);
    expect(byPin.code).toBe(0);
    expect(byPin.out).toContain(`signed by a trusted key`);
    expect(byPin.out).toContain(fingerprint);

    const pemFile = join(dir.path, 'pems');
    await writeFile(pemFile, `${await readFile(publicKeyPath, 'utf8')}\n# nothing else\n`);
    expect((await run(['verify', signedPack, '--trusted-keys', pemFile])).code).toBe(0);
    expect((await run(['verify', signedPack], dir.path, { SOC2_TRUSTED_KEYS: pinFile })).code).toBe(0);

    const project = join(dir.path, 'project');
    await mkdir(join(project, '.soc2'), { recursive: true });
    await writeFile(join(project, '.soc2', 'trusted-keys'), `${'a'.repeat(64)}\n`);
    const other = await run(['verify', signedPack], project);
    expect(other.code).toBe(1);
    expect(other.out).toMatch(/which is not a trusted key \(.*\.soc2\/trusted-keys\)/);
    await writeFile(join(project, '.soc2', 'trusted-keys'), `${fingerprint}\n`);
    expect((await run(['verify', signedPack], project)).code).toBe(0);
    // Unsigned packs fail once trusted signers are configured.
    expect((await run(['verify', unsignedPack], project)).code).toBe(1);
  });

  it('a trusted-keys file that is not keys is one line and exit 2', async () => {
    const bad = join(dir.path, 'bad-keys');
    await writeFile(bad, 'not a key\n');
    const result = await run(['verify', signedPack, '--trusted-keys', bad]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^soc2: --trusted-keys .*bad-keys: line 1 is neither a PEM public key nor/);
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('soc2 verify: odd pack contents', () => {
  it('rejects a manifest that lists no files', async () => {
    const empty = await copyPack(unsignedPack, 'empty-manifest');
    const manifest = JSON.parse(await readFile(join(empty, 'manifest.json'), 'utf8'));
    for (const file of manifest.files) await rm(join(empty, file.path));
    await writeFile(join(empty, 'manifest.json'), rehash({ ...manifest, files: [] }));
    const result = await run(['verify', empty]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/FAILED manifest.json: lists no files/);
  });

  it('refuses a FIFO and a symlink to /dev/zero without hanging', { timeout: 20_000 }, async () => {
    const odd = await copyPack(unsignedPack, 'odd');
    await rm(join(odd, 'findings.json'));
    execFileSync('mkfifo', [join(odd, 'findings.json')]);
    await symlink('/dev/zero', join(odd, 'passing-resources.csv.bak'));
    await rm(join(odd, 'passing-resources.csv'));
    await symlink('/dev/zero', join(odd, 'passing-resources.csv'));
    execFileSync('mkfifo', [join(odd, 'extra-fifo')]);
    const result = await run(['verify', odd]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('FAILED findings.json: a FIFO; not read');
    expect(result.out).toContain('FAILED passing-resources.csv: a symbolic link; not read');
    expect(result.out).toContain('FAILED extra-fifo: extra (a FIFO): not in manifest.json');
    expect(result.out).toContain('FAILED passing-resources.csv.bak: extra (a symbolic link)');
  });
});

describe('soc2 report: no laundering', () => {
  it('refuses a pack that does not verify, and --allow-unverified marks manifest and cover', async () => {
    const tampered = await copyPack(unsignedPack, 'tampered');
    await tamperFindings(tampered); // findings.json no longer matches the (unchanged) manifest
    const out = join(dir.path, 'rerendered');
    const refused = await run(['report', tampered, '--out', out, '--format', 'html']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/FAILED findings.json: modified/);
    expect(refused.out).toBe('');
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);

    const allowed = await run([
      'report',
      tampered,
      '--out',
      out,
      '--format',
      'html',
      '--allow-unverified',
      '--sign-key',
      privateKeyPath,
    ]);
    expect(allowed.code).toBe(0);
    const newPack = allowed.out.match(/^Evidence pack: (.+)$/m)![1]!;
    const manifest = JSON.parse(await readFile(join(newPack, 'manifest.json'), 'utf8'));
    expect(manifest.renderedFrom.inputCheck).toBe('unverified');
    expect(manifest.renderedFrom.inputProblems.join('\n')).toMatch(/findings.json: modified/);
    const html = await readFile(join(newPack, 'index.html'), 'utf8');
    expect(html).toContain('id="unverified-input"');
    expect(html).toContain('Made from unverified input.');
    // Signed by report itself: the new pack verifies, and says what it was made from.
    expect((await run(['verify', newPack, '--public-key', publicKeyPath])).code).toBe(0);
  });

  it('refuses a bare findings.json unless --allow-unverified', async () => {
    const bare = join(dir.path, 'bare', 'findings.json');
    await mkdir(join(dir.path, 'bare'));
    await cp(join(unsignedPack, 'findings.json'), bare);
    const refused = await run(['report', bare, '--format', 'html']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/no pack manifest.json beside it/);
  });

  it('records a trusted input and signs the new pack with --sign-key', async () => {
    const out = join(dir.path, 'from-signed');
    const result = await run([
      'report',
      signedPack,
      '--out',
      out,
      '--format',
      'html',
      '--public-key',
      publicKeyPath,
      '--sign-key',
      privateKeyPath,
    ]);
    expect(result.code).toBe(0);
    const newPack = result.out.match(/^Evidence pack: (.+)$/m)![1]!;
    const manifest = JSON.parse(await readFile(join(newPack, 'manifest.json'), 'utf8'));
    expect(manifest.renderedFrom.inputCheck).toBe('trusted-signature');
    expect(manifest.signature.publicKeySha256).toBe(fingerprint);
    expect(await readFile(join(newPack, 'index.html'), 'utf8')).not.toContain('unverified-input');
  });
});

/**
 * `soc2 verify PACK`: every file listed in manifest.json must exist with the
 * recorded size and SHA-256, nothing else may be in the pack, the manifest
 * must match its own digest, and a signature, when present, must verify.
 * Exit 0 when intact; 1 naming each file that differs.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Io } from '../../cli/io.js';
import { InputError } from '../../errors.js';
import { terminalSafe } from '../console.js';
import { safeSegment } from './layout.js';
import {
  MANIFEST_FILE,
  manifestDigestMatches,
  sha256Hex,
  SIGNATURE_FILE,
  SIGNATURE_INFO_FILE,
  type Manifest,
} from './manifest.js';
import {
  isSignatureAlgorithm,
  publicKeyFingerprint,
  signatureInfoFile,
  verifySignature,
  type SignatureInfo,
} from './sign.js';

export interface Problem {
  file: string;
  problem: string;
}

export interface VerifyReport {
  ok: boolean;
  problems: Problem[];
  verifiedFiles: number;
  /** How the signature was checked, when there is one. */
  signature?: string;
  notes: string[];
}

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

function isManifestShape(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false;
  const files = (value as { files?: unknown }).files;
  return (
    Array.isArray(files) &&
    files.every(
      (file: unknown) =>
        typeof file === 'object' &&
        file !== null &&
        typeof (file as { path?: unknown }).path === 'string' &&
        typeof (file as { sha256?: unknown }).sha256 === 'string' &&
        typeof (file as { size?: unknown }).size === 'number',
    )
  );
}

function isSignatureInfo(value: unknown): value is SignatureInfo {
  if (typeof value !== 'object' || value === null) return false;
  const info = value as Record<string, unknown>;
  return isSignatureAlgorithm(info.algorithm) && typeof info.publicKeyPem === 'string';
}

async function loadPublicKey(path: string): Promise<KeyObject> {
  try {
    return createPublicKey(await readFile(path));
  } catch (error) {
    throw new InputError(`--public-key ${path}: cannot read a public key (${(error as Error).message})`);
  }
}

function checkSignature(
  manifestBytes: Buffer,
  manifest: Manifest,
  signatureFile: Buffer | undefined,
  infoFile: Buffer | undefined,
  pinnedKey: KeyObject | undefined,
  problems: Problem[],
  notes: string[],
): string | undefined {
  const info = manifest.signature;
  if (info === undefined) {
    if (signatureFile)
      problems.push({ file: SIGNATURE_FILE, problem: 'present, but manifest.json names no signer' });
    if (infoFile)
      problems.push({ file: SIGNATURE_INFO_FILE, problem: 'present, but manifest.json names no signer' });
    if (pinnedKey) problems.push({ file: SIGNATURE_FILE, problem: 'missing: the pack is not signed' });
    else
      notes.push(
        'the pack is not signed: hashes catch accidental changes, a signature (--sign-key) catches deliberate ones',
      );
    return undefined;
  }
  if (!isSignatureInfo(info)) {
    problems.push({ file: MANIFEST_FILE, problem: 'its signature block is malformed' });
    return undefined;
  }
  if (!infoFile) problems.push({ file: SIGNATURE_INFO_FILE, problem: 'missing' });
  else if (!infoFile.equals(Buffer.from(signatureInfoFile(info)))) {
    problems.push({
      file: SIGNATURE_INFO_FILE,
      problem: 'differs from the signer recorded in manifest.json',
    });
  }
  if (!signatureFile) {
    problems.push({ file: SIGNATURE_FILE, problem: 'missing: manifest.json says the pack is signed' });
    return undefined;
  }
  let key: KeyObject;
  if (pinnedKey) key = pinnedKey;
  else {
    try {
      key = createPublicKey(info.publicKeyPem);
    } catch {
      problems.push({ file: MANIFEST_FILE, problem: 'the embedded public key cannot be read' });
      return undefined;
    }
    notes.push(
      `signature checked with the public key embedded in the pack (SHA-256 ${publicKeyFingerprint(key)}); pass --public-key to check it was your key`,
    );
  }
  const text = signatureFile.toString('ascii').trim();
  const valid =
    /^[A-Za-z0-9+/]+={0,2}$/.test(text) &&
    verifySignature(manifestBytes, Buffer.from(text, 'base64'), info.algorithm, key);
  if (!valid) {
    problems.push({
      file: SIGNATURE_FILE,
      problem: pinnedKey
        ? 'the signature does not verify with the given public key'
        : 'the signature does not match manifest.json',
    });
    return undefined;
  }
  const signer = info.keyId ? ` ${info.keyId}` : '';
  return `${info.algorithm}${signer}, key SHA-256 ${publicKeyFingerprint(key)}`;
}

export async function verifyPack(packDir: string, publicKeyPath?: string): Promise<VerifyReport> {
  const info = await stat(packDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError(`${packDir}: not an evidence pack folder`);
  const pinnedKey = publicKeyPath === undefined ? undefined : await loadPublicKey(publicKeyPath);
  const problems: Problem[] = [];
  const notes: string[] = [];
  const manifestBytes = await readOptional(join(packDir, MANIFEST_FILE));
  if (!manifestBytes) {
    return { ok: false, problems: [{ file: MANIFEST_FILE, problem: 'missing' }], verifiedFiles: 0, notes };
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    manifest = undefined;
  }
  if (!isManifestShape(manifest)) {
    return {
      ok: false,
      problems: [{ file: MANIFEST_FILE, problem: 'not a valid manifest' }],
      verifiedFiles: 0,
      notes,
    };
  }
  if (!manifestDigestMatches(manifestBytes.toString('utf8'))) {
    problems.push({
      file: MANIFEST_FILE,
      problem: 'modified: its content does not match its manifestDigest',
    });
  }

  let verifiedFiles = 0;
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (file.path !== safeSegment(file.path, '')) {
      problems.push({ file: file.path, problem: 'listed with an unsafe path; not read' });
      continue;
    }
    listed.add(file.path);
    const data = await readOptional(join(packDir, file.path));
    if (!data) problems.push({ file: file.path, problem: 'missing' });
    else if (data.length !== file.size || sha256Hex(data) !== file.sha256) {
      problems.push({
        file: file.path,
        problem: `modified: SHA-256 ${sha256Hex(data)} (${data.length} bytes), manifest says ${file.sha256} (${file.size} bytes)`,
      });
    } else verifiedFiles += 1;
  }
  const packFiles = new Set([MANIFEST_FILE, SIGNATURE_FILE, SIGNATURE_INFO_FILE]);
  for (const name of (await readdir(packDir)).sort()) {
    if (!listed.has(name) && !packFiles.has(name))
      problems.push({ file: name, problem: 'extra: not in manifest.json' });
  }

  const signature = checkSignature(
    manifestBytes,
    manifest,
    await readOptional(join(packDir, SIGNATURE_FILE)),
    await readOptional(join(packDir, SIGNATURE_INFO_FILE)),
    pinnedKey,
    problems,
    notes,
  );
  return { ok: problems.length === 0, problems, verifiedFiles, signature, notes };
}

export async function verifyPackCommand(
  options: { pack: string; publicKey?: string },
  io: Io,
): Promise<number> {
  const report = await verifyPack(
    resolve(io.cwd, options.pack),
    options.publicKey !== undefined ? resolve(io.cwd, options.publicKey) : undefined,
  );
  for (const problem of report.problems)
    io.stdout.write(`FAILED ${terminalSafe(problem.file)}: ${problem.problem}\n`);
  for (const note of report.notes) io.stderr.write(`note: ${note}\n`);
  if (!report.ok) {
    io.stdout.write(
      `Pack ${terminalSafe(options.pack)} is NOT intact: ${report.problems.length} problem(s)\n`,
    );
    return 1;
  }
  const signed = report.signature ? `; signature valid (${report.signature})` : '';
  io.stdout.write(
    `Pack ${terminalSafe(options.pack)} is intact: ${report.verifiedFiles} files match manifest.json${signed}\n`,
  );
  return 0;
}

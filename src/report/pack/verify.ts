/**
 * `soc2 verify PACK`: every file listed in manifest.json must exist as a
 * regular file with the recorded size and SHA-256, nothing else may be in the
 * pack, the manifest must match its own digest, and a signature, when present,
 * must verify. Hashes alone prove nothing against someone who can rewrite the
 * folder (they re-hash); only a signature by a key the reader trusts does, so
 * the outcome has three levels: trusted (exit 0), intact but the signer is not
 * verified (exit 5), and not intact (exit 1).
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Io } from '../../io.js';
import { InputError } from '../../errors.js';
import { terminalSafe } from '../console.js';
import { followLatestFile, safeSegment } from './layout.js';
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
import { loadTrustedKeys, type TrustedKeys } from './trust.js';

export const VERIFY_EXIT = {
  /** Intact, and signed by a key the reader trusts. */
  trusted: 0,
  /** A file differs, is missing, was added, or the signature does not verify. */
  failed: 1,
  /** Hashes intact, but nothing proves who wrote them: unsigned, or no trusted key to check the signer. */
  signerNotVerified: 5,
} as const;

export interface Problem {
  file: string;
  problem: string;
}

export type SignerStatus =
  /** Signed, and the signature verifies with a key the reader trusts. */
  | 'trusted'
  /** Signed, the signature matches the key embedded in the pack, but no trusted key says who that is. */
  | 'embedded-key-only'
  /** Not signed at all (or the signature was stripped with the signer block). */
  | 'unsigned';

export interface VerifyReport {
  ok: boolean;
  problems: Problem[];
  verifiedFiles: number;
  signer: SignerStatus;
  /** The files manifest.json lists (when it could be read). */
  files?: Manifest['files'];
  /** How the signature was checked, when it verified. */
  signature?: string;
  /** SHA-256 of the public key the signature was checked with (or names, when it failed). */
  keyFingerprint?: string;
  notes: string[];
}

export interface VerifyOptions {
  trusted?: TrustedKeys;
}

/** Largest file verify reads (a pack's PDF of a huge scan stays far below). */
const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1;

type ReadOutcome = { data: Buffer } | { missing: true } | { notRegular: string };

/**
 * Reads a file of the pack only if it is a regular file: symlinks are not
 * followed (O_NOFOLLOW) and FIFOs do not block (O_NONBLOCK), so a pack
 * holding a FIFO or a link to /dev/zero is refused instead of hanging.
 */
async function readRegular(path: string): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true };
    if (code === 'ELOOP') return { notRegular: 'a symbolic link' };
    return { notRegular: `unreadable (${code})` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { notRegular: kindOf(info) };
    if (info.size > MAX_FILE_BYTES) return { notRegular: `too large to verify (${info.size} bytes)` };
    return { data: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

function kindOf(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isSymbolicLink(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
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

function optional(outcome: ReadOutcome, file: string, problems: Problem[]): Buffer | undefined {
  if ('data' in outcome) return outcome.data;
  if ('notRegular' in outcome) problems.push({ file, problem: `${outcome.notRegular}; not read` });
  return undefined;
}

interface SignatureCheck {
  signer: SignerStatus;
  signature?: string;
  keyFingerprint?: string;
}

function checkSignature(
  manifestBytes: Buffer,
  manifest: Manifest,
  signatureFile: Buffer | undefined,
  infoFile: Buffer | undefined,
  trusted: TrustedKeys | undefined,
  problems: Problem[],
  notes: string[],
): SignatureCheck {
  const info = manifest.signature;
  if (info === undefined || info === null) {
    if (signatureFile)
      problems.push({ file: SIGNATURE_FILE, problem: 'present, but manifest.json names no signer' });
    if (infoFile)
      problems.push({ file: SIGNATURE_INFO_FILE, problem: 'present, but manifest.json names no signer' });
    if (trusted) {
      problems.push({
        file: SIGNATURE_FILE,
        problem: `missing: the pack is not signed, and trusted signers are configured (${trusted.source})`,
      });
    }
    return { signer: 'unsigned' };
  }
  if (!isSignatureInfo(info)) {
    problems.push({ file: MANIFEST_FILE, problem: 'its signature block is malformed' });
    return { signer: 'unsigned' };
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
    return { signer: 'unsigned' };
  }
  let embedded: KeyObject;
  try {
    embedded = createPublicKey(info.publicKeyPem);
  } catch {
    problems.push({ file: MANIFEST_FILE, problem: 'the embedded public key cannot be read' });
    return { signer: 'unsigned' };
  }
  const embeddedFingerprint = publicKeyFingerprint(embedded);
  let key = embedded;
  if (trusted) {
    if (!trusted.keys.has(embeddedFingerprint)) {
      problems.push({
        file: SIGNATURE_FILE,
        problem: `signed by key SHA-256 ${embeddedFingerprint}, which is not a trusted key (${trusted.source})`,
      });
      return { signer: 'embedded-key-only', keyFingerprint: embeddedFingerprint };
    }
    // The trusted PEM when given; a pinned fingerprint vouches for the embedded key's bytes.
    key = trusted.keys.get(embeddedFingerprint) ?? embedded;
  }
  const text = signatureFile.toString('ascii').trim();
  const valid =
    /^[A-Za-z0-9+/]+={0,2}$/.test(text) &&
    verifySignature(manifestBytes, Buffer.from(text, 'base64'), info.algorithm, key);
  if (!valid) {
    problems.push({
      file: SIGNATURE_FILE,
      problem: trusted
        ? 'the signature does not verify with the trusted key'
        : 'the signature does not match manifest.json',
    });
    return { signer: 'unsigned', keyFingerprint: embeddedFingerprint };
  }
  const signer = info.keyId ? ` ${info.keyId}` : '';
  if (!trusted) {
    notes.push(
      `the signature was checked with the public key embedded in the pack (SHA-256 ${embeddedFingerprint}): anyone can re-sign an edited pack with their own key; pass --public-key or --trusted-keys to check it was yours`,
    );
  }
  return {
    signer: trusted ? 'trusted' : 'embedded-key-only',
    signature: `${info.algorithm}${signer}, key SHA-256 ${embeddedFingerprint}`,
    keyFingerprint: embeddedFingerprint,
  };
}

export async function verifyPack(packDir: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const info = await stat(packDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError(`${packDir}: not an evidence pack folder`);
  const problems: Problem[] = [];
  const notes: string[] = [];
  const failed = (): VerifyReport => ({ ok: false, problems, verifiedFiles: 0, signer: 'unsigned', notes });
  const manifestRead = await readRegular(join(packDir, MANIFEST_FILE));
  if ('missing' in manifestRead) {
    problems.push({ file: MANIFEST_FILE, problem: 'missing' });
    return failed();
  }
  const manifestBytes = optional(manifestRead, MANIFEST_FILE, problems);
  if (!manifestBytes) return failed();
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    manifest = undefined;
  }
  if (!isManifestShape(manifest)) {
    problems.push({ file: MANIFEST_FILE, problem: 'not a valid manifest' });
    return failed();
  }
  if (manifest.files.length === 0) {
    problems.push({ file: MANIFEST_FILE, problem: 'lists no files: there is nothing it vouches for' });
  }
  if (!manifestDigestMatches(manifestBytes.toString('utf8'))) {
    problems.push({
      file: MANIFEST_FILE,
      problem: 'modified: its content does not match its manifestDigest',
    });
  }

  let verifiedFiles = 0;
  const listed = new Set<string>();
  const packFiles = new Set([MANIFEST_FILE, SIGNATURE_FILE, SIGNATURE_INFO_FILE]);
  for (const file of manifest.files) {
    if (file.path !== safeSegment(file.path, '') || packFiles.has(file.path)) {
      problems.push({ file: file.path, problem: 'listed with an unsafe path; not read' });
      continue;
    }
    if (listed.has(file.path)) {
      problems.push({ file: file.path, problem: 'listed twice in manifest.json' });
      continue;
    }
    listed.add(file.path);
    const read = await readRegular(join(packDir, file.path));
    if ('missing' in read) problems.push({ file: file.path, problem: 'missing' });
    else if ('notRegular' in read)
      problems.push({ file: file.path, problem: `${read.notRegular}; not read` });
    else if (read.data.length !== file.size || sha256Hex(read.data) !== file.sha256) {
      problems.push({
        file: file.path,
        problem: `modified: SHA-256 ${sha256Hex(read.data)} (${read.data.length} bytes), manifest says ${file.sha256} (${file.size} bytes)`,
      });
    } else verifiedFiles += 1;
  }
  for (const entry of (await readdir(packDir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (listed.has(entry.name) || packFiles.has(entry.name)) continue;
    const kind = entry.isFile() ? '' : ` (${kindOf(entry)})`;
    problems.push({ file: entry.name, problem: `extra${kind}: not in manifest.json` });
  }

  const check = checkSignature(
    manifestBytes,
    manifest,
    optional(await readRegular(join(packDir, SIGNATURE_FILE)), SIGNATURE_FILE, problems),
    optional(await readRegular(join(packDir, SIGNATURE_INFO_FILE)), SIGNATURE_INFO_FILE, problems),
    options.trusted,
    problems,
    notes,
  );
  return { ok: problems.length === 0, problems, verifiedFiles, notes, files: manifest.files, ...check };
}

export interface VerifyCommandOptions {
  pack: string;
  publicKeys?: string[];
  trustedKeys?: string;
}

/** One line saying what the pack's state proves, and the exit code for it. */
export function verdictOf(report: VerifyReport, pack: string): { line: string; exitCode: number } {
  const name = terminalSafe(pack);
  if (!report.ok) {
    return {
      line: `Pack ${name} is NOT intact: ${report.problems.length} problem(s)`,
      exitCode: VERIFY_EXIT.failed,
    };
  }
  const files = `${report.verifiedFiles} files match manifest.json`;
  if (report.signer === 'trusted') {
    return {
      line: `Pack ${name} is intact and signed by a trusted key: ${files}; signature valid (${report.signature})`,
      exitCode: VERIFY_EXIT.trusted,
    };
  }
  if (report.signer === 'embedded-key-only') {
    return {
      line: `Pack ${name}: hashes intact (${files}), signer NOT verified: signed by key SHA-256 ${report.keyFingerprint}, which no trusted key confirms`,
      exitCode: VERIFY_EXIT.signerNotVerified,
    };
  }
  return {
    line: `Pack ${name}: hashes intact (${files}), signer NOT verified: the pack is not signed, so anyone able to write it could have edited and re-hashed it`,
    exitCode: VERIFY_EXIT.signerNotVerified,
  };
}

export async function verifyPackCommand(options: VerifyCommandOptions, io: Io): Promise<number> {
  const trusted = await loadTrustedKeys(
    { publicKeys: options.publicKeys, trustedKeysFile: options.trustedKeys },
    io,
  );
  const report = await verifyPack(await followLatestFile(resolve(io.cwd, options.pack)), { trusted });
  for (const problem of report.problems)
    io.stdout.write(`FAILED ${terminalSafe(problem.file)}: ${problem.problem}\n`);
  for (const note of report.notes) io.stderr.write(`note: ${note}\n`);
  const verdict = verdictOf(report, options.pack);
  io.stdout.write(`${verdict.line}\n`);
  return verdict.exitCode;
}

/**
 * manifest.json: every file of the pack with its SHA-256 and size, the tool
 * and rules versions, each rule's source hash, the scan parameters and times.
 * `manifestDigest` is the SHA-256 of the manifest's own bytes with the digest
 * zeroed: it catches accidental edits of the manifest; a signature
 * (manifest.sig) is what catches deliberate ones.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RuleSummary, ScanResult } from '../../engine/finding.js';
import { PACKAGE_ROOT } from '../../version.js';
import type { SignatureInfo } from './sign.js';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
export const SIGNATURE_INFO_FILE = 'manifest.sig.json';
export const MANIFEST_VERSION = 1;

const DIGEST_PLACEHOLDER = '0'.repeat(64);
const DIGEST_KEY = '"manifestDigest": "';

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface ManifestRule {
  id: string;
  /** Path of the hashed file relative to the package root; undefined when not found. */
  sourceFile?: string;
  sha256?: string;
}

/** What a re-rendered pack was made from, and how far that input was verified. */
export interface RenderedFrom {
  findingsSha256: string;
  input: string;
  /**
   * trusted-signature: its pack verified and was signed by a trusted key;
   * hashes-intact: its pack verified but the signer was not confirmed;
   * unverified: rendered with --allow-unverified from input that did not verify.
   */
  inputCheck: 'trusted-signature' | 'hashes-intact' | 'unverified';
  /** Why the input did not verify (first few problems). */
  inputProblems?: string[];
}

export interface Manifest {
  manifestVersion: typeof MANIFEST_VERSION;
  generatedAt: string;
  tool: ScanResult['tool'];
  findingsSchemaVersion: string;
  scan: {
    source: string;
    scope: string;
    startedAt: string;
    finishedAt: string;
    parameters: Record<string, unknown>;
    accounts?: string[];
    regions?: string[];
    callerIdentity?: ScanResult['scan']['callerIdentity'];
  };
  /** Set when the pack was re-rendered from an earlier findings.json. */
  renderedFrom?: RenderedFrom;
  rules: ManifestRule[];
  files: ManifestFile[];
  /** Who signs this manifest (manifest.sig); part of the signed bytes. */
  signature?: SignatureInfo;
  manifestDigest: string;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Rule id -> its source file relative to `root`: rules/<id>.ts, then
 * rules/<family>/<id>.ts, then the compiled dist/rules/... .js, the first
 * found winning. One listing per folder, not one probe per rule and family.
 */
async function ruleSourceFiles(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [dir, ext] of [
    ['rules', '.ts'],
    ['dist/rules', '.js'],
  ] as const) {
    for (const folder of ['', ...(await ruleFamilies(join(root, dir)))]) {
      const relativeDir = folder === '' ? dir : `${dir}/${folder}`;
      let names: string[];
      try {
        names = (await readdir(join(root, relativeDir))).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        const id = name.endsWith(ext) ? name.slice(0, -ext.length) : undefined;
        if (id !== undefined && !files.has(id)) files.set(id, `${relativeDir}/${name}`);
      }
    }
  }
  return files;
}

/**
 * SHA-256 of a rule's source: rules/<family>/<id>.ts in the package (or a flat
 * rules/<id>.ts), else the compiled dist/rules/<family>/<id>.js. Ids are
 * kebab-case; anything else is not looked up.
 */
export async function hashRuleSource(
  ruleId: string,
  root = PACKAGE_ROOT,
  files?: Promise<Map<string, string>>,
): Promise<ManifestRule> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(ruleId)) return { id: ruleId };
  const relative = (await (files ?? ruleSourceFiles(root))).get(ruleId);
  if (relative === undefined) return { id: ruleId };
  try {
    const source = await readFile(join(root, relative));
    return { id: ruleId, sourceFile: relative, sha256: sha256Hex(source) };
  } catch {
    return { id: ruleId };
  }
}

/** The family folders under a rules directory (none when it is missing). */
async function ruleFamilies(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && entry.name !== 'lib')
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** Rule hashes as recorded in findings (re-render), else computed from the installed rules. */
export async function ruleHashes(rules: readonly RuleSummary[]): Promise<ManifestRule[]> {
  let files: Promise<Map<string, string>> | undefined;
  return Promise.all(
    rules.map(async (rule) =>
      rule.sourceSha256
        ? { id: rule.id, sha256: rule.sourceSha256 }
        : hashRuleSource(rule.id, PACKAGE_ROOT, (files ??= ruleSourceFiles(PACKAGE_ROOT))),
    ),
  );
}

export function buildManifest(input: {
  result: ScanResult;
  rules: ManifestRule[];
  files: ManifestFile[];
  generatedAt: Date;
  renderedFrom?: Manifest['renderedFrom'];
  signature?: SignatureInfo;
}): string {
  const { scan } = input.result;
  const manifest: Manifest = {
    manifestVersion: MANIFEST_VERSION,
    generatedAt: input.generatedAt.toISOString(),
    tool: input.result.tool,
    findingsSchemaVersion: input.result.schemaVersion,
    scan: {
      source: scan.source,
      scope: scan.scope,
      startedAt: scan.startedAt,
      finishedAt: scan.finishedAt,
      parameters: scan.parameters,
      accounts: scan.accounts,
      regions: scan.regions,
      callerIdentity: scan.callerIdentity,
    },
    renderedFrom: input.renderedFrom,
    rules: input.rules,
    files: input.files,
    signature: input.signature,
    manifestDigest: DIGEST_PLACEHOLDER,
  };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  return withDigest(text, sha256Hex(text));
}

/** The digest is the last field, so its key is the last occurrence (a parameter may share the name). */
function withDigest(text: string, digest: string): string {
  const at = text.lastIndexOf(DIGEST_KEY) + DIGEST_KEY.length;
  return `${text.slice(0, at)}${digest}${text.slice(at + 64)}`;
}

/** True when the manifest's bytes match its own `manifestDigest`. */
export function manifestDigestMatches(text: string): boolean {
  const at = text.lastIndexOf(DIGEST_KEY);
  if (at < 0) return false;
  const recorded = text.slice(at + DIGEST_KEY.length, at + DIGEST_KEY.length + 64);
  return /^[0-9a-f]{64}$/.test(recorded) && sha256Hex(withDigest(text, DIGEST_PLACEHOLDER)) === recorded;
}

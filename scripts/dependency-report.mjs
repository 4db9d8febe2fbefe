#!/usr/bin/env node
/**
 * The run-time dependency tree of an installed soc2-evidence: how many
 * packages, their size on disk and their licences, as Markdown for
 * docs/dependencies.md. Run it where the package is installed without dev
 * dependencies (`npm i --omit=dev soc2-evidence-*.tgz`), or in the repository
 * (it then counts only what `npm ls --omit=dev` lists):
 *
 *   node scripts/dependency-report.mjs [FOLDER]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const root = process.argv[2] ?? process.cwd();
const tree = JSON.parse(
  execFileSync('npm', ['ls', '--omit=dev', '--all', '--json', '--long'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  }),
);

/** Bytes of a package folder, without its own nested node_modules (counted as packages of their own). */
function folderBytes(path) {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) total += folderBytes(child);
    else total += lstatSync(child).size;
  }
  return total;
}

function licenceOf(path) {
  const pkg = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((entry) => entry.type ?? entry).join(' OR ');
  return 'UNKNOWN';
}

const packages = new Map();
function walk(node) {
  for (const [name, child] of Object.entries(node.dependencies ?? {})) {
    if (!child.path || packages.has(child.path)) continue;
    packages.set(child.path, {
      name,
      version: child.version,
      licence: licenceOf(child.path),
      bytes: folderBytes(child.path),
    });
    walk(child);
  }
}
walk(tree);

/** Top-level dependency -> bytes of everything only it pulls in is hard to attribute; group by scope instead. */
const byGroup = new Map();
for (const pkg of packages.values()) {
  const group = pkg.name.startsWith('@') ? pkg.name.split('/')[0] : pkg.name;
  const entry = byGroup.get(group) ?? { packages: 0, bytes: 0 };
  entry.packages += 1;
  entry.bytes += pkg.bytes;
  byGroup.set(group, entry);
}
const byLicence = new Map();
for (const pkg of packages.values()) {
  const entry = byLicence.get(pkg.licence) ?? { packages: [], bytes: 0 };
  entry.packages.push(`${pkg.name}@${pkg.version}`);
  entry.bytes += pkg.bytes;
  byLicence.set(pkg.licence, entry);
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const total = [...packages.values()].reduce((sum, pkg) => sum + pkg.bytes, 0);
const lines = [];
lines.push(`Run-time packages: ${packages.size}, ${mb(total)} MB on disk.`, '');
lines.push('| licence | packages | MB | which (first 6) |', '| --- | ---: | ---: | --- |');
for (const [licence, entry] of [...byLicence].sort((a, b) => b[1].packages.length - a[1].packages.length)) {
  const names = entry.packages.sort();
  const shown = names.slice(0, 6).join(', ') + (names.length > 6 ? `, … (${names.length - 6} more)` : '');
  lines.push(`| ${licence} | ${names.length} | ${mb(entry.bytes)} | ${shown} |`);
}
lines.push('', '| package or scope | packages | MB |', '| --- | ---: | ---: |');
for (const [group, entry] of [...byGroup].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 15)) {
  lines.push(`| ${group} | ${entry.packages} | ${mb(entry.bytes)} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);

/**
 * Inputs of `soc2 scan` checked before any long work: a flag that does not
 * apply to the chosen source is a usage error (it would otherwise be ignored
 * silently), and `--out` must be a folder we can write, or one we can create,
 * so that a long scan does not end in ENOTDIR or EACCES.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Io } from './io.js';

export interface ScanInputs {
  templates: readonly string[];
  snapshot?: string;
  sample: boolean;
  parameters: Record<string, string>;
  parameterFiles: readonly string[];
  profile?: string;
  regions: readonly string[];
  roleArn?: string;
  externalId?: string;
  concurrency?: number;
  rateLimits?: readonly string[];
  inventory?: 'api' | 'config';
  outDir?: string;
}

function sourceFlag(options: ScanInputs): string | undefined {
  if (options.templates.length > 0) return '--template';
  if (options.snapshot !== undefined) return '--snapshot';
  if (options.sample) return '--sample';
  return undefined;
}

function misplacedFlags(options: ScanInputs): string[] {
  const source = sourceFlag(options);
  const problems: string[] = [];
  if (source !== undefined) {
    const liveOnly: [string, boolean][] = [
      ['--region', options.regions.length > 0],
      ['--profile', options.profile !== undefined],
      ['--role-arn', options.roleArn !== undefined],
      ['--external-id', options.externalId !== undefined],
      ['--concurrency', options.concurrency !== undefined],
      ['--rate-limit', (options.rateLimits?.length ?? 0) > 0],
      ['--source', options.inventory !== undefined],
    ];
    const given = liveOnly.filter(([, set]) => set).map(([flag]) => flag);
    if (given.length > 0)
      problems.push(
        `${given.join(', ')} appl${given.length === 1 ? 'ies' : 'y'} to live scans only, not with ${source}`,
      );
  }
  if (options.templates.length === 0) {
    const templateOnly: [string, boolean][] = [
      ['--parameters', Object.keys(options.parameters).length > 0],
      ['--parameter-file', options.parameterFiles.length > 0],
    ];
    const given = templateOnly.filter(([, set]) => set).map(([flag]) => flag);
    if (given.length > 0)
      problems.push(
        `${given.join(', ')} appl${given.length === 1 ? 'ies' : 'y'} to template scans only, not with ${source ?? 'a live scan'}`,
      );
  }
  return problems;
}

/** `--out DIR`: an existing writable folder, or a path whose nearest existing parent is one. */
async function checkOutDir(outDir: string, cwd: string): Promise<void> {
  const target = resolve(cwd, outDir);
  let path = target;
  for (;;) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw new InputError(`--out ${outDir}: ${error.code ?? error.message}`);
    });
    if (info) {
      if (!info.isDirectory()) {
        throw new InputError(
          path === target
            ? `--out ${outDir} is not a folder`
            : `--out ${outDir} cannot be created: ${path} is not a folder`,
        );
      }
      await access(path, constants.W_OK).catch(() => {
        throw new InputError(`--out ${outDir}: ${path} is not writable`);
      });
      return;
    }
    const parent = dirname(path);
    if (parent === path) return;
    path = parent;
  }
}

export async function checkScanInputs(options: ScanInputs, io: Io): Promise<void> {
  const problems = misplacedFlags(options);
  if (problems.length > 0) throw new InputError(problems.join('; '));
  if (options.outDir !== undefined) await checkOutDir(options.outDir, io.cwd);
}

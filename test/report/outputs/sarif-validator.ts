/** Runs the official SARIF validator (@microsoft/sarif-multitool) and returns its findings. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type * as Sarif from 'sarif';
import { PACKAGE_ROOT } from '../../../src/version.js';

const run = promisify(execFile);

export function multitoolPath(): string {
  const platform = process.platform === 'win32' ? 'win' : process.platform === 'darwin' ? 'darwin' : 'linux';
  const binary = process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool';
  const path = join(PACKAGE_ROOT, 'node_modules', '@microsoft', `sarif-multitool-${platform}`, binary);
  if (!existsSync(path)) throw new Error(`SARIF multitool not installed at ${path}`);
  return path;
}

export interface ValidatorMessage {
  ruleId: string;
  level: string;
  text: string;
}

/** SARIF2006 fetches every URI over HTTP: tests stay off the network. */
const NO_NETWORK_POLICY = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key='SARIF2006.UrisShouldBeReachable.Options'>
    <Property Key='RuleEnabled' Value='Disabled' />
  </Properties>
</Properties>
`;

/**
 * Every message of the validator, notes included. A log it cannot deserialize
 * (an unknown enum value) yields no messages at all while it still reports
 * success; notes are always present for a log it did analyze (SARIF2003 at
 * least), so an empty report is an error here, not a clean bill.
 */
export async function validateSarif(sarifText: string): Promise<ValidatorMessage[]> {
  const dir = await mkdtemp(join(tmpdir(), 'soc2-sarif-'));
  try {
    const input = join(dir, 'input.sarif');
    const output = join(dir, 'validation.sarif');
    const policy = join(dir, 'policy.xml');
    await writeFile(input, sarifText);
    await writeFile(policy, NO_NETWORK_POLICY);
    const args = ['validate', input, '--output', output, '--log', 'ForceOverwrite'];
    await run(multitoolPath(), [...args, '--level', 'Error;Warning;Note', '--config', policy], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    }).catch((error: { stdout?: string; stderr?: string }) => {
      // The validator exits non-zero when it finds errors; its report file says which.
      if (!existsSync(output))
        throw new Error(`SARIF validator did not run: ${error.stderr ?? error.stdout ?? ''}`);
    });
    const report = JSON.parse(await readFile(output, 'utf8')) as Sarif.Log;
    const results = report.runs[0]?.results ?? [];
    if (results.length === 0)
      throw new Error('the SARIF validator analyzed nothing: the log could not be read');
    return results.map((result) => ({
      ruleId: result.ruleId ?? '',
      // A result without level is a warning (SARIF 3.27.10).
      level: result.level ?? 'warning',
      text: result.message.text ?? [result.message.id, ...(result.message.arguments ?? [])].join(' '),
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

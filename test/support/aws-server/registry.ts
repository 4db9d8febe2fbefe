/**
 * Every emulated service, keyed by SigV4 signing name, and the table of
 * supported operations. Derived from the live catalog: each live service
 * module (src/sources/live/services/<name>/) has its fake in
 * services/<name>.ts, exported under the service's name. The fakes stay out
 * of src so the package ships no test code.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LIVE_SERVICES } from '../../../src/sources/live/catalog.js';
import type { LiveService } from '../../../src/sources/live/service.js';
import type { ServiceDefinition } from './service.js';
import { sts } from './services/sts.js';

/** Services the harness answers that are no live service module: the caller identity. */
const HARNESS_SERVICES: readonly ServiceDefinition[] = [sts];

function isServiceDefinition(value: unknown): value is ServiceDefinition {
  const candidate = value as Partial<ServiceDefinition> | undefined;
  return typeof candidate?.signingName === 'string' && typeof candidate.operations === 'object';
}

const FAKES_DIR = fileURLToPath(new URL('./services/', import.meta.url));

/** The fake of each live service. */
export async function fakesOf(services: readonly LiveService[]): Promise<ServiceDefinition[]> {
  return Promise.all(
    services.map(async ({ name }) => {
      const file = ['ts', 'js']
        .map((extension) => join(FAKES_DIR, `${name}.${extension}`))
        .find((path) => existsSync(path));
      if (!file)
        throw new Error(`live service ${name} has no fake: add test/support/aws-server/services/${name}.ts`);
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const fake = module[name];
      if (!isServiceDefinition(fake)) {
        throw new Error(
          `test/support/aws-server/services/${name}.ts must export \`${name}\`, the fake of live service ${name}`,
        );
      }
      return fake;
    }),
  );
}

const SERVICES: readonly ServiceDefinition[] = [...HARNESS_SERVICES, ...(await fakesOf(LIVE_SERVICES))];

const BY_SIGNING_NAME = new Map(SERVICES.map((service) => [service.signingName, service]));

export function serviceBySigningName(name: string): ServiceDefinition | undefined {
  return BY_SIGNING_NAME.get(name);
}

/** `'service:Operation'` for every operation the server answers; anything else answers InvalidAction/UnknownOperationException. */
export const SUPPORTED_OPERATIONS: readonly string[] = SERVICES.flatMap((service) =>
  Object.keys(service.operations).map((op) => `${service.signingName}:${op}`),
);

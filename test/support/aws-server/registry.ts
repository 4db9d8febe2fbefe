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
import type { RequestShape, ServiceDefinition } from './service.js';
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

/** Every fake the server answers for, harness services first. */
export const FAKE_SERVICES: readonly ServiceDefinition[] = [
  ...HARNESS_SERVICES,
  ...(await fakesOf(LIVE_SERVICES)),
];

/** Services sharing a signing name, the discriminated ones (`matches`) first, the default last. */
function groupBySigningName(services: readonly ServiceDefinition[]): Map<string, ServiceDefinition[]> {
  const groups = new Map<string, ServiceDefinition[]>();
  for (const service of services) {
    const group = groups.get(service.signingName) ?? [];
    group.push(service);
    groups.set(service.signingName, group);
  }
  for (const [name, group] of groups) {
    group.sort((a, b) => Number(a.matches === undefined) - Number(b.matches === undefined));
    if (group.filter((service) => service.matches === undefined).length > 1)
      throw new Error(
        `fakes sharing the signing name ${name} must each declare matches(request), all but one at most`,
      );
  }
  return groups;
}

const BY_SIGNING_NAME = groupBySigningName(FAKE_SERVICES);

/** Every fake signed for `name` (more than one when services share it, like classic ELB and ELBv2). */
export function servicesBySigningName(name: string): readonly ServiceDefinition[] {
  return BY_SIGNING_NAME.get(name) ?? [];
}

/** The fake that answers a request signed for `name`. */
export function serviceFor(name: string, request: RequestShape): ServiceDefinition | undefined {
  return servicesBySigningName(name).find((service) => service.matches?.(request) ?? true);
}

/** `'service:Operation'` for every operation the server answers; anything else answers InvalidAction/UnknownOperationException. */
export const SUPPORTED_OPERATIONS: readonly string[] = FAKE_SERVICES.flatMap((service) =>
  Object.keys(service.operations).map((op) => `${service.signingName}:${op}`),
);

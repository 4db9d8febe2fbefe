/** Entry of the forked fake AWS process (see process.ts): first message = start, then requests. */
import type { ProcessMessage, ProcessRequest, ProcessStart } from './process.js';
import { FAKE_SERVICES } from './registry.js';
import { startFakeAws } from './server.js';
import type { FakeAws } from './types.js';

const send = (message: ProcessMessage) => process.send!(message);

/** Loads every service's SDK schemas now, not on its first call during a measured scan. */
async function preloadSchemas(): Promise<void> {
  await Promise.all(FAKE_SERVICES.map((service) => service.load()));
}

process.once('message', ({ options, preload }: ProcessStart) => {
  (preload ? preloadSchemas() : Promise.resolve())
    .then(() => startFakeAws(options))
    .then(
      (fake) => {
        process.on('message', (request: ProcessRequest) => void answer(fake, request));
        send({ kind: 'ready', endpoint: fake.endpoint });
      },
      (error: unknown) => {
        send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
});

async function answer(fake: FakeAws, request: ProcessRequest): Promise<void> {
  switch (request.kind) {
    case 'stats': {
      const usage = process.cpuUsage();
      send({
        id: request.id,
        kind: 'done',
        stats: { calls: fake.calls, cpuMs: (usage.user + usage.system) / 1000 },
      });
      return;
    }
    case 'faults':
      fake.setFaults(request.faults);
      send({ id: request.id, kind: 'done' });
      return;
    case 'close':
      await fake.close();
      send({ id: request.id, kind: 'done' });
      process.disconnect();
      return;
  }
}

/** A member role's credentials: one AssumeRole for all of an account's clients, renewed before they expire. */
import { describe, expect, it } from 'vitest';
import { REFRESH_BEFORE_MS, refreshingCredentials } from '../../../src/sources/org/credentials.js';

describe('refreshingCredentials', () => {
  it('assumes once for concurrent callers, then again only when the session nears its expiry', async () => {
    let clock = 0;
    let assumed = 0;
    const provider = refreshingCredentials(
      async () => {
        assumed += 1;
        return {
          accessKeyId: `ASIA${assumed}`,
          secretAccessKey: 's',
          expiration: new Date(clock + 3_600_000),
        };
      },
      () => clock,
    );
    const first = await Promise.all([provider(), provider(), provider()]);
    expect(assumed).toBe(1);
    expect(new Set(first.map((c) => c.accessKeyId))).toEqual(new Set(['ASIA1']));
    clock = 3_600_000 - REFRESH_BEFORE_MS - 1;
    expect((await provider()).accessKeyId).toBe('ASIA1');
    clock += 2;
    expect((await provider()).accessKeyId).toBe('ASIA2');
    expect(assumed).toBe(2);
  });

  it('a failed AssumeRole is not cached: the next call tries again', async () => {
    let calls = 0;
    const provider = refreshingCredentials(async () => {
      calls += 1;
      if (calls === 1) throw new Error('AccessDenied');
      return { accessKeyId: 'ASIA', secretAccessKey: 's' };
    });
    await expect(provider()).rejects.toThrow('AccessDenied');
    expect((await provider()).accessKeyId).toBe('ASIA');
  });
});

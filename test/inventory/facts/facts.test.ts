/**
 * The fact constructors both sources call (issue 12 item 1): one case table per
 * fact family, each case read as from a template (`create`) and from an API
 * answer (`describe`). Absent means a documented default only where AWS
 * documents one; otherwise Unknown, with the field named.
 */
import { describe, expect, it } from 'vitest';
import { bucketEncryption } from '../../../src/inventory/facts/bucket-encryption.js';
import { bucketPublicAccess } from '../../../src/inventory/facts/bucket-public-access.js';
import {
  clusterPubliclyAccessible,
  isAuroraEngine,
  publiclyAccessible,
} from '../../../src/inventory/facts/db-public-access.js';
import { flagEncryption } from '../../../src/inventory/facts/flag-encryption.js';
import {
  createPlace,
  describePlace,
  MaybeAbsent,
  type FieldSource,
  type Place,
} from '../../../src/inventory/facts/place.js';
import { listenerActions } from '../../../src/inventory/facts/listener-actions.js';
import { queueEncryption } from '../../../src/inventory/facts/queue-encryption.js';
import { routeDestination, routeTarget } from '../../../src/inventory/facts/route-target.js';
import {
  securityGroupIngress,
  securityGroupRules,
  type IngressPermission,
} from '../../../src/inventory/facts/security-group-rules.js';
import { viewerProtocolPolicies } from '../../../src/inventory/facts/viewer-policy.js';
import { isUnknown, unknown, type Maybe } from '../../../src/inventory/maybe.js';

const places: Record<FieldSource, Place> = {
  create: createPlace('Res'),
  describe: describePlace('resource r-1'),
};

/** A Maybe as a comparable value: Unknowns become `UNKNOWN: <reason>`. */
function shown<T>(value: Maybe<T>): T | string {
  return isUnknown(value) ? `UNKNOWN: ${value.reason}` : value;
}

describe('place', () => {
  it('names an absent field the way each document does', () => {
    const permission: IngressPermission = {
      protocol: undefined,
      fromPort: 22,
      toPort: 22,
      ipv4Cidrs: ['0.0.0.0/0'],
      ipv6Cidrs: undefined,
      prefixLists: undefined,
      sourceGroupIds: undefined,
    };
    expect(shown(securityGroupRules(permission, places.create))).toMatch(
      /^UNKNOWN: Res\.IpProtocol is not set \(required/,
    );
    expect(shown(securityGroupRules(permission, places.describe))).toMatch(
      /^UNKNOWN: resource r-1: IpProtocol was not returned \(required/,
    );
  });
});

describe('securityGroupRules', () => {
  const open: IngressPermission = {
    protocol: 'tcp',
    fromPort: 22,
    toPort: 22,
    ipv4Cidrs: ['0.0.0.0/0'],
    ipv6Cidrs: ['::/0'],
    prefixLists: [{ id: 'pl-1', cidrs: ['10.0.0.0/8'] }],
    sourceGroupIds: ['sg-2'],
  };
  const cases: { name: string; permission: Partial<IngressPermission>; expected: unknown }[] = [
    {
      name: 'one rule per source, IPv4 and IPv6 alike',
      permission: {},
      expected: [
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0' },
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '::/0' },
        { protocol: 'tcp', fromPort: 22, toPort: 22, prefixListId: 'pl-1', prefixListCidrs: ['10.0.0.0/8'] },
        { protocol: 'tcp', fromPort: 22, toPort: 22, sourceGroupId: 'sg-2' },
      ],
    },
    {
      name: 'no ports (protocol -1): none are invented',
      permission: {
        protocol: '-1',
        fromPort: undefined,
        toPort: undefined,
        ipv6Cidrs: undefined,
        prefixLists: undefined,
        sourceGroupIds: undefined,
      },
      expected: [{ protocol: '-1', cidr: '0.0.0.0/0' }],
    },
    {
      name: 'missing IpProtocol is Unknown, neither no port nor all ports',
      permission: { protocol: undefined },
      expected: expect.stringMatching(/IpProtocol/),
    },
    {
      name: 'an unreadable port is Unknown',
      permission: { fromPort: unknown('FromPort: a parameter') },
      expected: 'UNKNOWN: FromPort: a parameter',
    },
    {
      name: 'an unreadable source is Unknown',
      permission: { ipv4Cidrs: unknown('CidrIp: an import') },
      expected: 'UNKNOWN: CidrIp: an import',
    },
    {
      name: 'a permission with no source at all was not read',
      permission: { ipv4Cidrs: undefined, ipv6Cidrs: [], prefixLists: undefined, sourceGroupIds: undefined },
      expected: expect.stringMatching(/^UNKNOWN: .*source: none/),
    },
    {
      name: 'unread prefix-list entries stay Unknown on the rule',
      permission: {
        ipv4Cidrs: undefined,
        ipv6Cidrs: undefined,
        sourceGroupIds: undefined,
        prefixLists: [{ id: 'pl-9', cidrs: unknown('entries denied') }],
      },
      expected: [
        {
          protocol: 'tcp',
          fromPort: 22,
          toPort: 22,
          prefixListId: 'pl-9',
          prefixListCidrs: unknown('entries denied'),
        },
      ],
    },
  ];
  for (const { name, permission, expected } of cases) {
    for (const from of ['create', 'describe'] as const) {
      it(`${name} (${from})`, () => {
        expect(shown(securityGroupRules({ ...open, ...permission }, places[from]))).toEqual(expected);
      });
    }
  }
});

describe('securityGroupIngress', () => {
  it('absent: no rules for a group being created, Unknown in an answer that always has IpPermissions', () => {
    expect(securityGroupIngress(undefined, places.create, 'SecurityGroupIngress')).toEqual([]);
    expect(shown(securityGroupIngress(undefined, places.describe, 'IpPermissions'))).toBe(
      'UNKNOWN: resource r-1: IpPermissions was not returned',
    );
  });
  it('one unreadable permission makes the whole ingress Unknown, naming its position', () => {
    const good: IngressPermission = {
      protocol: 'tcp',
      fromPort: 443,
      toPort: 443,
      ipv4Cidrs: ['0.0.0.0/0'],
      ipv6Cidrs: undefined,
      prefixLists: undefined,
      sourceGroupIds: undefined,
    };
    const result = securityGroupIngress(
      [good, { ...good, protocol: undefined }],
      places.describe,
      'IpPermissions',
    );
    expect(shown(result)).toMatch(/^UNKNOWN: resource r-1: IpPermissions\[1\]\.IpProtocol was not returned/);
    expect(securityGroupIngress([good], places.describe, 'IpPermissions')).toHaveLength(1);
  });
});

describe('routeTarget', () => {
  const none = { GatewayId: undefined };
  const cases: { name: string; fields: Parameters<typeof routeTarget>[0]; expected: unknown }[] = [
    { name: 'local', fields: { GatewayId: 'local' }, expected: { kind: 'local' } },
    {
      name: 'an igw- id',
      fields: { GatewayId: 'igw-1' },
      expected: { kind: 'internet-gateway', id: 'igw-1' },
    },
    {
      name: 'a VPN gateway',
      fields: { GatewayId: 'vgw-1' },
      expected: { kind: 'other', id: 'vgw-1', description: 'gateway vgw-1' },
    },
    {
      name: 'an unresolved GatewayId may be an internet gateway',
      fields: { GatewayId: unknown('a parameter') },
      expected: 'UNKNOWN: a parameter',
    },
    {
      name: 'a NAT gateway',
      fields: { ...none, NatGatewayId: 'nat-1' },
      expected: { kind: 'other', id: 'nat-1', description: 'NAT gateway' },
    },
    {
      name: 'a VPC endpoint',
      fields: { ...none, VpcEndpointId: 'vpce-1' },
      expected: { kind: 'other', id: 'vpce-1', description: 'VPC endpoint' },
    },
    {
      name: 'an unresolved NAT gateway is still not an internet gateway',
      fields: { ...none, NatGatewayId: unknown('import') },
      expected: { kind: 'other', id: undefined, description: 'NAT gateway' },
    },
    {
      name: 'a blackhole route sends nowhere',
      fields: { GatewayId: 'igw-gone', State: 'blackhole' },
      expected: { kind: 'other', id: 'igw-gone', description: 'blackhole route (target deleted)' },
    },
    {
      name: 'no target at all is Unknown, not "other"',
      fields: none,
      expected: expect.stringMatching(/^UNKNOWN: .*target/),
    },
  ];
  for (const { name, fields, expected } of cases) {
    for (const from of ['create', 'describe'] as const) {
      it(`${name} (${from})`, () => {
        expect(shown(routeTarget(fields, places[from]))).toEqual(expected);
      });
    }
  }
  it('a template reference to an internet gateway resource is one', () => {
    expect(routeTarget({ GatewayId: 'stack/Igw' }, places.create, (id) => id === 'stack/Igw')).toEqual({
      kind: 'internet-gateway',
      id: 'stack/Igw',
    });
  });
  it('a destination is required', () => {
    const fields = {
      DestinationCidrBlock: undefined,
      DestinationIpv6CidrBlock: '::/0',
      DestinationPrefixListId: undefined,
    };
    expect(routeDestination(fields, places.describe)).toBe('::/0');
    expect(
      shown(routeDestination({ ...fields, DestinationIpv6CidrBlock: undefined }, places.describe)),
    ).toMatch(/destination was not returned/);
  });
});

describe('flagEncryption', () => {
  const names = { flag: 'Encrypted', key: 'KmsKeyId' };
  const cases: {
    name: string;
    fields: Parameters<typeof flagEncryption>[0];
    create: unknown;
    describe: unknown;
  }[] = [
    {
      name: 'encrypted with a named key',
      fields: { encrypted: true, keyId: 'k-1' },
      create: { state: 'kms', keyId: 'k-1' },
      describe: { state: 'kms', keyId: 'k-1' },
    },
    {
      name: 'encrypted without a key: the AWS-managed key when created, unread when described',
      fields: { encrypted: true, keyId: undefined },
      create: { state: 'kms', keyId: undefined },
      describe: {
        state: 'kms',
        keyId: unknown('resource r-1: KmsKeyId was not returned (an encrypted store reports its key)'),
      },
    },
    {
      name: 'explicitly unencrypted',
      fields: { encrypted: false, keyId: undefined },
      create: { state: 'unencrypted' },
      describe: { state: 'unencrypted' },
    },
    {
      name: 'flag absent: the create default (unencrypted), or not read',
      fields: { encrypted: undefined, keyId: undefined },
      create: { state: 'unencrypted' },
      describe: 'UNKNOWN: resource r-1: Encrypted was not returned',
    },
    {
      name: 'flag absent with a key named: a template cannot deploy that unencrypted',
      fields: { encrypted: undefined, keyId: 'k-1' },
      create: { state: 'kms', keyId: 'k-1' },
      describe: 'UNKNOWN: resource r-1: Encrypted was not returned',
    },
    {
      name: 'flag absent and the key may be absent too',
      fields: { encrypted: undefined, keyId: new MaybeAbsent('condition UseCmk undecided') },
      create: expect.stringMatching(/^UNKNOWN: Res\.KmsKeyId may be absent .* may be unencrypted/),
      describe: 'UNKNOWN: resource r-1: Encrypted was not returned',
    },
    {
      name: 'flag unreadable',
      fields: { encrypted: unknown('a parameter'), keyId: 'k-1' },
      create: 'UNKNOWN: a parameter',
      describe: 'UNKNOWN: a parameter',
    },
  ];
  for (const { name, fields, ...expected } of cases) {
    for (const from of ['create', 'describe'] as const) {
      it(`${name} (${from})`, () => {
        expect(shown(flagEncryption(fields, places[from], names))).toEqual(expected[from]);
      });
    }
  }
});

describe('bucketPublicAccess', () => {
  const allOn = {
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
  };
  const allOff = {
    blockPublicAcls: false,
    ignorePublicAcls: false,
    blockPublicPolicy: false,
    restrictPublicBuckets: false,
  };
  it('no configuration in a template: S3 blocks everything on a new bucket, said so', () => {
    expect(bucketPublicAccess(undefined, places.create)).toEqual({
      publicAccessBlock: allOn,
      publicAccessBlockDefault: expect.stringMatching(
        /S3 blocks all public access on new buckets by default/,
      ),
    });
  });
  it('NoSuchPublicAccessBlockConfiguration: nothing blocked at the bucket level', () => {
    for (const from of ['create', 'describe'] as const)
      expect(bucketPublicAccess('none-configured', places[from])).toEqual({
        publicAccessBlock: allOff,
        publicAccessBlockDefault: 'the bucket has no Block Public Access configuration',
      });
  });
  it('an answer without the configuration was not read', () => {
    expect(shown(bucketPublicAccess(undefined, places.describe).publicAccessBlock)).toBe(
      'UNKNOWN: resource r-1: PublicAccessBlockConfiguration was not returned',
    );
  });
  it('each setting is read on its own; an unset one is off; an unreadable one is Unknown', () => {
    const settings = {
      BlockPublicAcls: true,
      IgnorePublicAcls: undefined,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: false,
    };
    for (const from of ['create', 'describe'] as const) {
      expect(bucketPublicAccess(settings, places[from])).toEqual({
        publicAccessBlock: { ...allOn, ignorePublicAcls: false, restrictPublicBuckets: false },
      });
      expect(
        shown(
          bucketPublicAccess({ ...settings, BlockPublicPolicy: unknown('a parameter') }, places[from])
            .publicAccessBlock,
        ),
      ).toBe('UNKNOWN: a parameter');
    }
  });
});

describe('viewerProtocolPolicies', () => {
  const paths = { defaultPath: 'DefaultCacheBehavior', orderedPath: 'CacheBehaviors' };
  it('every behavior counts, the default first', () => {
    for (const from of ['create', 'describe'] as const)
      expect(
        viewerProtocolPolicies(
          {
            defaultBehavior: { ViewerProtocolPolicy: 'https-only' },
            orderedBehaviors: [{ ViewerProtocolPolicy: 'allow-all' }],
          },
          places[from],
          paths,
        ),
      ).toEqual(['https-only', 'allow-all']);
  });
  it('a missing policy is Unknown in both documents (required, no default), naming the behavior', () => {
    const behaviors = {
      defaultBehavior: { ViewerProtocolPolicy: 'https-only' },
      orderedBehaviors: [{ ViewerProtocolPolicy: undefined }],
    };
    expect(shown(viewerProtocolPolicies(behaviors, places.create, paths))).toMatch(
      /^UNKNOWN: Res\.CacheBehaviors\.0\.ViewerProtocolPolicy is not set \(required/,
    );
    expect(shown(viewerProtocolPolicies(behaviors, places.describe, paths))).toMatch(
      /^UNKNOWN: resource r-1: CacheBehaviors\.0\.ViewerProtocolPolicy was not returned/,
    );
  });
  it('no default behavior is Unknown; no ordered behaviors: none in a template, unread live', () => {
    for (const from of ['create', 'describe'] as const)
      expect(
        shown(
          viewerProtocolPolicies({ defaultBehavior: undefined, orderedBehaviors: [] }, places[from], paths),
        ),
      ).toMatch(/DefaultCacheBehavior/);
    const onlyDefault = {
      defaultBehavior: { ViewerProtocolPolicy: 'redirect-to-https' },
      orderedBehaviors: undefined,
    };
    expect(viewerProtocolPolicies(onlyDefault, places.create, paths)).toEqual(['redirect-to-https']);
    expect(shown(viewerProtocolPolicies(onlyDefault, places.describe, paths))).toBe(
      'UNKNOWN: resource r-1: CacheBehaviors was not returned',
    );
  });
});

describe('DB public accessibility', () => {
  const cases: {
    name: string;
    engine: Maybe<string | undefined>;
    flag: Maybe<boolean | undefined>;
    create: unknown;
    describe: unknown;
  }[] = [
    {
      name: 'Aurora: set on the instances',
      engine: 'aurora-postgresql',
      flag: undefined,
      create: undefined,
      describe: undefined,
    },
    {
      name: 'Aurora with a cluster flag: still the instances',
      engine: 'aurora-mysql',
      flag: true,
      create: undefined,
      describe: undefined,
    },
    { name: 'Multi-AZ cluster, public', engine: 'postgres', flag: true, create: true, describe: true },
    {
      name: 'Multi-AZ cluster without the flag: the VPC default pending, or not read; never "Aurora"',
      engine: 'mysql',
      flag: undefined,
      create: expect.stringMatching(/^UNKNOWN: Res\.PubliclyAccessible is not set \(RDS's default depends/),
      describe: 'UNKNOWN: resource r-1: PubliclyAccessible was not returned',
    },
    {
      name: 'engine absent: cannot tell Aurora from Multi-AZ',
      engine: undefined,
      flag: false,
      create: 'UNKNOWN: Res.Engine is not set',
      describe: 'UNKNOWN: resource r-1: Engine was not returned',
    },
    {
      name: 'engine unreadable',
      engine: unknown('a parameter'),
      flag: false,
      create: 'UNKNOWN: a parameter',
      describe: 'UNKNOWN: a parameter',
    },
  ];
  for (const { name, engine, flag, ...expected } of cases) {
    for (const from of ['create', 'describe'] as const) {
      it(`${name} (${from})`, () => {
        expect(shown(clusterPubliclyAccessible({ engine, publiclyAccessible: flag }, places[from]))).toEqual(
          expected[from],
        );
      });
    }
  }
  it('an instance: the flag, else Unknown', () => {
    expect(publiclyAccessible(false, places.describe)).toBe(false);
    expect(shown(publiclyAccessible(undefined, places.describe))).toBe(
      'UNKNOWN: resource r-1: PubliclyAccessible was not returned',
    );
  });
});

describe('bucketEncryption', () => {
  const paths = { rules: 'Rules', byDefault: 'ApplyServerSideEncryptionByDefault' };
  const kms = { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'k-1' };
  const cases: {
    name: string;
    rules: Parameters<typeof bucketEncryption>[0];
    create: unknown;
    describe: unknown;
  }[] = [
    {
      name: 'no configuration: SSE-S3 on a new bucket; an answer without Rules was not read',
      rules: undefined,
      create: { state: 'aws-owned' },
      describe: 'UNKNOWN: resource r-1: Rules was not returned',
    },
    {
      name: 'no default encryption configured',
      rules: 'none-configured',
      create: { state: 'unencrypted' },
      describe: { state: 'unencrypted' },
    },
    {
      name: 'SSE-S3',
      rules: [{ SSEAlgorithm: 'AES256' }],
      create: { state: 'aws-owned' },
      describe: { state: 'aws-owned' },
    },
    {
      name: 'SSE-KMS with a key',
      rules: [kms],
      create: { state: 'kms', keyId: 'k-1' },
      describe: { state: 'kms', keyId: 'k-1' },
    },
    {
      name: 'DSSE-KMS without a key: aws/s3',
      rules: [{ SSEAlgorithm: 'aws:kms:dsse', KMSMasterKeyID: '' }],
      create: { state: 'kms', keyId: undefined },
      describe: { state: 'kms', keyId: undefined },
    },
    {
      name: 'the first rule with a default decides',
      rules: [undefined, kms],
      create: { state: 'kms', keyId: 'k-1' },
      describe: { state: 'kms', keyId: 'k-1' },
    },
    {
      name: 'a rule without its algorithm (required)',
      rules: [{ SSEAlgorithm: undefined }],
      create: 'UNKNOWN: Res.Rules.0.ApplyServerSideEncryptionByDefault.SSEAlgorithm is not set',
      describe:
        'UNKNOWN: resource r-1: Rules.0.ApplyServerSideEncryptionByDefault.SSEAlgorithm was not returned',
    },
    {
      name: 'an unknown algorithm is not guessed',
      rules: [{ SSEAlgorithm: 'ROT13' }],
      create: expect.stringMatching(/unrecognized algorithm ROT13/),
      describe: expect.stringMatching(/unrecognized algorithm ROT13/),
    },
  ];
  for (const { name, rules, ...expected } of cases) {
    for (const from of ['create', 'describe'] as const) {
      it(`${name} (${from})`, () => {
        expect(shown(bucketEncryption(rules, places[from], paths))).toEqual(expected[from]);
      });
    }
  }
});

describe('queueEncryption', () => {
  const cases: {
    name: string;
    fields: Parameters<typeof queueEncryption>[0];
    create: unknown;
    describe: unknown;
  }[] = [
    {
      name: 'a KMS key',
      fields: { kmsMasterKeyId: 'alias/q', sqsManagedSseEnabled: undefined },
      create: { state: 'kms', keyId: 'alias/q' },
      describe: { state: 'kms', keyId: 'alias/q' },
    },
    {
      name: 'SSE-SQS on',
      fields: { kmsMasterKeyId: undefined, sqsManagedSseEnabled: true },
      create: { state: 'aws-owned' },
      describe: { state: 'aws-owned' },
    },
    {
      name: 'SSE-SQS off',
      fields: { kmsMasterKeyId: undefined, sqsManagedSseEnabled: false },
      create: { state: 'unencrypted' },
      describe: { state: 'unencrypted' },
    },
    {
      name: 'neither set: SSE-SQS by default when created; off unless reported on',
      fields: { kmsMasterKeyId: undefined, sqsManagedSseEnabled: undefined },
      create: { state: 'aws-owned' },
      describe: { state: 'unencrypted' },
    },
    {
      name: 'a key that may be absent with SSE-SQS off',
      fields: { kmsMasterKeyId: new MaybeAbsent('condition undecided'), sqsManagedSseEnabled: false },
      create: expect.stringMatching(/KmsMasterKeyId may be absent .* SSE-SQS is off/),
      describe: expect.stringMatching(/KmsMasterKeyId may be absent .* SSE-SQS is off/),
    },
    {
      name: 'SSE-SQS unreadable',
      fields: { kmsMasterKeyId: undefined, sqsManagedSseEnabled: unknown('a parameter') },
      create: 'UNKNOWN: a parameter',
      describe: 'UNKNOWN: a parameter',
    },
  ];
  for (const { name, fields, ...expected } of cases) {
    for (const from of ['create', 'describe'] as const) {
      it(`${name} (${from})`, () => {
        expect(shown(queueEncryption(fields, places[from]))).toEqual(expected[from]);
      });
    }
  }
});

describe('listenerActions', () => {
  const cases: {
    name: string;
    actions: Parameters<typeof listenerActions>[0];
    create: unknown;
    describe: unknown;
  }[] = [
    {
      name: 'a forward and a redirect to HTTPS',
      actions: [{ Type: 'forward' }, { Type: 'redirect', RedirectProtocol: 'HTTPS' }],
      create: [{ type: 'forward' }, { type: 'redirect', redirectProtocol: 'HTTPS' }],
      describe: [{ type: 'forward' }, { type: 'redirect', redirectProtocol: 'HTTPS' }],
    },
    {
      name: "a redirect without a protocol keeps the request's (#{protocol})",
      actions: [{ Type: 'redirect' }],
      create: [{ type: 'redirect', redirectProtocol: '#{protocol}' }],
      describe: [{ type: 'redirect', redirectProtocol: '#{protocol}' }],
    },
    {
      name: 'no list (required, always returned)',
      actions: undefined,
      create: 'UNKNOWN: Res.DefaultActions is not set',
      describe: 'UNKNOWN: resource r-1: DefaultActions was not returned',
    },
    {
      // Per action: a readable forward beside it still fails the listener.
      name: 'an action without its type',
      actions: [{ Type: 'forward' }, { Type: undefined }],
      create: [{ type: 'forward' }, { type: unknown('Res.DefaultActions.1.Type is not set') }],
      describe: [
        { type: 'forward' },
        { type: unknown('resource r-1: DefaultActions.1.Type was not returned') },
      ],
    },
    {
      name: 'an unreadable action',
      actions: [unknown('Fn::If undecided')],
      create: 'UNKNOWN: Fn::If undecided',
      describe: 'UNKNOWN: Fn::If undecided',
    },
  ];
  for (const { name, actions, ...expected } of cases) {
    for (const from of ['create', 'describe'] as const) {
      it(`${name} (${from})`, () => {
        expect(shown(listenerActions(actions, places[from], 'DefaultActions'))).toEqual(expected[from]);
      });
    }
  }
});

/** Cases mutation testing of src/inventory/facts showed untested (survivors of a first run). */
describe('fact constructors: edges found by mutation testing', () => {
  it('a described store that says unencrypted is unencrypted even if it names a key', () => {
    const names = { flag: 'Encrypted', key: 'KmsKeyId' };
    expect(flagEncryption({ encrypted: false, keyId: 'k-1' }, places.describe, names)).toEqual({
      state: 'unencrypted',
    });
    expect(flagEncryption({ encrypted: false, keyId: 'k-1' }, places.create, names)).toEqual({
      state: 'kms',
      keyId: 'k-1',
    });
  });
  it('an empty KmsMasterKeyId is no key: SSE-SQS decides', () => {
    for (const from of ['create', 'describe'] as const) {
      expect(queueEncryption({ kmsMasterKeyId: '', sqsManagedSseEnabled: false }, places[from])).toEqual({
        state: 'unencrypted',
      });
      expect(queueEncryption({ kmsMasterKeyId: '', sqsManagedSseEnabled: true }, places[from])).toEqual({
        state: 'aws-owned',
      });
    }
    expect(
      queueEncryption(
        { kmsMasterKeyId: new MaybeAbsent('undecided'), sqsManagedSseEnabled: true },
        places.create,
      ),
    ).toEqual({ state: 'kms', keyId: new MaybeAbsent('undecided') });
  });
  it('rules without any default: S3 default when created, unencrypted as described', () => {
    const paths = { rules: 'Rules', byDefault: 'ApplyServerSideEncryptionByDefault' };
    expect(bucketEncryption([undefined], places.create, paths)).toEqual({ state: 'aws-owned' });
    expect(bucketEncryption([undefined], places.describe, paths)).toEqual({ state: 'unencrypted' });
    expect(shown(bucketEncryption(unknown('denied'), places.describe, paths))).toBe('UNKNOWN: denied');
    expect(shown(bucketEncryption([{ SSEAlgorithm: 'ROT13' }], places.describe, paths))).toBe(
      'UNKNOWN: resource r-1: Rules.0.ApplyServerSideEncryptionByDefault.SSEAlgorithm: unrecognized algorithm ROT13',
    );
  });
  it('Unknown inputs stay Unknown, and an unreadable engine is not Aurora', () => {
    expect(shown(bucketPublicAccess(unknown('denied'), places.describe).publicAccessBlock)).toBe(
      'UNKNOWN: denied',
    );
    expect(shown(securityGroupIngress(unknown('denied'), places.describe, 'IpPermissions'))).toBe(
      'UNKNOWN: denied',
    );
    expect(shown(securityGroupIngress([unknown('entry')], places.create, 'SecurityGroupIngress'))).toBe(
      'UNKNOWN: entry',
    );
    const paths = { defaultPath: 'DefaultCacheBehavior', orderedPath: 'CacheBehaviors' };
    expect(
      shown(
        viewerProtocolPolicies({ defaultBehavior: unknown('d'), orderedBehaviors: [] }, places.create, paths),
      ),
    ).toBe('UNKNOWN: d');
    expect(
      shown(
        viewerProtocolPolicies(
          { defaultBehavior: { ViewerProtocolPolicy: 'https-only' }, orderedBehaviors: unknown('o') },
          places.create,
          paths,
        ),
      ),
    ).toBe('UNKNOWN: o');
    expect(isAuroraEngine(unknown('a parameter'))).toBe(false);
    expect(isAuroraEngine(undefined)).toBe(false);
    expect(isAuroraEngine('aurora-mysql')).toBe(true);
    expect(shown(listenerActions([undefined], places.describe, 'Actions'))).toBe(
      'UNKNOWN: resource r-1: Actions.0.Type was not returned',
    );
  });
  it('ports are copied only when present; a blackhole keeps only a known gateway id', () => {
    const permission: IngressPermission = {
      protocol: '-1',
      fromPort: undefined,
      toPort: undefined,
      ipv4Cidrs: ['0.0.0.0/0'],
      ipv6Cidrs: undefined,
      prefixLists: undefined,
      sourceGroupIds: undefined,
    };
    const [rule] = securityGroupRules(permission, places.describe) as { fromPort?: number }[];
    expect(Object.keys(rule ?? {})).toEqual(['protocol', 'cidr']);
    expect(routeTarget({ GatewayId: unknown('x'), State: 'blackhole' }, places.describe)).toEqual({
      kind: 'other',
      id: undefined,
      description: 'blackhole route (target deleted)',
    });
    expect(routeTarget({ GatewayId: 'vgw-1' }, places.create)).toMatchObject({ kind: 'other' });
    expect(shown(routeTarget({}, places.describe))).toBe(
      'UNKNOWN: resource r-1: target was not returned (every route has one: GatewayId or another target id)',
    );
  });
});

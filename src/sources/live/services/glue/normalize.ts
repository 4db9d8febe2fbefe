import { absent, describePlace, required } from '../../../../inventory/facts/place.js';
import {
  glueArgumentEncryption,
  glueCloudWatchEncryption,
  glueContinuousLogging,
  glueS3Encryption,
} from '../../../../inventory/facts/workloads.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { GlueCloudWatchEncryption, GlueS3Encryption } from '../../../../inventory/model.js';
import { allPages, type Json, type Output } from '../../normalize/raw.js';
import { GET_JOBS, GET_SECURITY_CONFIGURATIONS } from './calls.js';
import type { GetSecurityConfigurationsCommandOutput } from '@aws-sdk/client-glue';

type SecurityConfiguration = NonNullable<
  Json<GetSecurityConfigurationsCommandOutput>['SecurityConfigurations']
>[number];

interface Encryption {
  s3: Maybe<GlueS3Encryption>;
  cloudWatch: Maybe<GlueCloudWatchEncryption>;
}

function configuredEncryption(config: SecurityConfiguration): Encryption {
  const place = describePlace(`Glue security configuration ${config.Name}`);
  const settings = config.EncryptionConfiguration;
  if (!settings) {
    const missing = absent(place, 'EncryptionConfiguration');
    return { s3: missing, cloudWatch: missing };
  }
  // A list; Glue applies the first.
  const s3 = settings.S3Encryption?.[0];
  const cloudWatch = settings.CloudWatchEncryption;
  return {
    s3: glueS3Encryption(s3 && { mode: s3.S3EncryptionMode }, place, 'S3Encryption[0].S3EncryptionMode'),
    cloudWatch: glueCloudWatchEncryption(
      cloudWatch && { mode: cloudWatch.CloudWatchEncryptionMode },
      place,
      'CloudWatchEncryption.CloudWatchEncryptionMode',
    ),
  };
}

export function normalizeGlue(out: Output): void {
  const jobs = out.list(GET_JOBS, ['glue-job']).flatMap((page) => page.Jobs ?? []);
  const configPages = allPages(out, GET_SECURITY_CONFIGURATIONS, undefined);
  const configs = new Map(
    (configPages.value ?? [])
      .flatMap((page) => page.SecurityConfigurations ?? [])
      .map((config) => [config.Name, config] as const),
  );
  const unreadConfigs =
    configPages.unknown ??
    (configPages.notFound ? unknown('glue:GetSecurityConfigurations answered "not found"') : undefined);

  for (const job of jobs) {
    if (!job.Name) continue;
    const arn = `arn:${out.partition}:glue:${out.region}:${out.account}:job/${job.Name}`;
    const place = describePlace(`Glue job ${job.Name}`);
    const arguments_ = job.DefaultArguments ?? {};
    let encryption: Encryption;
    if (job.SecurityConfiguration === undefined) {
      encryption = { s3: glueArgumentEncryption(arguments_['--encryption-type']), cloudWatch: 'DISABLED' };
    } else if (unreadConfigs) {
      encryption = { s3: unreadConfigs, cloudWatch: unreadConfigs };
    } else {
      const config = configs.get(job.SecurityConfiguration);
      const gone = unknown(
        `Glue job ${job.Name}: security configuration ${job.SecurityConfiguration} is not among the region's configurations`,
      );
      encryption = config ? configuredEncryption(config) : { s3: gone, cloudWatch: gone };
    }
    out.add({
      type: 'glue-job',
      id: arn,
      arn,
      name: job.Name,
      region: out.region,
      origin: out.origin,
      command: required(job.Command?.Name, place, 'Command.Name'),
      // AWS documents jobs created without a Glue version as 0.9 jobs.
      glueVersion: setting(job.GlueVersion, place, 'GlueVersion', { describeOmitted: '0.9' }),
      continuousLogging: glueContinuousLogging(arguments_['--enable-continuous-cloudwatch-log']),
      securityConfiguration: job.SecurityConfiguration,
      s3Encryption: encryption.s3,
      cloudWatchEncryption: encryption.cloudWatch,
    });
  }
}

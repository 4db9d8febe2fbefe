import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { streamLogsOption } from '../../../../inventory/facts/workloads.js';
import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_CONFIGURATION_SETTINGS, DESCRIBE_ENVIRONMENTS } from './calls.js';

export function normalizeElasticBeanstalk(out: Output): void {
  const environments = out
    .list(DESCRIBE_ENVIRONMENTS, ['elasticbeanstalk-environment'])
    .flatMap((page) => page.Environments ?? []);
  for (const environment of environments) {
    const { ApplicationName, EnvironmentName } = environment;
    if (!ApplicationName || !EnvironmentName) continue;
    const described = out.one(DESCRIBE_CONFIGURATION_SETTINGS, { ApplicationName, EnvironmentName });
    const place = describePlace(`Elastic Beanstalk environment ${EnvironmentName}`);
    const options = described.value?.ConfigurationSettings?.[0]?.OptionSettings;
    const id =
      environment.EnvironmentArn ??
      `arn:${out.partition}:elasticbeanstalk:${out.region}:${out.account}:environment/${ApplicationName}/${EnvironmentName}`;
    out.add({
      type: 'elasticbeanstalk-environment',
      id,
      arn: id,
      name: EnvironmentName,
      region: out.region,
      origin: out.origin,
      // The answer lists every option with its value, defaults included: StreamLogs missing is Unknown.
      streamLogs:
        described.unknown ??
        (options === undefined
          ? unknown(
              `Elastic Beanstalk environment ${EnvironmentName}: no configuration settings were returned`,
            )
          : setting(
              streamLogsOption(
                options.map((option) => ({
                  namespace: option.Namespace,
                  optionName: option.OptionName,
                  value: option.Value,
                })),
                place,
              ),
              place,
              'OptionSettings aws:elasticbeanstalk:cloudwatch:logs StreamLogs',
            )),
    });
  }
}

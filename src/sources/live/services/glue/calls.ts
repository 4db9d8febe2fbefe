import type { GetJobsCommandOutput, GetSecurityConfigurationsCommandOutput } from '@aws-sdk/client-glue';
import { serviceCalls } from '../../service.js';

const glue = serviceCalls('glue', '@aws-sdk/client-glue', 'glue');

/** The listing carries each job's arguments and security configuration name: no call per job. */
export const GET_JOBS = glue.call<GetJobsCommandOutput>('GetJobs');

/** Every security configuration of the region, once: jobs name theirs. */
export const GET_SECURITY_CONFIGURATIONS =
  glue.call<GetSecurityConfigurationsCommandOutput>('GetSecurityConfigurations');

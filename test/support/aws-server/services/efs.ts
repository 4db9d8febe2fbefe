import { notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const efs: ServiceDefinition = {
  signingName: 'elasticfilesystem',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-efs'),
  routes: [
    { method: 'GET', path: /^\/2015-02-01\/file-systems\/?$/, operation: 'DescribeFileSystems' },
    {
      method: 'GET',
      path: /^\/2015-02-01\/file-systems\/(?<FileSystemId>[^/]+)\/backup-policy\/?$/,
      operation: 'DescribeBackupPolicy',
    },
    {
      method: 'GET',
      path: /^\/2015-02-01\/file-systems\/(?<FileSystemId>[^/]+)\/policy\/?$/,
      operation: 'DescribeFileSystemPolicy',
    },
  ],
  errorCodes: { Throttling: { code: 'ThrottlingException', status: 429 } },
  operations: {
    DescribeFileSystems: (ctx) => {
      let all = regionOf(ctx).efs?.fileSystems ?? [];
      const id = ctx.params.FileSystemId;
      if (id !== undefined) {
        all = all.filter((fs) => fs.FileSystemId === id);
        if (all.length === 0) throw notFound('FileSystemNotFound', `File system '${id}' does not exist.`);
      }
      const page = paginate(
        all,
        ctx.params.Marker,
        ctx.pageSize(ctx.params.MaxItems),
        ctx.action,
        'BadRequest',
      );
      return { FileSystems: page.items, Marker: ctx.params.Marker, NextMarker: page.next };
    },
    DescribeBackupPolicy: (ctx) => {
      const id = ctx.pathParams.FileSystemId ?? '';
      const efs = regionOf(ctx).efs;
      if (!(efs?.fileSystems ?? []).some((fs) => fs.FileSystemId === id))
        throw notFound('FileSystemNotFound', `File system '${id}' does not exist.`);
      const status = efs?.backupPolicies?.[id];
      if (status === undefined) throw notFound('PolicyNotFound', 'No backup policy is configured.');
      return { BackupPolicy: { Status: status } };
    },
    DescribeFileSystemPolicy: (ctx) => {
      const id = ctx.pathParams.FileSystemId ?? '';
      const efs = regionOf(ctx).efs;
      if (!(efs?.fileSystems ?? []).some((fs) => fs.FileSystemId === id))
        throw notFound('FileSystemNotFound', `File system '${id}' does not exist.`);
      const policy = efs?.fileSystemPolicies?.[id];
      if (policy === undefined) throw notFound('PolicyNotFound', 'None of the file system policies are set.');
      return { FileSystemId: id, Policy: policy };
    },
  },
};

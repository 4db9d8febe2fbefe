/** Which service manages a certificate, from its ARN: `arn:aws:acm:...` or `arn:aws:iam::...:server-certificate/...`. */
import { unknown, type Maybe } from '../maybe.js';
import type { CertificateStore } from '../model.js';

export function certificateStoreOfArn(arn: string, place: string): Maybe<CertificateStore> {
  const service = arn.split(':')[2];
  if (arn.startsWith('arn:') && service === 'acm') return 'acm';
  if (arn.startsWith('arn:') && service === 'iam') return 'iam';
  return unknown(`${place}: ${arn} is neither an ACM nor an IAM server certificate ARN`);
}

/** Which service manages a certificate a template creates, by its CloudFormation type; undefined: not a certificate. */
export function certificateStoreOfCfnType(cfnType: string): CertificateStore | undefined {
  return cfnType === 'AWS::CertificateManager::Certificate' ? 'acm' : undefined;
}

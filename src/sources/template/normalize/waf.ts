/** A web ACL's logging: an AWS::WAFv2::LoggingConfiguration whose ResourceArn names it. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import { linkFact, type TemplateIndex, type TemplateResource } from './context.js';

export function webAclLogging(acl: TemplateResource, index: TemplateIndex): Maybe<boolean> {
  let unresolved: Unknown | undefined;
  for (const candidate of index.values()) {
    if (candidate.cfnType !== 'AWS::WAFv2::LoggingConfiguration') continue;
    const target = linkFact(candidate, 'ResourceArn');
    if (target === acl.id) return true;
    if (target instanceof Unknown) {
      unresolved ??= unknown(`${candidate.logicalId}.ResourceArn: ${target.reason}; it may log this web ACL`);
    }
  }
  return unresolved ?? false;
}

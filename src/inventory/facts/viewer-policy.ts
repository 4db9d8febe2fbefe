/** How a CloudFront distribution serves viewers: each cache behavior's viewer protocol policy. */
import { isUnknown, type Maybe } from '../maybe.js';
import { absent, below, required, type Place, type Raw } from './place.js';

export interface CacheBehaviorFields {
  ViewerProtocolPolicy: Raw<string>;
}

/**
 * ViewerProtocolPolicy has no default: it is required on the default and on
 * every ordered cache behavior (CloudFront API `DefaultCacheBehavior` and
 * `CacheBehavior`; AWS::CloudFront::Distribution `DefaultCacheBehavior` and
 * `CacheBehavior`), and so is DefaultCacheBehavior itself. A missing one is
 * Unknown in a template and live alike: neither allow-all nor HTTPS.
 */
export const VIEWER_POLICY_REQUIRED =
  'required on every cache behavior: CloudFront API CacheBehavior.ViewerProtocolPolicy, AWS::CloudFront::Distribution';

/**
 * `defaultBehavior` at `defaultPath`; `orderedBehaviors` at `orderedPath`, each
 * entry at `<orderedPath>.<index>`. No ordered behaviors in a template: none
 * (the property is optional). Live, the list is always returned (with
 * Quantity 0 when empty); absent, it was not read.
 */
export function viewerProtocolPolicies(
  behaviors: {
    defaultBehavior: Raw<CacheBehaviorFields>;
    orderedBehaviors: Raw<CacheBehaviorFields[]>;
  },
  place: Place,
  paths: { defaultPath: string; orderedPath: string },
): Maybe<string[]> {
  const { defaultBehavior, orderedBehaviors } = behaviors;
  const defaultFields = required(defaultBehavior, place, paths.defaultPath, VIEWER_POLICY_REQUIRED);
  if (isUnknown(defaultFields)) return defaultFields;
  if (isUnknown(orderedBehaviors)) return orderedBehaviors;
  if (orderedBehaviors === undefined && place.from === 'describe') return absent(place, paths.orderedPath);
  const entries: [Place, CacheBehaviorFields][] = [[below(place, paths.defaultPath), defaultFields]];
  for (const [index, fields] of (orderedBehaviors ?? []).entries())
    entries.push([below(place, `${paths.orderedPath}.${index}`), fields]);
  const policies: string[] = [];
  for (const [behaviorPlace, fields] of entries) {
    const policy = required(
      fields.ViewerProtocolPolicy,
      behaviorPlace,
      'ViewerProtocolPolicy',
      VIEWER_POLICY_REQUIRED,
    );
    if (isUnknown(policy)) return policy;
    policies.push(policy);
  }
  return policies;
}

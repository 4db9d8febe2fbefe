/** CloudTrail trails, with CloudFormation's defaults (single-region, no log file validation). */
import type { CloudTrailTrail } from '../../../inventory/model.js';
import { baseOf, boolFact, requireKnown, type TemplateIndex, type TemplateResource } from './context.js';
import { keyLink } from './storage.js';

export function cloudTrail(resource: TemplateResource, index: TemplateIndex): CloudTrailTrail {
  const isLogging = requireKnown(
    resource.properties.IsLogging === undefined ? undefined : boolFact(resource, 'IsLogging', false),
    resource,
    'IsLogging',
  );
  return {
    ...baseOf(resource, 'TrailName'),
    type: 'cloudtrail-trail',
    isMultiRegion: boolFact(resource, 'IsMultiRegionTrail', false),
    logFileValidation: boolFact(resource, 'EnableLogFileValidation', false),
    kmsKeyId: keyLink(resource, 'KMSKeyId', index),
    isLogging,
    homeRegion: resource.region,
  };
}

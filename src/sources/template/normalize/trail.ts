/** CloudTrail trails, with CloudFormation's defaults (single-region, no log file validation). */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { CloudTrailTrail, ManagementEventClause } from '../../../inventory/model.js';
import { managementEventsOf } from '../../cloudtrail-selectors.js';
import { deepUnknown, isValueObject, type Value } from '../values.js';
import {
  baseOf,
  boolFact,
  requireKnown,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { keyLink } from './storage.js';
import { trailSettings } from './cloudtrail.js';

/**
 * The parts of the selectors that decide management-event coverage. An
 * unresolved data-event ARN does not matter; an unresolved ReadWriteType,
 * ExcludeManagementEventSources or field of a management selector does.
 */
function decidingParts(selector: Value): Value {
  if (!isValueObject(selector)) return selector;
  const { DataResources: _dataResources, FieldSelectors: fields, ...rest } = selector;
  if (!Array.isArray(fields)) return rest;
  const management = fields.some(
    (field) =>
      isValueObject(field) &&
      field.Field === 'eventCategory' &&
      Array.isArray(field.Equals) &&
      field.Equals.includes('Management'),
  );
  // Every field of a management selector narrows what it records; a data selector only has to be told apart.
  const deciding = management
    ? fields
    : fields.filter(
        (field) => !isValueObject(field) || field.Field instanceof Unknown || field.Field === 'eventCategory',
      );
  return { ...rest, FieldSelectors: deciding };
}

function managementEvents(resource: TemplateResource): Maybe<ManagementEventClause[]> {
  const selectors: Record<string, Value | undefined> = {};
  for (const path of ['EventSelectors', 'AdvancedEventSelectors']) {
    const value = valueAt(resource, path);
    const unresolved =
      value === undefined
        ? undefined
        : Array.isArray(value)
          ? value.map(decidingParts).map(deepUnknown).find(Boolean)
          : deepUnknown(value);
    if (unresolved) return unknown(`${resource.logicalId}.${path}: ${unresolved.reason}`);
    selectors[path] = value;
  }
  return managementEventsOf(selectors.EventSelectors, selectors.AdvancedEventSelectors);
}

export function cloudTrail(resource: TemplateResource, index: TemplateIndex): CloudTrailTrail {
  const isLogging = requireKnown(
    resource.properties.IsLogging === undefined ? undefined : boolFact(resource, 'IsLogging', false),
    resource,
    'IsLogging',
  );
  return {
    type: 'cloudtrail-trail',
    ...baseOf(resource, 'TrailName'),
    isMultiRegion: boolFact(resource, 'IsMultiRegionTrail', false),
    managementEvents: managementEvents(resource),
    logFileValidation: boolFact(resource, 'EnableLogFileValidation', false),
    kmsKeyId: keyLink(resource, 'KMSKeyId', index),
    isLogging,
    homeRegion: resource.region,
    ...trailSettings(resource),
  };
}

/**
 * EBS volumes declared inside another resource: the `BlockDeviceMappings[].Ebs` of an
 * `AWS::EC2::Instance`, of an `AWS::EC2::LaunchTemplate` (`LaunchTemplateData.BlockDeviceMappings`)
 * and of an `AWS::AutoScaling::LaunchConfiguration`. Each EBS mapping becomes one `ebs-volume`, as
 * DescribeVolumes shows the volume live, so the rules on volumes judge it before deployment too.
 *
 * Mappings without `Ebs` (a `VirtualName` instance-store volume) or with `NoDevice` create no EBS
 * volume. Volumes the AMI brings and the template does not map (its root volume, unless mapped) are
 * not in the template and are not invented.
 *
 * An instance that launches from a launch template gets the template's mappings, its own ones
 * replacing the template's for the same device (RunInstances parameters override the launch
 * template). The template's volumes are kept once, as volumes of the launch template, and the
 * instance's own mappings as volumes of the instance: the launch template's mappings are what every
 * launch from it gets unless it overrides them (Auto Scaling groups, other instances), so they are
 * judged once where they are written, never copied per instance. A launch-template mapping an
 * instance overrides is still judged on the launch template.
 */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { EbsVolume, EncryptionAtRest, UnresolvedTags } from '../../../inventory/model.js';
import { isValueObject } from '../values.js';
import {
  baseOf,
  optionalBoolFact,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { ebsEncryptionAt } from './storage.js';

/** Where each type holds its block device mappings. */
const MAPPING_LISTS: Readonly<Record<string, string>> = {
  'AWS::EC2::Instance': 'BlockDeviceMappings',
  'AWS::EC2::LaunchTemplate': 'LaunchTemplateData.BlockDeviceMappings',
  'AWS::AutoScaling::LaunchConfiguration': 'BlockDeviceMappings',
};

/** Whether resources of this CloudFormation type may declare EBS volumes (an unexpanded one is a gap in them too). */
export function declaresVolumes(cfnType: string): boolean {
  return MAPPING_LISTS[cfnType] !== undefined;
}

/**
 * Root device names of the common AMIs (Amazon Linux `/dev/xvda`; Ubuntu, Windows, RHEL `/dev/sda1`).
 * A mapping of the root device without a SnapshotId still restores the AMI's snapshot, and an
 * unset Encrypted keeps that snapshot's encryption, which the template does not show.
 */
const AMI_ROOT_DEVICES: ReadonlySet<string> = new Set(['/dev/xvda', '/dev/sda1', '/dev/sda', 'xvda', 'sda1']);

/**
 * Undefined unless the mapping may restore the AMI's snapshot: Encrypted and SnapshotId unset, and its
 * device the AMI's root device (or unresolved, so it may be). Any other device is taken as a new,
 * empty volume: an AMI that also maps it (rare for data devices) would make it a restored one.
 */
function fromImageSnapshot(
  owner: TemplateResource,
  at: string,
  device: Maybe<string | undefined>,
): Unknown | undefined {
  if (valueAt(owner, `${at}.Ebs.Encrypted`) !== undefined) return undefined;
  if (valueAt(owner, `${at}.Ebs.SnapshotId`) !== undefined) return undefined;
  const image =
    'its volume is restored from the AMI snapshot and keeps its encryption unless Encrypted is true';
  if (device instanceof Unknown)
    return unknown(`${device.reason}: it may name the AMI's root device, and ${image}`);
  if (device === undefined)
    return unknown(`${owner.logicalId}.${at}.DeviceName is not set (a required property)`);
  if (AMI_ROOT_DEVICES.has(device))
    return unknown(`${owner.logicalId}.${at}: ${device} is the root device of common AMIs: ${image}`);
  return undefined;
}

/** Whether a NoDevice value suppresses the device: `{}` (instance), a string (launch template), true (launch configuration). */
function suppressesDevice(noDevice: unknown): boolean {
  return noDevice !== undefined && noDevice !== null && noDevice !== false && noDevice !== 'false';
}

interface VolumeTags {
  tags: Record<string, string>;
  unresolved?: UnresolvedTags;
}

/** A launch template's `TagSpecifications` for `ResourceType: volume`: the tags its launches put on their volumes. */
function launchTemplateVolumeTags(
  owner: TemplateResource,
  read: VolumeTags,
  doubt: (why: string) => void,
): void {
  const path = 'LaunchTemplateData.TagSpecifications';
  const specs = valueAt(owner, path);
  if (specs instanceof Unknown) doubt(`${owner.logicalId}.${path}: ${specs.reason}`);
  if (!Array.isArray(specs)) return;
  for (const position of specs.keys()) {
    const spec = `${path}.${position}`;
    const type = stringFact(owner, `${spec}.ResourceType`);
    if (type instanceof Unknown) doubt(type.reason);
    if (type !== 'volume') continue;
    const tags = valueAt(owner, `${spec}.Tags`);
    if (tags instanceof Unknown) doubt(`${owner.logicalId}.${spec}.Tags: ${tags.reason}`);
    if (!Array.isArray(tags)) continue;
    for (const tag of tags.keys()) {
      const key = stringFact(owner, `${spec}.Tags.${tag}.Key`);
      const value = stringFact(owner, `${spec}.Tags.${tag}.Value`);
      if (key instanceof Unknown) doubt(`a tag key: ${key.reason}`);
      else if (key === undefined) continue;
      else if (value instanceof Unknown) (read.unresolved ??= { values: {} }).values[key] = value.reason;
      else read.tags[key] = value ?? '';
    }
  }
}

/**
 * The tags a mapped volume is created with. An instance copies its own with
 * PropagateTagsToVolumeOnCreation; a launch template tags volumes by its `volume` TagSpecifications;
 * a launch configuration tags none (Auto Scaling propagates group tags to instances, not volumes).
 */
function volumeTags(owner: TemplateResource): VolumeTags {
  const read: VolumeTags = { tags: {} };
  const doubt = (why: string): void => {
    const unresolved = (read.unresolved ??= { values: {} });
    unresolved.others ??= why;
  };
  if (owner.conditional) read.tags['soc2:conditional'] = owner.conditional;
  if (owner.cfnType === 'AWS::EC2::Instance') {
    const propagate = optionalBoolFact(owner, 'PropagateTagsToVolumeOnCreation');
    if (propagate instanceof Unknown) doubt(`${propagate.reason}: whether its tags are copied to the volume`);
    else if (propagate === true) {
      const base = baseOf(owner);
      Object.assign(read.tags, base.tags);
      if (base.unresolvedTags)
        read.unresolved = { ...base.unresolvedTags, values: { ...base.unresolvedTags.values } };
    }
    if (valueAt(owner, 'LaunchTemplate') !== undefined)
      doubt(
        `${owner.logicalId} launches from a launch template, whose TagSpecifications may tag its volumes`,
      );
  } else if (owner.cfnType === 'AWS::EC2::LaunchTemplate') launchTemplateVolumeTags(owner, read, doubt);
  return read;
}

function volume(
  owner: TemplateResource,
  device: string,
  tags: VolumeTags,
  encryption: Maybe<EncryptionAtRest>,
): EbsVolume {
  const base = baseOf(owner);
  const found: EbsVolume = {
    type: 'ebs-volume',
    // `<stack>/<LogicalId>/<device>`, `/dev/sdf` written `dev/sdf`; the origin is the owner's, so a
    // finding points at the resource that declares the mapping.
    id: `${owner.id}/${device.replace(/^\/+/, '')}`,
    name: `${owner.logicalId} ${device}`,
    origin: base.origin,
    region: base.region,
    tags: Object.keys(tags.tags).length > 0 ? tags.tags : undefined,
    suppressions: base.suppressions,
    encryption,
  };
  if (tags.unresolved) found.unresolvedTags = tags.unresolved;
  return found;
}

/** The EBS volumes one resource's block device mappings create. */
function mappedVolumes(owner: TemplateResource, listPath: string, index: TemplateIndex): EbsVolume[] {
  const list = valueAt(owner, listPath);
  if (list === undefined || list === null) return [];
  const tags = volumeTags(owner);
  if (!Array.isArray(list)) {
    // The list itself is unresolved: one volume stands for those it may hold, so the rules report
    // UNKNOWN on it instead of passing over volumes they cannot see.
    const why = list instanceof Unknown ? list.reason : 'not a list';
    return [
      volume(
        owner,
        listPath,
        tags,
        unknown(
          `${owner.logicalId}.${listPath}: ${why}: which EBS volumes it creates, and their encryption, are unknown`,
        ),
      ),
    ];
  }
  const volumes: EbsVolume[] = [];
  for (const [position, entry] of list.entries()) {
    const at = `${listPath}.${position}`;
    if (entry instanceof Unknown) {
      volumes.push(volume(owner, at, tags, unknown(`${owner.logicalId}.${at}: ${entry.reason}`)));
      continue;
    }
    if (!isValueObject(entry)) continue;
    // A VirtualName mapping is an instance-store volume; NoDevice removes the device (also an AMI's).
    if (entry.Ebs === undefined || entry.Ebs === null || suppressesDevice(entry.NoDevice)) continue;
    const device = stringFact(owner, `${at}.DeviceName`);
    const encryption = fromImageSnapshot(owner, at, device) ?? ebsEncryptionAt(owner, index, `${at}.Ebs.`);
    volumes.push(volume(owner, typeof device === 'string' ? device : at, tags, encryption));
  }
  return volumes;
}

/** Every EBS volume the block device mappings of the templates' instances, launch templates and launch configurations declare. */
export function blockDeviceVolumes(
  resources: readonly TemplateResource[],
  index: TemplateIndex,
): EbsVolume[] {
  const volumes: EbsVolume[] = [];
  for (const resource of resources) {
    const listPath = MAPPING_LISTS[resource.cfnType];
    if (listPath !== undefined) volumes.push(...mappedVolumes(resource, listPath, index));
  }
  return volumes;
}

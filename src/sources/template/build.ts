/**
 * From discovered templates to evaluated resources: name the stacks, expand
 * SAM and note what cannot be expanded, expand nested stacks (their parameters
 * come from the parent, lazily), evaluate each resource's condition and
 * properties once. A resource whose condition is false only with default
 * parameter values is kept, evaluated as if its condition held.
 */
import { InputError } from '../../errors.js';
import { Unknown, unknown } from '../../inventory/maybe.js';
import type { Gap, ResourceType } from '../../inventory/model.js';
import { nestedTemplatePath, type DiscoveredStack } from './discover.js';
import { resourcesReadBy } from './nested.js';
import { AssumedConditions } from './condition-holds.js';
import { StackEvaluator, type StackLinks } from './evaluate.js';
import { expandLanguageExtensions } from './language-extensions.js';
import { INCLUDED_RESOURCES, isRecord, readTemplateFile } from './read.js';
import { referencedLogicalIds } from './referenced.js';
import type { StackDefinition } from './stack.js';
import { suppressionsOf } from './suppressions.js';
import type { TemplateResource } from './normalize/context.js';
import { NORMALIZED_TYPES, readsProperties } from './normalize/index.js';
import { UNREADABLE_APPLICATION } from './sam/expand.js';
import { expandTransforms } from './sam/transforms.js';
import { validateReferences } from './validate.js';
import { isValueObject, type Value } from './values.js';

const MAX_NESTING = 16;

export interface BuiltStacks {
  resources: TemplateResource[];
  gaps: Gap[];
  filesRead: string[];
  stackNames: string[];
}

type Exports = Map<string, { evaluator: StackEvaluator; value: unknown } | 'ambiguous'>;

export async function buildStacks(
  discovered: readonly DiscoveredStack[],
  parameterValues: Record<string, string>,
  relativeTo: (path: string) => string,
): Promise<BuiltStacks> {
  const first = await buildPass(discovered, parameterValues, relativeTo);
  if (first.built !== undefined) return first.built;
  // An import was read while stacks were still loading, when not every export was known: build again,
  // with the exports of every stack the first pass loaded, so no verdict depends on the order of the inputs.
  const second = await buildPass(discovered, parameterValues, relativeTo, first.exports);
  if (second.built === undefined) throw new Error('the second build pass knows every export');
  return second.built;
}

/**
 * One build. Without `knownExports`, an import read while stacks load is
 * Unknown and ends the pass, returning the exports it found instead of stacks.
 */
async function buildPass(
  discovered: readonly DiscoveredStack[],
  parameterValues: Record<string, string>,
  relativeTo: (path: string) => string,
  knownExports?: Exports,
): Promise<{ built: BuiltStacks; exports?: undefined } | { built?: undefined; exports: Exports }> {
  const evaluators = new Map<string, StackEvaluator>();
  const built: BuiltStacks = { resources: [], gaps: [], filesRead: [], stackNames: [] };
  const given = new Map<string, () => Value>(
    Object.entries(parameterValues).map(([key, value]) => [key, () => value]),
  );
  let exports: Exports | undefined = knownExports;
  let loading = true;
  let importedWhileLoading = false;
  let listingExports = false;
  const exporting = new Set<string>();
  /** Nested stacks (stack/logicalId) whose loading waits for the sibling stacks whose outputs they read. */
  const awaitingSiblings = new Set<string>();
  const links: StackLinks = {
    nestedOutput(stack, logicalId, output) {
      const nested = evaluators.get(`${stack}/${logicalId}`);
      if (!nested && awaitingSiblings.has(`${stack}/${logicalId}`)) {
        return unknown(
          `nested stack ${logicalId} and the stack reading its output ${output} read each other's outputs (a circular dependency), so it is unknown`,
        );
      }
      if (!nested)
        return unknown(`nested stack ${logicalId} was not read, so its output ${output} is unknown`);
      const outputs = nested.stack.file.template.Outputs;
      const declared = isRecord(outputs) ? outputs[output] : undefined;
      if (!isRecord(declared)) return unknown(`nested stack ${logicalId} has no output ${output}`);
      return nested.evaluate(declared.Value) ?? unknown(`output ${output} of ${logicalId} is AWS::NoValue`);
    },
    importValue(exportName) {
      if (exports === undefined && (loading || importedWhileLoading)) {
        importedWhileLoading = true;
        return unknown(
          `imported from another stack's export ${exportName} (Fn::ImportValue), read while the stacks that may export it were still loading`,
        );
      }
      if (listingExports) return unknown(`an export's name is imported from export ${exportName}`);
      if (exports === undefined) {
        listingExports = true;
        try {
          exports = exportsOf(evaluators.values());
        } finally {
          listingExports = false;
        }
      }
      const found = exports.get(exportName);
      if (found === undefined) return undefined;
      if (found === 'ambiguous')
        return unknown(`export ${exportName} is declared by more than one scanned stack`);
      if (exporting.has(exportName)) return unknown(`export ${exportName} depends on itself`);
      exporting.add(exportName);
      try {
        return found.evaluator.evaluate(found.value) ?? unknown(`export ${exportName} is AWS::NoValue`);
      } finally {
        exporting.delete(exportName);
      }
    },
  };
  const pending: {
    definition: StackDefinition;
    evaluator: StackEvaluator;
    logicalId: string;
    resource: Record<string, unknown>;
    context: ResourceContext;
  }[] = [];

  const uniqueName = (preferred: string, fallback: string): string => {
    let name = evaluators.has(preferred) ? fallback : preferred;
    for (let suffix = 2; evaluators.has(name); suffix += 1) name = `${fallback}-${suffix}`;
    return name;
  };

  const load = async (
    given: StackDefinition,
    depth: number,
    inherited: Pick<ResourceContext, 'condition'> = {},
  ): Promise<void> => {
    // Fn::ForEach first: CloudFormation runs AWS::LanguageExtensions before SAM.
    const extended = expandLanguageExtensions(given, links);
    built.gaps.push(...extended.gaps);
    const expanded = expandTransforms(extended.definition.file);
    const definition: StackDefinition = { ...extended.definition, file: expanded.file };
    for (const reason of expanded.notExpanded) built.gaps.push(...notExpandedGaps(definition.name, reason));
    validateReferences(definition.file);
    const evaluator = new StackEvaluator(definition, links);
    const assumed = new AssumedConditions(evaluator, links);
    evaluators.set(definition.name, evaluator);
    built.stackNames.push(definition.name);
    const resources = definition.file.template.Resources;
    /** How a resource is evaluated, or undefined when it is not created. */
    const placed = (logicalId: string) => {
      const resource = resources[logicalId] as Record<string, unknown>;
      const context: ResourceContext = { samId: expanded.from.get(logicalId), ...inherited };
      if (!evaluator.excludedReason(logicalId)) return { resource, evaluator, context };
      const holding = assumed.holding(String(resource.Condition));
      if (!holding) return undefined;
      context.condition = { name: String(resource.Condition), reason: holding.reason };
      return { resource, evaluator: holding.evaluator, context };
    };
    const nestedStackIds = new Set(
      Object.keys(resources).filter(
        (logicalId) =>
          (resources[logicalId] as Record<string, unknown>).Type === 'AWS::CloudFormation::Stack',
      ),
    );
    // A nested stack is loaded after the sibling stacks whose outputs it reads, as CloudFormation creates them,
    // so its parameters see those outputs whatever the order the resources are written in.
    const stackStates = new Map<string, 'loading' | 'loaded'>();
    const loadStack = async (logicalId: string): Promise<void> => {
      if (stackStates.has(logicalId)) return;
      stackStates.set(logicalId, 'loading');
      const resource = resources[logicalId] as Record<string, unknown>;
      awaitingSiblings.add(`${definition.name}/${logicalId}`);
      for (const sibling of resourcesReadBy(resource.Properties)) {
        if (sibling !== logicalId && nestedStackIds.has(sibling)) await loadStack(sibling);
      }
      awaitingSiblings.delete(`${definition.name}/${logicalId}`);
      const resourcePlace = placed(logicalId);
      if (resourcePlace) {
        await loadNested(
          definition,
          resourcePlace.evaluator,
          logicalId,
          resource,
          depth,
          resourcePlace.context,
        );
      }
      stackStates.set(logicalId, 'loaded');
    };
    for (const logicalId of Object.keys(resources)) {
      if (logicalId === INCLUDED_RESOURCES) continue; // a gap from expandTransforms
      if (nestedStackIds.has(logicalId)) {
        await loadStack(logicalId);
        continue;
      }
      const resourcePlace = placed(logicalId);
      if (resourcePlace) pending.push({ definition, logicalId, ...resourcePlace });
    }
  };

  // Resources whose name or ARN a stack passes to a nested stack the scan cannot read: that stack may
  // attach to them (a policy to a role, a rule to a group) what the rules would otherwise read as absent.
  const handedOn = new Map<string, Map<string, string>>();
  // A nested stack that was read, its parent, and the Parameters the parent passes it: a value it hands
  // on to an unread stack may be one of its parent's resources, passed down through a parameter.
  const passedFrom = new Map<string, { stack: string; parameters: Record<string, unknown> }>();
  const handOn = (stack: string, parameters: unknown, reason: string): void => {
    const ids = handedOn.get(stack) ?? new Map<string, string>();
    handedOn.set(stack, ids);
    const source = passedFrom.get(stack);
    for (const logicalId of referencedLogicalIds(parameters)) {
      if (ids.has(logicalId)) continue;
      ids.set(logicalId, reason);
      if (source !== undefined && Object.hasOwn(source.parameters, logicalId))
        handOn(source.stack, source.parameters[logicalId], reason);
    }
  };

  const loadNested = async (
    parent: StackDefinition,
    parentEvaluator: StackEvaluator,
    logicalId: string,
    resource: Record<string, unknown>,
    depth: number,
    context: ResourceContext,
  ): Promise<void> => {
    const name = `${parent.name}/${logicalId}`;
    const properties = isRecord(resource.Properties) ? resource.Properties : {};
    const application = isRecord(resource.Metadata) ? resource.Metadata[UNREADABLE_APPLICATION] : undefined;
    const path =
      application === undefined
        ? nestedTemplatePath(parent.file, resource.Metadata, properties.TemplateURL)
        : undefined;
    if (path === undefined) {
      const reason =
        application === undefined
          ? `the template of nested stack ${name} is not on disk (TemplateURL is remote)`
          : `the template of SAM application ${name} (${String(application)}) is not on disk; its resources are not checked`;
      built.gaps.push(...nestedGaps(name, reason));
      const unread = application === undefined ? `nested stack ${name}` : `SAM application ${name}`;
      handOn(
        parent.name,
        properties.Parameters,
        `its name or ARN is passed to ${unread}, which was not read`,
      );
      return;
    }
    if (depth >= MAX_NESTING)
      throw new InputError(`${parent.file.displayPath}: nested stacks nest more than ${MAX_NESTING} deep`);
    let file;
    try {
      file = await readTemplateFile(path, relativeTo(path), parent.file.bounds);
    } catch (error) {
      if (error instanceof InputError && error.message.endsWith('no such file or directory')) {
        built.gaps.push(
          ...nestedGaps(name, `the template of nested stack ${name} (${relativeTo(path)}) is missing`),
        );
        handOn(
          parent.name,
          properties.Parameters,
          `its name or ARN is passed to nested stack ${name}, which was not read`,
        );
        return;
      }
      throw error;
    }
    built.filesRead.push(file.displayPath);
    const parameters = isRecord(properties.Parameters) ? properties.Parameters : {};
    const fromParent = new Map<string, () => Value>(
      Object.entries(parameters).map(([key, expression]) => [
        key,
        () => parentEvaluator.evaluate(expression) ?? unknown(`parameter ${key} is passed AWS::NoValue`),
      ]),
    );
    const childName = uniqueName(name, name);
    passedFrom.set(childName, { stack: parent.name, parameters });
    await load(
      {
        name: childName,
        file,
        region: parent.region,
        account: parent.account,
        givenParameters: fromParent,
        parent: { stack: parent.name, logicalId },
      },
      depth + 1,
      { condition: context.condition },
    );
  };

  for (const stack of discovered) {
    await load(
      {
        name: uniqueName(stack.name, stack.fallbackName),
        file: stack.file,
        region: stack.region,
        account: stack.account,
        deployedStackName: stack.deployedStackName,
        givenParameters: given,
      },
      0,
    );
  }
  loading = false;
  // The exports, as this pass's stacks (every import Unknown in them) declare them.
  if (importedWhileLoading) {
    listingExports = true;
    return { exports: exportsOf(evaluators.values()) };
  }
  // Every stack is registered before any property is evaluated, so imports between stacks resolve in any order.
  for (const { definition, evaluator, logicalId, resource, context } of pending) {
    const handed = handedOn.get(definition.name)?.get(logicalId);
    built.resources.push(templateResource(definition, evaluator, logicalId, resource, context, handed));
  }
  return { built };
}

/** Export name -> the output expression and the stack that evaluates it. */
function exportsOf(evaluators: Iterable<StackEvaluator>): Exports {
  const exports: Exports = new Map();
  for (const evaluator of evaluators) {
    const outputs = evaluator.stack.file.template.Outputs;
    if (!isRecord(outputs)) continue;
    for (const output of Object.values(outputs)) {
      if (!isRecord(output) || !isRecord(output.Export)) continue;
      const name = evaluator.evaluate(output.Export.Name);
      if (typeof name !== 'string') continue;
      exports.set(name, exports.has(name) ? 'ambiguous' : { evaluator, value: output.Value });
    }
  }
  return exports;
}

/** What a resource inherits from how it was loaded. */
interface ResourceContext {
  /** The SAM resource it was generated from. */
  samId?: string;
  /** Its own or its nested stack's condition, false with default parameter values and assumed to hold. */
  condition?: { name: string; reason: string };
}

function notExpandedGaps(stack: string, reason: string): Gap[] {
  return NORMALIZED_TYPES.map((resourceType: ResourceType) => ({
    resourceType,
    action: `expand stack ${stack}`,
    reason,
  }));
}

function nestedGaps(stack: string, reason: string): Gap[] {
  return NORMALIZED_TYPES.map((resourceType: ResourceType) => ({
    resourceType,
    action: `read nested stack ${stack}`,
    reason,
  }));
}

/** `file:line` of a resource, as compilers name a place, for errors about what is written in it. */
function placeOf(stack: StackDefinition, logicalId: string): string {
  const line = stack.file.resourceLines.get(logicalId);
  return line === undefined ? stack.file.displayPath : `${stack.file.displayPath}:${line}`;
}

function templateResource(
  stack: StackDefinition,
  evaluator: StackEvaluator,
  logicalId: string,
  resource: Record<string, unknown>,
  context: ResourceContext,
  handedToUnreadStack: string | undefined,
): TemplateResource {
  const cfnType = String(resource.Type);
  const metadata = isRecord(resource.Metadata) ? resource.Metadata : {};
  const cdkPath = metadata['aws:cdk:path'];
  const conditionName = typeof resource.Condition === 'string' ? resource.Condition : undefined;
  const condition = conditionName === undefined ? true : evaluator.condition(conditionName);
  const undecided =
    condition instanceof Unknown && conditionName !== undefined
      ? { name: conditionName, reason: condition.reason }
      : context.condition;
  const sourceId = context.samId ?? logicalId;
  const properties = readsProperties(cfnType) ? evaluator.evaluate(resource.Properties ?? {}) : {};
  const unresolvedProperties =
    properties === undefined || isValueObject(properties)
      ? undefined
      : unknown(
          `Properties of ${logicalId} ${properties instanceof Unknown ? `cannot be resolved: ${properties.reason}` : 'is not a mapping'}`,
        );
  return {
    evaluator,
    logicalId,
    id: evaluator.idOf(logicalId),
    cfnType,
    properties: isValueObject(properties) ? properties : {},
    // Always set, so every template resource has one shape: normalizers read thousands of them.
    unresolvedProperties,
    origin: {
      kind: 'template',
      file: stack.file.displayPath,
      line: stack.file.resourceLines.get(sourceId),
      logicalId: sourceId,
      stack: stack.name,
      cdkPath: typeof cdkPath === 'string' ? cdkPath : undefined,
      cfnType,
      ...(undecided ? { condition: undecided.name, conditionReason: undecided.reason } : {}),
    },
    region: stack.region,
    suppressions: suppressionsOf(metadata, () => `${placeOf(stack, sourceId)}: resource ${sourceId}`),
    conditional: undecided ? `${undecided.name}: ${undecided.reason}` : undefined,
    handedToUnreadStack,
  };
}

/**
 * Where in the CDK app each resource was created: a cloud assembly carries
 * construct creation traces (`aws:cdk:creationStack` entries, or a `trace`
 * on any metadata entry) in the stack artifact's `metadata` or its
 * `additionalMetadataFile`, keyed by construct path. The first frame outside
 * node_modules and Node's own code is the developer's line.
 */
import { isAbsolute } from 'node:path';
import type { SourceLocation } from '../../engine/finding.js';
import { isRecord, parseTemplateText, readTextFile, resolveInside, type TemplateBounds } from './read.js';

const CREATION_STACK = 'aws:cdk:creationStack';

/** `new Stack (/app/lib/stack.ts:25:5)`, `at /app/bin/app.ts:10:1`, `file:///app/x.js:3:7`. */
const FRAME = /(?:\(|^|\s)((?:file:\/\/)?[^\s()]+?):(\d+)(?::(\d+))?\)?\s*$/;

function frameLocation(frame: unknown): SourceLocation | undefined {
  if (typeof frame !== 'string') return undefined;
  const match = FRAME.exec(frame.trim());
  if (!match) return undefined;
  const file = match[1]!.replace(/^file:\/\//, '');
  if (!isAbsolute(file) || /[\\/]node_modules[\\/]/.test(file) || file.startsWith('node:')) return undefined;
  const line = Number(match[2]);
  const column = match[3] === undefined ? undefined : Number(match[3]);
  return { file, line, ...(column ? { column } : {}) };
}

function traceOf(entry: Record<string, unknown>): unknown[] | undefined {
  if (entry.type === CREATION_STACK && Array.isArray(entry.data)) return entry.data;
  return Array.isArray(entry.trace) ? entry.trace : undefined;
}

/** Construct path (as in `aws:cdk:path`, no leading slash) -> the app line that created it. */
export async function constructSources(
  artifact: Record<string, unknown>,
  directory: string,
  bounds: TemplateBounds,
  manifestDisplay: string,
  displayOf: (path: string) => string,
): Promise<Map<string, SourceLocation>> {
  const sources = new Map<string, SourceLocation>();
  const maps: unknown[] = [artifact.metadata];
  if (typeof artifact.additionalMetadataFile === 'string') {
    const path = resolveInside(bounds, directory, artifact.additionalMetadataFile, manifestDisplay);
    try {
      const text = await readTextFile(path, displayOf(path));
      // Most assemblies have no traces: parse only a file that has some.
      if (/"aws:cdk:creationStack"|"trace"/.test(text))
        maps.push(parseTemplateText(text, displayOf(path)).value);
    } catch {
      // Traces only add a location; an unreadable metadata file changes no verdict.
    }
  }
  for (const metadata of maps) {
    if (!isRecord(metadata)) continue;
    for (const [constructPath, entries] of Object.entries(metadata)) {
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        const location = isRecord(entry) ? traceOf(entry)?.map(frameLocation).find(Boolean) : undefined;
        if (location) {
          sources.set(constructPath.replace(/^\//, ''), location);
          break;
        }
      }
    }
  }
  return sources;
}

/**
 * The JSON structure scan is linear in the text, whatever the line lengths:
 * a 50 MB minified template once cost quadratic time in line tracking. The
 * property is asserted by counting the characters the scan examines, never by
 * timing.
 */
import { describe, expect, it } from 'vitest';
import { parseJson, scanJsonStructure } from '../../../src/sources/template/json.js';
import { InputError } from '../../../src/errors.js';
import { LineIndex, MAX_YAML_CHARS } from '../../../src/sources/template/limits.js';
import { parseYaml } from '../../../src/sources/template/yaml.js';

function template(resources: number, indent?: number): string {
  const value: Record<string, unknown> = { Resources: {} };
  const map = value.Resources as Record<string, unknown>;
  for (let index = 0; index < resources; index += 1) {
    map[`Queue${index}`] = {
      Type: 'AWS::SQS::Queue',
      Properties: { QueueName: `queue-\\"${index}`, Tags: [{ Key: 'team', Value: 'payments' }] },
    };
  }
  return JSON.stringify(value, null, indent);
}

describe('JSON structure scan', () => {
  it.each([
    ['minified', undefined],
    ['pretty-printed', 2],
  ])('examines each character of a %s template a bounded number of times', (_, indent) => {
    for (const resources of [200, 3200]) {
      const text = template(resources, indent);
      for (const findDuplicate of [false, true]) {
        const { work, resourceLines, keys } = scanJsonStructure(text, findDuplicate);
        expect(resourceLines.size).toBe(resources);
        expect(keys).toBe(resources * 7 + 1);
        expect(work).toBeLessThanOrEqual(2 * text.length);
      }
    }
  });

  it('finds each resource line in a pretty template, and line 1 for all in a minified one', () => {
    const pretty = template(50, 2);
    const lines = parseJson(pretty, 't.json').resourceLines;
    const textLines = pretty.split('\n');
    for (const [logicalId, line] of lines) expect(textLines[line - 1]).toContain(`"${logicalId}": {`);
    const minified = parseJson(template(50), 't.json').resourceLines;
    expect([...new Set(minified.values())]).toEqual([1]);
  });

  it('line and column of an arbitrary offset (error messages) come from a line-start index and binary search', () => {
    const index = new LineIndex('a\nbc\n\ndef');
    expect(index.lineCount).toBe(4);
    expect([0, 1, 2, 3, 4, 5, 6, 8].map((offset) => [index.line(offset), index.column(offset)])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
      [2, 3],
      [3, 1],
      [4, 1],
      [4, 3],
    ]);
    // 16 lookups: line and column of 8 offsets.
    expect(index.steps).toBeLessThanOrEqual(16 * (Math.ceil(Math.log2(index.lineCount)) + 1));
  });

  it('sections and resource entries have no inherited members; __proto__ is an ordinary key everywhere', () => {
    const { value } = parseJson(
      '{"Parameters": {"__proto__": {"Type": "String"}}, "Mappings": {"M": {"K": {"V": 1}}}, "Resources": {"A": {"Type": "T", "Properties": {"__proto__": {"x": 1}}}}}',
      't.json',
    );
    const template = value as Record<string, Record<string, Record<string, unknown>>>;
    const memberless = [
      template,
      template.Resources!,
      template.Resources!.A!,
      template.Parameters!,
      template.Mappings!.M!,
    ];
    for (const mapping of memberless) {
      expect(Object.getPrototypeOf(Object.getPrototypeOf(mapping))).toBeNull();
      expect(['toString' in mapping, 'constructor' in mapping, 'hasOwnProperty' in mapping]).toEqual([
        false,
        false,
        false,
      ]);
    }
    expect(Object.keys(template.Parameters!)).toEqual(['__proto__']);
    // Property bodies stay as JSON.parse made them (read only through own keys): __proto__ is own data, not a prototype.
    const properties = template.Resources!.A!.Properties as Record<string, unknown>;
    expect(Object.keys(properties)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect((properties as { x?: unknown }).x).toBeUndefined();
  });

  it('a repeated key inside a property body is still found', () => {
    expect(() =>
      parseJson('{"Resources": {"A": {"Type": "T", "Properties": {"K": 1, "K": 2}}}}', 't.json'),
    ).toThrow(/duplicate key "K"/);
  });
});

describe('document size limits', () => {
  it('a YAML text beyond the limit is refused before parsing, naming the limit', () => {
    const text = `Resources: {}\n#${'x'.repeat(MAX_YAML_CHARS)}`;
    expect(() => parseYaml(text, 'big.yaml')).toThrow(
      new InputError('big.yaml: is larger than the 33,554,432-character limit for YAML templates'),
    );
  });
});

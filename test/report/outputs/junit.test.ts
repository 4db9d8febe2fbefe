import { describe, expect, it } from 'vitest';
import { renderJunit, xmlEscape } from '../../../src/report/junit.js';
import { HOSTILE_NAME, mixedScanResult } from './fixture.js';
import { parseXml, type XmlElement } from './xml-check.js';

const result = mixedScanResult();
const xml = renderJunit(result);
const root = parseXml(xml);

function suite(ruleId: string): XmlElement {
  const found = root.children.find((child) => child.name === 'testsuite' && child.attributes.name === ruleId);
  if (!found) throw new Error(`no testsuite ${ruleId}`);
  return found;
}

function caseFor(ruleId: string, nameFragment: string): XmlElement {
  const found = suite(ruleId).children.find(
    (child) => child.name === 'testcase' && child.attributes.name!.includes(nameFragment),
  );
  if (!found) throw new Error(`no testcase ${nameFragment}`);
  return found;
}

describe('renderJunit', () => {
  it('is well-formed XML with one testsuite per rule and one testcase per finding', () => {
    expect(root.name).toBe('testsuites');
    const suites = root.children.filter((child) => child.name === 'testsuite');
    expect(suites.map((entry) => entry.attributes.name)).toEqual([
      'kms-key-rotation',
      'bucket-check-that-throws',
    ]);
    const testcases = suites.flatMap((entry) => entry.children.filter((child) => child.name === 'testcase'));
    expect(testcases).toHaveLength(result.findings.length);
    expect(root.attributes.tests).toBe(String(result.findings.length));
  });

  it('counts failures, errors and skipped per suite and in total', () => {
    const by = result.summary.byStatus;
    expect(suite('kms-key-rotation').attributes).toMatchObject({
      tests: '9',
      failures: '4',
      errors: '1',
      skipped: '3',
    });
    expect(suite('bucket-check-that-throws').attributes).toMatchObject({
      tests: '2',
      failures: '0',
      errors: '2',
    });
    expect(root.attributes).toMatchObject({
      failures: String(by.FAIL),
      errors: String(by.UNKNOWN + by.ERROR),
      skipped: String(by.SUPPRESSED + by.NOT_APPLICABLE),
    });
  });

  it('maps FAIL to failure, UNKNOWN and ERROR to error, SUPPRESSED and NOT_APPLICABLE to skipped, PASS to nothing', () => {
    const failing = caseFor('kms-key-rotation', 'App/RotationOff');
    expect(failing.attributes).toMatchObject({
      classname: 'kms-key-rotation',
      file: 'templates/app.yaml',
      line: '12',
    });
    expect(failing.children.map((child) => child.name)).toEqual(['failure']);
    expect(failing.children[0]!.attributes).toMatchObject({
      message: 'automatic rotation is disabled',
      type: 'medium',
    });
    expect(caseFor('kms-key-rotation', 'App/Hostile').children.map((child) => child.name)).toEqual(['error']);
    expect(caseFor('bucket-check-that-throws', 'App/Bucket').children[0]!.attributes.type).toBe('ERROR');
    const suppressed = caseFor('kms-key-rotation', 'App/Legacy').children[0]!;
    expect(suppressed.name).toBe('skipped');
    expect(suppressed.attributes.message).toContain('Legacy key, retired in Q3');
    expect(caseFor('kms-key-rotation', '3333-cccc').children[0]!.attributes.message).toMatch(
      /^not applicable/,
    );
    expect(caseFor('kms-key-rotation', '2222-bbbb').children).toEqual([]);
  });

  it('escapes hostile names: markup, ]]> and control characters stay data', () => {
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('\u001b');
    const hostile = caseFor('kms-key-rotation', 'App/Hostile').children[0]!;
    expect(hostile.attributes.message).toContain('<img src=x onerror=alert(1)> ]]> & "quoted" \ufffd[31m');
    expect(hostile.text).toContain(HOSTILE_NAME.replace('\u001b', '\ufffd'));
  });

  it('escapes every special character so the reader gets the original back', () => {
    const tricky = `a<b>&c"d'e]]>f\ng\u0007h\ud800`;
    const back = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<x v="${xmlEscape(tricky)}">${xmlEscape(tricky)}</x>`,
    );
    expect(back.attributes.v).toBe(`a<b>&c"d'e]]>f\ng\ufffdh\ufffd`);
    expect(back.text).toBe(back.attributes.v);
  });

  it('is checked by a reader that rejects broken XML', () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    expect(() => parseXml(`${head}<a><b></a>`)).toThrow(/unbalanced/);
    expect(() => parseXml(`${head}<a>x & y</a>`)).toThrow(/bare &/);
    expect(() => parseXml(`${head}<a n="<img>"/>`)).toThrow();
    expect(() => parseXml(`${head}<a><![CDATA[x]]></a>`)).toThrow(/malformed/);
    expect(() => parseXml(`${head}<a>`)).toThrow(/unclosed/);
  });
});

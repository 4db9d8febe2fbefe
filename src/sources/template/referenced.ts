/**
 * The logical ids an expression refers to (`Ref`, `Fn::GetAtt`, `${Name}` in
 * `Fn::Sub`), as written: which of a stack's resources a value hands on.
 */
import { isRecord } from './read.js';
import { parseSub } from './sub.js';

export function referencedLogicalIds(expression: unknown): Set<string> {
  const found = new Set<string>();
  const fromSub = (text: unknown, variables: unknown): void => {
    if (typeof text !== 'string') return walk(text);
    const local = isRecord(variables) ? new Set(Object.keys(variables)) : new Set<string>();
    for (const part of parseSub(text)) {
      if (!('variable' in part)) continue;
      const name = part.variable.split('.')[0] ?? '';
      if (!local.has(name) && !name.startsWith('AWS::')) found.add(name);
    }
    walk(variables);
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!isRecord(node)) return;
    const keys = Object.keys(node);
    if (keys.length === 1) {
      const argument = node[keys[0] as string];
      if (keys[0] === 'Ref') {
        if (typeof argument === 'string' && !argument.startsWith('AWS::')) found.add(argument);
        else walk(argument);
        return;
      }
      if (keys[0] === 'Fn::GetAtt') {
        const name =
          typeof argument === 'string'
            ? argument.split('.')[0]
            : Array.isArray(argument)
              ? argument[0]
              : argument;
        if (typeof name === 'string') found.add(name);
        else walk(argument);
        return;
      }
      if (keys[0] === 'Fn::Sub') {
        const [text, variables] = Array.isArray(argument) ? argument : [argument];
        return fromSub(text, variables);
      }
    }
    for (const key of keys) walk(node[key]);
  };
  walk(expression);
  return found;
}

/** Rain's pre-processor directives (`!Rain::Embed`, `Rain::Module`, ...) exist only before `rain pkg` runs. */
import { InputError } from '../../errors.js';

export function isRainDirective(name: string): boolean {
  return name.startsWith('Rain::') || name.startsWith('!Rain::');
}

export function rainDirectiveError(file: string, directive: string, line: number): InputError {
  return new InputError(
    `${file}: line ${line} uses the Rain pre-processor directive ${directive}; package the template first (rain pkg) and scan the packaged output`,
  );
}

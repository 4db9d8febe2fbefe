/**
 * yargs' usage errors made helpful: a mistyped command or option gets the
 * nearest known one, a command missing its argument says what it needs.
 */
import { didYouMean, suggestion } from './did-you-mean.js';

/** The part of yargs' usage object its fail handler receives that we read: what is known where it failed. */
export interface UsageContext {
  getDescriptions(): Record<string, unknown>;
  getCommands(): readonly (readonly unknown[])[];
}

const NEEDS_ARGUMENT: Record<string, string> = {
  report:
    'report needs a pack: soc2 report PACK (a pack folder written by soc2 scan --out, or a findings.json)',
  verify: 'verify needs a pack: soc2 verify PACK (a pack folder written by soc2 scan --out)',
};

function typedAsOption(name: string, args: readonly string[]): boolean {
  const flags = name.length === 1 ? [`-${name}`, `--${name}`] : [`--${name}`, `--no-${name}`];
  return args.some((arg) => flags.some((flag) => arg === flag || arg.startsWith(`${flag}=`)));
}

function firstPositional(args: readonly string[]): string | undefined {
  return args.find((arg) => !arg.startsWith('-'));
}

function unknownArguments(list: string, usage: UsageContext, args: readonly string[]): string {
  const names = list.split(', ').filter((name) => name !== '');
  // yargs also names the camelCase twin of an unknown --kebab-case option.
  const typed = names.filter((name) => !/[A-Z]/.test(name) || !names.includes(kebab(name)));
  const commands = usage
    .getCommands()
    .map((command) => String(command[0]).split(' ')[0]!)
    .filter((name) => name !== '');
  const options = Object.keys(usage.getDescriptions()).filter((name) => name.length > 1);
  const positional = typed.find((name) => !typedAsOption(name, args));
  if (commands.length > 0 && positional !== undefined && positional === firstPositional(args)) {
    const match = didYouMean(positional, commands);
    const hint = match !== undefined ? `; did you mean "${match}"?` : ` (commands: ${commands.join(', ')})`;
    return `unknown command "${positional}"${hint}`;
  }
  const hints = typed.flatMap((name) => {
    if (!typedAsOption(name, args)) return [];
    const match = didYouMean(name, options);
    return match !== undefined ? [{ name, match }] : [];
  });
  const head = `Unknown argument${typed.length === 1 ? '' : 's'}: ${typed.join(', ')}`;
  if (hints.length === 0) return head;
  if (typed.length === 1) return `${head}; did you mean "--${hints[0]!.match}"?`;
  return `${head}; did you mean ${hints.map((hint) => `"--${hint.match}" for ${hint.name}`).join(', ')}?`;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
}

export function usageErrorMessage(
  message: string,
  usage: Partial<UsageContext> | undefined,
  args: readonly string[],
): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown && typeof usage?.getDescriptions === 'function' && typeof usage.getCommands === 'function') {
    return unknownArguments(unknown[1]!, usage as UsageContext, args);
  }
  const invalid = /^Invalid values:\s+Argument: (\S+), Given: "([^"]*)", Choices: (.*)$/.exec(message);
  if (invalid) {
    const choices = [...invalid[3]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
    const hint = suggestion(invalid[2]!, choices);
    return `--${invalid[1]} "${invalid[2]}" is not one of ${choices.join(', ')}${hint}`;
  }
  if (/^Not enough non-option arguments/.test(message)) {
    const command = firstPositional(args);
    if (command !== undefined && NEEDS_ARGUMENT[command] !== undefined) return NEEDS_ARGUMENT[command];
  }
  return message;
}

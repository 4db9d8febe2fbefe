/**
 * The HTML report: handlebars templates from templates/ (or --template-dir,
 * file by file) over the view model. Templates may only use escaping `{{ }}`:
 * a template with a triple-stash is refused, so no resource value can become markup.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import Handlebars from 'handlebars';
import { InputError } from '../../errors.js';
import { PACKAGE_ROOT } from '../../version.js';
import type { ReportView } from './view-model.js';

export const DEFAULT_TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');
export const BRANDING_FILE = 'branding.json';

export interface Branding {
  companyName: string;
  reportTitle: string;
  /** `data:` URI of the logo, empty when there is none. */
  logoDataUri: string;
  accentColor: string;
}

export interface ReportTemplates {
  render(view: ReportView): string;
  branding: Branding;
}

const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

const UNESCAPED = /\{\{\{|\{\{~?\s*&/;

async function hbsFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return files;
  }
  for (const name of names) {
    if (extname(name) === '.hbs') files.set(basename(name, '.hbs'), join(dir, name));
  }
  return files;
}

async function readTemplate(path: string): Promise<string> {
  const text = await readFile(path, 'utf8');
  if (UNESCAPED.test(text)) {
    throw new InputError(
      `${path}: unescaped output ({{{ }}} or {{& }}) is not allowed in report templates; use {{ }}`,
    );
  }
  return text;
}

async function loadBranding(templateDir: string | undefined): Promise<Branding> {
  const branding: Branding = {
    companyName: '',
    reportTitle: 'SOC 2 evidence report',
    logoDataUri: '',
    accentColor: '#1f4e79',
  };
  if (templateDir === undefined) return branding;
  const path = join(templateDir, BRANDING_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return branding;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`${path}: expected an object with companyName, reportTitle, logo, accentColor`);
  }
  const fields = parsed as Record<string, unknown>;
  const text_ = (key: string): string | undefined => {
    const value = fields[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new InputError(`${path}: "${key}" must be a string`);
    return value;
  };
  branding.companyName = text_('companyName') ?? branding.companyName;
  branding.reportTitle = text_('reportTitle') ?? branding.reportTitle;
  const accent = text_('accentColor');
  if (accent !== undefined) {
    if (!/^#[0-9a-fA-F]{3,8}$/.test(accent))
      throw new InputError(`${path}: "accentColor" must be a hex colour like #1f4e79`);
    branding.accentColor = accent;
  }
  const logo = text_('logo');
  if (logo !== undefined) {
    const type = LOGO_TYPES[extname(logo).toLowerCase()];
    if (!type) throw new InputError(`${path}: "logo" must be a .png, .jpg, .gif, .webp or .svg file`);
    const logoPath = join(templateDir, logo);
    try {
      branding.logoDataUri = `data:${type};base64,${(await readFile(logoPath)).toString('base64')}`;
    } catch {
      throw new InputError(`${path}: logo file ${logoPath} cannot be read`);
    }
  }
  return branding;
}

function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('number', (value: unknown) =>
    typeof value === 'number' ? value.toLocaleString('en-US') : String(value ?? ''),
  );
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper(
    'gt',
    (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && a > b,
  );
  hbs.registerHelper('plus', (a: unknown, b: unknown) => Number(a) + Number(b));
  /** `{{plural n "check"}}` -> "1 check", "2 checks". */
  hbs.registerHelper('plural', (count: unknown, noun: unknown) => {
    const n = Number(count);
    return `${n.toLocaleString('en-US')} ${String(noun)}${n === 1 ? '' : 's'}`;
  });
}

/** Loads and compiles the templates once; `render` may then run many times. */
export async function loadTemplates(templateDir?: string): Promise<ReportTemplates> {
  if (templateDir !== undefined) {
    const info = await stat(templateDir).catch(() => undefined);
    if (!info?.isDirectory()) throw new InputError(`--template-dir ${templateDir}: not a directory`);
  }
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const partials = await hbsFiles(join(DEFAULT_TEMPLATE_DIR, 'partials'));
  let layoutPath = join(DEFAULT_TEMPLATE_DIR, 'layout.hbs');
  if (templateDir !== undefined) {
    for (const [name, path] of await hbsFiles(templateDir)) {
      if (name === 'layout') layoutPath = path;
      else partials.set(name, path);
    }
    for (const [name, path] of await hbsFiles(join(templateDir, 'partials'))) partials.set(name, path);
  }
  for (const [name, path] of partials) {
    hbs.registerPartial(name, await readTemplate(path));
  }
  const layoutSource = await readTemplate(layoutPath);
  let layout: Handlebars.TemplateDelegate;
  try {
    layout = hbs.compile(layoutSource, { preventIndent: true });
  } catch (error) {
    throw new InputError(`${layoutPath}: ${(error as Error).message}`);
  }
  const branding = await loadBranding(templateDir);
  return {
    branding,
    render(view) {
      try {
        return layout({ ...view, title: branding.reportTitle, branding });
      } catch (error) {
        throw new InputError(
          `report template (${templateDir ?? DEFAULT_TEMPLATE_DIR}): ${(error as Error).message}`,
        );
      }
    },
  };
}

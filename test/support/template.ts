/**
 * Test helper: an inventory from template text (YAML or JSON), through the
 * real template source. Rule tests write small templates inline with it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Inventory } from '../../src/inventory/inventory.js';
import { loadTemplateSource } from '../../src/sources/template/index.js';

export interface TemplateTextOptions {
  parameters?: Record<string, string>;
  /** Default: template.json when the text starts with `{`, else template.yaml. The stack name is its basename. */
  fileName?: string;
}

export async function inventoryFromTemplate(
  text: string,
  options: TemplateTextOptions = {},
): Promise<Inventory> {
  const directory = await mkdtemp(join(tmpdir(), 'soc2-template-'));
  try {
    const fileName =
      options.fileName ?? (text.trimStart().startsWith('{') ? 'template.json' : 'template.yaml');
    await writeFile(join(directory, fileName), text);
    const source = await loadTemplateSource([fileName], {
      parameters: options.parameters ?? {},
      parameterFiles: [],
      cwd: directory,
    });
    return source.inventory;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The outputs a scan writes: any of them into a pack (`--out DIR`), the text ones also to stdout. */
export const OUTPUT_FORMATS = ['json', 'sarif', 'junit', 'html', 'pdf', 'ocsf', 'asff', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Text formats that can stream to stdout, as `checkov -o sarif` does; html and pdf are a folder's worth. */
export const STDOUT_FORMATS = ['json', 'sarif', 'junit', 'markdown', 'ocsf', 'asff'] as const;
export type StdoutFormat = (typeof STDOUT_FORMATS)[number];

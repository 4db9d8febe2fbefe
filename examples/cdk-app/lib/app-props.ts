import type { AppProps } from 'aws-cdk-lib';

/**
 * App settings for a synthesis that is the same on every machine and every
 * run: construct paths and asset paths in the metadata (the scanner reads
 * them), no analytics, tree or version metadata, no stack traces.
 */
export function deterministicAppProps(outdir?: string): AppProps {
  return {
    outdir,
    analyticsReporting: false,
    treeMetadata: false,
    builtinCloudFormationValidation: false,
    context: {
      'aws:cdk:enable-path-metadata': true,
      'aws:cdk:enable-asset-metadata': true,
      'aws:cdk:version-reporting': false,
      'aws:cdk:disable-stack-trace': true,
      'aws:cdk:disable-creation-stack-traces': true,
    },
  };
}

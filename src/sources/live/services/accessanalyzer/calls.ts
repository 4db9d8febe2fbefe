import type { ListAnalyzersCommandOutput } from '@aws-sdk/client-accessanalyzer';
import { serviceCalls } from '../../service.js';

const accessanalyzer = serviceCalls('accessanalyzer', '@aws-sdk/client-accessanalyzer', 'access-analyzer');

/** Every analyzer of the region (external and unused access, account and organization). */
export const LIST_ANALYZERS = accessanalyzer.call<ListAnalyzersCommandOutput>('ListAnalyzers');

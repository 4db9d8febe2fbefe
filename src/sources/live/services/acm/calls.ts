import type { ListCertificatesCommandOutput } from '@aws-sdk/client-acm';
import { serviceCalls } from '../../service.js';

const acm = serviceCalls('acm', '@aws-sdk/client-acm', 'acm');

/** The summaries carry NotAfter and Status: one listing per region, no DescribeCertificate per certificate. */
export const LIST_CERTIFICATES = acm.call<ListCertificatesCommandOutput>('ListCertificates');

import { describePlace, required } from '../../../../inventory/facts/place.js';
import type { Output } from '../../normalize/raw.js';
import { LIST_CERTIFICATES } from './calls.js';

/** Certificates that were never issued have no expiry date. */
const NOT_ISSUED = new Set(['PENDING_VALIDATION', 'FAILED', 'VALIDATION_TIMED_OUT']);

export function normalizeAcm(out: Output): void {
  for (const cert of out
    .list(LIST_CERTIFICATES, ['acm-certificate'])
    .flatMap((page) => page.CertificateSummaryList ?? [])) {
    if (!cert.CertificateArn) continue;
    const place = describePlace(`certificate ${cert.CertificateArn}`);
    const status = required(cert.Status, place, 'Status');
    out.add({
      type: 'acm-certificate',
      id: cert.CertificateArn,
      arn: cert.CertificateArn,
      name: cert.DomainName ?? cert.CertificateArn,
      region: out.region,
      origin: out.origin,
      domainName: cert.DomainName,
      status,
      notAfter:
        cert.NotAfter !== undefined
          ? cert.NotAfter
          : typeof status === 'string' && NOT_ISSUED.has(status)
            ? undefined
            : required(cert.NotAfter, place, 'NotAfter'),
      inUse: cert.InUse ?? required(cert.InUse, place, 'InUse'),
    });
  }
}

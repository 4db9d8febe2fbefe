import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineRule({
  id: 'acm-certificate-not-expiring',
  title: 'ACM certificates are valid for more than {expiryWarningDays} days',
  severity: 'medium',
  criteria: ['CC6.7', 'A1.2'],
  family: 'tls',
  appliesTo: ['acm-certificate'],
  sources: ['live'],
  settings: {
    expiryWarningDays: {
      kind: 'days',
      describe:
        'A certificate expiring within this many days of the scan fails (Prowler: days_to_expire_threshold)',
      default: 30,
      min: 1,
      max: 365,
    },
  },
  rationale:
    'An expired certificate breaks every TLS connection to the endpoints using it, and tempts clients to skip ' +
    'verification. ACM renews the certificates it issued only while their validation still works; imported ' +
    'ones are never renewed. A certificate with {expiryWarningDays} days or fewer left fails, leaving time to act.',
  remediation: {
    summary:
      'Fix DNS validation so ACM can renew, or import (or request) a new certificate before the old one expires.',
    cli: 'aws acm describe-certificate --certificate-arn <arn> --query Certificate.RenewalSummary',
  },
  equivalents: {
    prowler: ['acm_certificates_expiration_check'],
    steampipe: ['acm_certificate_expires_30_days'],
    guard: ['ACM_CERTIFICATE_EXPIRATION_CHECK'],
  },
  evaluate(certificate, inventory, { expiryWarningDays }) {
    if (isUnknown(certificate.notAfter)) return undetermined(certificate.notAfter);
    if (certificate.notAfter === undefined) {
      const status = isUnknown(certificate.status) ? 'unknown' : certificate.status;
      return notApplicable(`the certificate has no expiry date (status ${status})`);
    }
    const scannedAt = inventory.meta.scannedAt;
    if (scannedAt === undefined)
      return undetermined('the scan has no recording time to measure expiry against');
    const daysLeft = Math.floor((Date.parse(certificate.notAfter) - Date.parse(scannedAt)) / DAY_MS);
    if (Number.isNaN(daysLeft))
      return undetermined(`the expiry date ${certificate.notAfter} could not be read`);
    const evidence = { notAfter: certificate.notAfter, scannedAt, daysLeft, warningDays: expiryWarningDays };
    if (daysLeft < 0) return fail(`the certificate expired ${-daysLeft} day(s) before the scan`, evidence);
    if (daysLeft <= expiryWarningDays)
      return fail(`the certificate expires in ${daysLeft} day(s), within ${expiryWarningDays}`, evidence);
    return pass(`the certificate is valid for ${daysLeft} more days`, evidence);
  },
});

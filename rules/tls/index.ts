import type { Rule } from '../../src/engine/rule.js';
import albDropsInvalidHeaderFields from './alb-drops-invalid-header-fields.js';
import cloudfrontMinTls from './cloudfront-min-tls.js';
import httpRedirectsToHttps from './http-redirects-to-https.js';
import tlsListenerTls13 from './tls-listener-tls13.js';

export const tlsRules: readonly Rule[] = [
  tlsListenerTls13,
  httpRedirectsToHttps,
  cloudfrontMinTls,
  albDropsInvalidHeaderFields,
] as Rule[];

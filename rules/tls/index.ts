import type { Rule } from '../../src/engine/rule.js';
import cloudfrontMinTls from './cloudfront-min-tls.js';
import httpRedirectsToHttps from './http-redirects-to-https.js';
import tlsListenerTls13 from './tls-listener-tls13.js';

export const tlsRules: readonly Rule[] = [tlsListenerTls13, httpRedirectsToHttps, cloudfrontMinTls] as Rule[];

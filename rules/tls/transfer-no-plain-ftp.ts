import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'transfer-no-plain-ftp',
  title: 'Transfer Family servers do not accept plain FTP',
  severity: 'high',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['transfer-server'],
  rationale: 'FTP sends user names, passwords and files in clear text. SFTP and FTPS encrypt the session.',
  remediation: {
    summary: "Remove FTP from the server's protocols; offer SFTP or FTPS.",
    cloudformation: 'AWS::Transfer::Server: `Protocols: [SFTP]`',
    cdk: 'new transfer.CfnServer(this, "Server", { protocols: ["SFTP"] })',
    cli: 'aws transfer update-server --server-id <id> --protocols SFTP',
  },
  equivalents: {
    prowler: ['transfer_server_in_transit_encryption_enabled'],
    steampipe: ['transfer_server_no_ftp_protocol'],
    fsbp: ['Transfer.2'],
  },
  evaluate(server) {
    if (isUnknown(server.protocols)) return undetermined(server.protocols);
    const evidence = { protocols: server.protocols };
    if (server.protocols.includes('FTP')) return fail('the server accepts plain FTP', evidence);
    return pass(`the server accepts ${server.protocols.join(', ')} only`, evidence);
  },
});

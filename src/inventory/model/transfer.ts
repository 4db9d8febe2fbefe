/** AWS Transfer Family servers. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface TransferServer extends ResourceBase<'transfer-server'> {
  /** SFTP, FTPS, FTP, AS2. */
  protocols: Maybe<string[]>;
}

/**
 * Whether an RDS database's parameter group forces TLS, from the engine, its
 * version and the one parameter that decides it, with one meaning for a
 * template's parameter group and a DescribeDBParameters answer: a group that
 * does not set the parameter has the engine's default, which AWS documents per
 * engine version (and changed: PostgreSQL 15, MySQL 9.7, MariaDB 11.8 force TLS
 * by default). A default this module does not know stays Unknown.
 */
import { isUnknown, unknown, type Maybe } from '../maybe.js';
import type { DbTlsRequirement } from '../model.js';
import type { Place, Raw } from './place.js';

type TlsParameter = 'rds.force_ssl' | 'require_secure_transport';

interface EngineDefault {
  required: boolean;
  source: string;
}

/** Leading `major.minor` of an engine version (`15.4`, `8.0.35`, `8.0.mysql_aurora.3.05.2`). */
function versionOf(version: string): [number, number] | undefined {
  const match = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0)];
}

const atLeast = ([major, minor]: [number, number], [wantMajor, wantMinor]: [number, number]): boolean =>
  major > wantMajor || (major === wantMajor && minor >= wantMinor);

/** The parameter that forces TLS on an engine; undefined: the engine has none. */
export function tlsParameterOf(engine: string): TlsParameter | undefined {
  if (engine === 'postgres' || engine === 'aurora-postgresql' || engine.startsWith('sqlserver-')) {
    return 'rds.force_ssl';
  }
  if (engine === 'mysql' || engine === 'mariadb' || engine === 'aurora-mysql')
    return 'require_secure_transport';
  return undefined;
}

/** AWS's documented default of the parameter, by engine and version; undefined when not documented here or the version is needed but unknown. */
function engineDefault(engine: string, version: [number, number] | undefined): EngineDefault | undefined {
  const guide = 'RDS User Guide';
  if (engine === 'aurora-postgresql') {
    return {
      required: false,
      source: 'Aurora User Guide, Securing Aurora PostgreSQL data with SSL/TLS: rds.force_ssl defaults to 0',
    };
  }
  if (engine.startsWith('sqlserver-')) {
    return {
      required: false,
      source: `${guide}, Forcing connections to your DB instance to use SSL (SQL Server): rds.force_ssl defaults to 0`,
    };
  }
  if (version === undefined) return undefined;
  switch (engine) {
    case 'postgres':
      return {
        required: version[0] >= 15,
        source: `${guide}, Requiring an SSL connection to a PostgreSQL DB instance: rds.force_ssl defaults to 1 from PostgreSQL 15, 0 before`,
      };
    case 'mysql':
      if (atLeast(version, [9, 7])) {
        return {
          required: true,
          source: `${guide}, Requiring SSL/TLS for all connections to a MySQL DB instance: ON from MySQL 9.7`,
        };
      }
      if (!atLeast(version, [8, 5])) {
        return {
          required: false,
          source: `${guide}, Requiring SSL/TLS for all connections to a MySQL DB instance: OFF up to MySQL 8.4`,
        };
      }
      return undefined;
    case 'mariadb':
      if (atLeast(version, [11, 8])) {
        return {
          required: true,
          source: `${guide}, Requiring SSL/TLS for all connections to a MariaDB DB instance: ON from 11.8`,
        };
      }
      if (!atLeast(version, [11, 5])) {
        return {
          required: false,
          source: `${guide}, Requiring SSL/TLS for all connections to a MariaDB DB instance: OFF up to 11.4`,
        };
      }
      return undefined;
    case 'aurora-mysql':
      // Aurora MySQL 2 (5.7) and 3 (8.0); later majors are not documented here.
      return version[0] === 5 || (version[0] === 8 && version[1] === 0)
        ? {
            required: false,
            source:
              'Aurora User Guide, TLS connections to Aurora MySQL: require_secure_transport defaults to OFF',
          }
        : undefined;
    default:
      return undefined;
  }
}

/** A parameter value as RDS and CloudFormation write it: `1`/`0` (instances), `ON`/`OFF` (MySQL clusters). */
function parameterOn(value: string, parameter: TlsParameter, place: Place): Maybe<boolean> {
  const normalized = value.trim().toLowerCase();
  if (normalized === '1' || normalized === 'on' || normalized === 'true') return true;
  if (normalized === '0' || normalized === 'off' || normalized === 'false') return false;
  return unknown(`${place.field(parameter)}: unrecognized value ${value}`);
}

export interface DbTlsFields {
  Engine: Raw<string>;
  EngineVersion: Raw<string>;
  /** The parameter group's name; undefined: the engine's default group; Unknown: which group could not be told. */
  groupName: Maybe<string | undefined>;
  /** The group's value of a parameter: undefined when the group leaves it at the engine default. */
  valueOf: (parameter: TlsParameter) => Raw<string>;
}

export function dbTlsRequirement(raw: DbTlsFields, place: Place): Maybe<DbTlsRequirement> {
  if (isUnknown(raw.Engine)) return raw.Engine;
  if (raw.Engine === undefined)
    return unknown(`${place.field('Engine')} is not set, so which parameter forces TLS is unknown`);
  const engine = raw.Engine;
  const parameter = tlsParameterOf(engine);
  if (parameter === undefined) return { kind: 'no-parameter', engine };
  if (isUnknown(raw.groupName)) return raw.groupName;
  const group = raw.groupName;
  const value = raw.valueOf(parameter);
  if (isUnknown(value)) return value;
  if (value !== undefined) {
    const required = parameterOn(value, parameter, place);
    return isUnknown(required) ? required : { kind: 'parameter', parameter, required, group };
  }
  const where = group === undefined ? "the engine's default parameter group" : `parameter group ${group}`;
  const versionText = raw.EngineVersion;
  const version = typeof versionText === 'string' ? versionOf(versionText) : undefined;
  const documented = engineDefault(engine, version);
  if (documented === undefined) {
    const why = isUnknown(versionText)
      ? `the engine version is unknown: ${versionText.reason}`
      : versionText === undefined
        ? `${place.field('EngineVersion')} is not set (RDS picks the default version), and the default depends on it`
        : `the default of ${engine} ${versionText} is not documented here`;
    return unknown(`${where} leaves ${parameter} at the engine default; ${why}`);
  }
  return {
    kind: 'parameter',
    parameter,
    required: documented.required,
    group,
    engineDefault: documented.source,
  };
}

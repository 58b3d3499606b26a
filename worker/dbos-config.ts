import type { DBOSConfig } from '@dbos-inc/dbos-sdk';

/** Name that scopes the studio's workflows and queues in the DBOS system tables. */
export const DBOS_APP_NAME = 'geo-tuning-studio';

/** DBOS keeps its system tables in this schema of the studio's own database. */
export const DBOS_SYSTEM_SCHEMA = 'dbos';

/** DBOS settings for a worker process: same PostgreSQL as the studio, its own schema. */
export function dbosConfig(databaseUrl: string, logLevel: string): DBOSConfig {
  return {
    name: DBOS_APP_NAME,
    systemDatabaseUrl: databaseUrl,
    systemDatabaseSchemaName: DBOS_SYSTEM_SCHEMA,
    systemDatabasePoolSize: 5,
    logLevel,
  };
}

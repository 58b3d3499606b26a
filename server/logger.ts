import pino from 'pino';

/**
 * The studio's root structured logger; create children carrying ids per request or run.
 * It reads STUDIO_LOG_LEVEL directly because it must load before configuration is validated
 * (instrumentation.ts validates everything, this variable included, when the server starts).
 */
export const logger = pino({
  level: process.env.STUDIO_LOG_LEVEL ?? 'info',
  base: { service: 'studio' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ['apiKey', 'password', 'token', 'authorization'], remove: true },
});

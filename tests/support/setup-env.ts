import { inject } from 'vitest';

// Test files may call server modules directly (to arrange data); they use the same database.
process.env.DATABASE_URL = inject('studio').databaseUrl;
process.env.STUDIO_LOG_LEVEL = 'warn';

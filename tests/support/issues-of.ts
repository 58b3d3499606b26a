import { AppError, type FieldIssue } from '../../server/errors';

/** Runs `run`, which must fail with an AppError, and returns its field issues. */
export function issuesOf(run: () => unknown): FieldIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.issues;
    throw error;
  }
  throw new Error('expected an AppError with field issues (a 422)');
}

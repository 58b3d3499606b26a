export * from './api-keys';
export * from './base-models';
export * from './datasets';
export * from './tune-counts';
export * from './tune-templates';
export * from './tunes';
export * from './users';

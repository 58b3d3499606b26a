import { MODEL_CATEGORIES } from '@/server/base-models/model-params';

/** How many base model families exist; a template listing all of them fits any base model. */
export const MODEL_FAMILY_COUNT = MODEL_CATEGORIES.length;

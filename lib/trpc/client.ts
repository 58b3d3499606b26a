'use client';

import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@/server/trpc/app-router';

/** The studio's tRPC hooks: wrap pages in TRPCProvider, then call useTRPC() in components. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

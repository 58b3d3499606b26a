import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '../env';
import { findUserByEmail, findUserById, upsertOidcUser } from '../users/user-repository';
import { verifyPassword } from './password';

/** Builds the next-auth configuration: local accounts always, an OIDC provider when configured. */
export function authOptions(): AuthOptions {
  const config = env();
  const providers: AuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Studio account',
      credentials: {
        email: { label: 'E-mail', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const user = await findUserByEmail(credentials.email);
        if (!user?.passwordHash) return null;
        if (!(await verifyPassword(credentials.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.displayName };
      },
    }),
  ];
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID) {
    providers.push({
      id: 'oidc',
      name: 'Single sign-on',
      type: 'oauth',
      wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET ?? '',
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email ?? profile.sub, name: profile.name };
      },
    });
  }
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/sign-in' },
    providers,
    callbacks: {
      async jwt({ token, account, profile }) {
        // OIDC sign-ins map the provider's subject to a studio user once, at sign-in.
        if (account?.provider === 'oidc' && profile?.sub) {
          const user = await upsertOidcUser(profile.sub, profile.email ?? profile.sub);
          token.sub = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        const user = token.sub ? await findUserById(token.sub) : undefined;
        if (user) session.user = { email: user.email, name: user.displayName, id: user.id };
        return session;
      },
    },
  };
}

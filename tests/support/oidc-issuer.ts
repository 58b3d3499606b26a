import http from 'node:http';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** A minimal OpenID Connect issuer on loopback: discovery document and JWKS, nothing else. */
export interface TestIssuer {
  issuer: string;
  privateJwk: JWK;
  close: () => Promise<void>;
}

/** Starts the issuer with a fresh RS256 key pair; tests sign tokens with `privateJwk`. */
export async function startTestIssuer(): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256' };
  let issuer = '';
  const server = http.createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    if (request.url === '/.well-known/openid-configuration') {
      response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } else if (request.url === '/jwks') {
      response.end(JSON.stringify({ keys: [publicJwk] }));
    } else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    issuer,
    privateJwk,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

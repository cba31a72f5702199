import { createServer, type Server } from 'node:http';
import { exportJWK, exportSPKI, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { listenOnLoopback } from './loopback';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

export interface TokenOptions {
  expiresIn?: string | number;
  withoutExp?: boolean;
  issuer?: string;
  audience?: string;
}

async function sign(
  claims: JWTPayload,
  alg: string,
  key: Parameters<SignJWT['sign']>[0],
  options: TokenOptions,
  kid?: string,
): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg, typ: 'JWT', ...(kid ? { kid } : {}) })
    .setIssuedAt();
  if (!options.withoutExp) jwt.setExpirationTime(options.expiresIn ?? '5m');
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(key);
}

export function hs256Token(secret: string, claims: JWTPayload, options: TokenOptions = {}): Promise<string> {
  return sign(claims, 'HS256', new TextEncoder().encode(secret), options);
}

/** An unsigned token ({"alg":"none"}), which must never be accepted. */
export function noneToken(claims: JWTPayload): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 300;
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims, exp })}.`;
}

/** A JWKS endpoint on loopback with an RSA and an EC key, and token signing with either. */
export class JwksServer {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly keys: Record<'RS256' | 'ES256', { privateKey: PrivateKey; kid: string }>,
    readonly rsaPublicPem: string,
    readonly counter: { requests: number },
  ) {}

  static async start(): Promise<JwksServer> {
    const rsa = await generateKeyPair('RS256', { extractable: true });
    const ec = await generateKeyPair('ES256', { extractable: true });
    const jwks = {
      keys: [
        { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ],
    };
    const counter = { requests: 0 };
    const server = createServer((_req, res) => {
      counter.requests += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(jwks));
    });
    const origin = await listenOnLoopback(server);
    return new JwksServer(
      server,
      `${origin}/jwks.json`,
      {
        RS256: { privateKey: rsa.privateKey, kid: 'rsa-1' },
        ES256: { privateKey: ec.privateKey, kid: 'ec-1' },
      },
      await exportSPKI(rsa.publicKey),
      counter,
    );
  }

  token(alg: 'RS256' | 'ES256', claims: JWTPayload, options: TokenOptions = {}): Promise<string> {
    const { privateKey, kid } = this.keys[alg];
    return sign(claims, alg, privateKey, options, kid);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

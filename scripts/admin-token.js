#!/usr/bin/env node
// Prints an HS256 operator token for the admin API, signed with ADMIN_JWT_SECRET.
//   ADMIN_JWT_SECRET=... node scripts/admin-token.js [ttl, default 1h] [subject, default operator]
'use strict';

async function main() {
  const secret = process.env.ADMIN_JWT_SECRET;
  if (!secret) {
    process.stderr.write('Set ADMIN_JWT_SECRET (the same value the service uses).\n');
    process.exit(2);
  }
  const [ttl = '1h', subject = 'operator'] = process.argv.slice(2);
  const { SignJWT } = await import('jose');
  let jwt = new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' });
  jwt = jwt.setSubject(subject).setIssuedAt().setExpirationTime(ttl);
  if (process.env.ADMIN_JWT_ISSUER) jwt = jwt.setIssuer(process.env.ADMIN_JWT_ISSUER);
  if (process.env.ADMIN_JWT_AUDIENCE) jwt = jwt.setAudience(process.env.ADMIN_JWT_AUDIENCE);
  process.stdout.write(`${await jwt.sign(new TextEncoder().encode(secret))}\n`);
}

void main();

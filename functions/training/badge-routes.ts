import { z } from '@hono/zod-openapi';
import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead, PRIVATE_NO_STORE, PUBLIC_DETAIL_CACHE, PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import { clientIp } from '../platform/client-ip.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { downloadBadge } from './badge-download.ts';
import { readHolderCertifications } from './badge-holders.ts';
import { readCertificationVisibility, setCertificationVisibility } from './badge-visibility.ts';
import { readIssuerKey, readIssuerKeys, readIssuerProfile } from './credential-issuer-reads.ts';
import { CREDENTIAL_MEDIA_TYPE } from './credential-jwt.ts';
import { VERIFICATION_REASONS, verifyCredential } from './credential-verify.ts';
import { BilingualSchema, SlugSchema } from './module-schema.ts';
import { trainingRoute } from './route-common.ts';

/**
 * Open Badges: a holder's certification as a signed credential, the issuer and its key, the
 * public check of a pasted credential, and whether a person shows their certifications. Mounted
 * at `/` of the API (paths under `/me/training` and `/training`), before training's routes whose
 * `{module}` parameter would otherwise read `issuer`, `credentials` or `holders` as a module.
 */

/** A pasted credential: a compact JWT of a few kilobytes; anything longer is not ours. */
export const MAX_CREDENTIAL_CHARS = 16 * 1024;

const VisibilitySchema = z.strictObject({ showOnProfile: z.boolean() }).openapi('CertificationVisibility');

const JwkSchema = z
  .object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string(),
    y: z.string(),
    kid: z.string(),
    alg: z.literal('ES256'),
    use: z.literal('sig'),
  })
  .openapi('IssuerKey');

const VerificationSchema = z
  .object({
    valid: z.boolean(),
    reasons: z.array(z.enum(VERIFICATION_REASONS)),
    achievement: z
      .object({ id: z.string(), name: z.string(), moduleId: z.string(), version: z.string().optional() })
      .optional(),
    validFrom: z.string().optional(),
    validUntil: z.string().optional(),
    holderName: z.string().optional(),
  })
  .openapi('CredentialVerification');

const HolderCertificationsSchema = z
  .object({
    certifications: z.array(
      z.object({
        moduleId: z.string(),
        title: BilingualSchema,
        moduleVersion: z.string(),
        earnedAt: z.string(),
        validUntil: z.string(),
      }),
    ),
  })
  .openapi('HolderCertifications');

const badge = trainingRoute.signedIn('get', '/me/training/{module}/badge', {
  summary: 'My certification of a module as an Open Badges 3.0 credential (a JWT signed ES256), to download',
  request: { params: z.object({ module: SlugSchema }) },
  responses: {
    200: { content: { [CREDENTIAL_MEDIA_TYPE]: { schema: z.string() } }, description: 'The credential, as a file' },
    404: problem('No such module, or you do not hold its certification'),
    410: problem('The certification was revoked'),
  },
});

const myVisibility = trainingRoute.signedIn('get', '/me/training/visibility', {
  summary: 'Whether my certifications show on my public contributor page',
  responses: { 200: JSON_RESPONSE(VisibilitySchema, 'My choice') },
});

const setVisibility = trainingRoute.signedIn('put', '/me/training/visibility', {
  summary: 'Show my valid certifications on my public contributor page, or not',
  request: { body: JSON_BODY(VisibilitySchema) },
  responses: { 200: JSON_RESPONSE(VisibilitySchema, 'Saved') },
});

const issuer = trainingRoute.open('get', '/training/issuer', {
  summary: "The issuer of the portal's credentials (an Open Badges Profile)",
  responses: { 200: JSON_RESPONSE(z.record(z.string(), z.unknown()), 'The profile') },
});

const issuerKeys = trainingRoute.open('get', '/training/issuer/jwks.json', {
  summary: "The issuer's public keys (a JWK set)",
  responses: { 200: JSON_RESPONSE(z.object({ keys: z.array(JwkSchema) }), 'The keys') },
});

const issuerKey = trainingRoute.open('get', '/training/issuer/keys/{kid}', {
  summary: "One of the issuer's public keys (a JWK), where a credential's `kid` points",
  request: { params: z.object({ kid: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }) },
  responses: {
    200: JSON_RESPONSE(JwkSchema, 'The key'),
    400: problem('Not a key id'),
    404: problem('No such key'),
  },
});

const verify = trainingRoute.open('post', '/training/credentials/verify', {
  summary: "Check a credential someone pasted: the portal's signature, its validity, and that it is not revoked",
  request: { body: JSON_BODY(z.strictObject({ credential: z.string().min(1).max(MAX_CREDENTIAL_CHARS) })) },
  responses: {
    200: JSON_RESPONSE(VerificationSchema, 'The result, valid or not, with the reasons'),
    400: problem('No credential, or longer than any of ours'),
    403: problem('Cross-site request'),
    429: problem('Too many checks from this network'),
  },
});

const holderCertifications = trainingRoute.open('get', '/training/holders/{userId}/certifications', {
  summary: "A person's valid certifications, for their public contributor page (only if they show them)",
  request: { params: z.object({ userId: z.uuid() }) },
  responses: {
    200: JSON_RESPONSE(HolderCertificationsSchema, 'Their valid certifications'),
    400: problem('Invalid id'),
    404: problem('This person does not show their certifications'),
  },
});

export const badgeRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(badge, async (c) => {
      const { filename, token } = await downloadBadge(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        moduleId: c.req.valid('param').module,
      });
      return c.body(token, 200, {
        'content-type': CREDENTIAL_MEDIA_TYPE,
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': PRIVATE_NO_STORE,
      });
    })
    .openapi(myVisibility, async (c) =>
      answerRead(c, await readCertificationVisibility(deps, viewerOrThrow(c.var.viewer))),
    )
    .openapi(setVisibility, async (c) =>
      c.json(
        await setCertificationVisibility(deps, {
          viewer: viewerOrThrow(c.var.viewer),
          showOnProfile: c.req.valid('json').showOnProfile,
        }),
        200,
      ),
    )
    .openapi(issuer, (c) => answerRead(c, readIssuerProfile(deps), PUBLIC_DETAIL_CACHE))
    .openapi(issuerKeys, async (c) => answerRead(c, await readIssuerKeys(deps), PUBLIC_DETAIL_CACHE))
    .openapi(issuerKey, async (c) =>
      answerRead(c, await readIssuerKey(deps, c.req.valid('param').kid), PUBLIC_DETAIL_CACHE),
    )
    .openapi(verify, async (c) =>
      c.json(
        await verifyCredential(deps, { token: c.req.valid('json').credential, requester: `ip:${clientIp(c)}` }),
        200,
      ),
    )
    .openapi(holderCertifications, async (c) =>
      answerRead(c, await readHolderCertifications(deps, c.req.valid('param').userId), PUBLIC_LIST_CACHE),
    );

import { z } from '@hono/zod-openapi';
import { CONTRIBUTION_CHOICES } from '../platform/personal-data-part.ts';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Roles as the portal reasons about them; `resident` is anyone not signed in. */
export const ROLES = ['citizen', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const EmailSchema = z
  .email({ message: 'Enter a valid e-mail address' })
  .max(254)
  .transform((email) => email.trim().toLowerCase())
  .openapi({ example: 'anna@example.org' });

/** A path on this portal to return to after signing in; never another site. */
export const NextPathSchema = z
  .string()
  .max(512)
  .regex(/^\/(?![/\\])[^\s]*$/, { message: 'Must be a path on this site, starting with a single /' })
  .openapi({ example: '/profil' });

export const SignInRequestSchema = z
  .strictObject({
    email: EmailSchema,
    next: NextPathSchema.optional(),
    /** Language of the e-mail (the page the person used). */
    language: z.enum(LANGUAGES).default('fr'),
  })
  .openapi('SignInRequest');

/**
 * The portal's page that confirms a sign-in link (`web/src/i18n/routes.ts`, `signInConfirm`): the
 * e-mail links there with `?token=…`, in the language the link was asked in. Opening it signs no
 * one in (mail scanners open links, and the token works once): only the page's button, through
 * `POST /api/auth/verify`.
 */
export const SIGN_IN_CONFIRM_PAGE = { fr: '/connexion/confirmer/', en: '/en/sign-in/confirm/' } as const;

/** The token of the e-mailed link, as the confirmation page posts it. */
export const SignInTokenSchema = z.string().min(1).max(200);

export const SignInConfirmSchema = z.strictObject({ token: SignInTokenSchema }).openapi('SignInConfirm');

export const SignedInSchema = z
  .object({ next: z.string().describe('Where the person was going: a path on this portal') })
  .openapi('SignedIn');

const text = (max: number) => z.string().trim().max(max);

/** What a citizen may change about themselves. */
export const ProfileUpdateSchema = z
  .strictObject({
    displayName: text(80).min(1),
    attributionName: text(120).min(1),
    bio: text(1000),
    neighbourhood: text(80),
    language: z.enum(LANGUAGES),
    publicProfile: z.boolean(),
  })
  .partial()
  .openapi('ProfileUpdate');

export const ProfileSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    attributionName: z.string(),
    bio: z.string().optional(),
    neighbourhood: z.string().optional(),
    language: z.enum(LANGUAGES),
    publicProfile: z.boolean(),
    roles: z.array(z.enum(ROLES)),
    staffOf: z.array(z.string()),
    createdAt: z.string(),
  })
  .openapi('Profile');

export type Profile = z.infer<typeof ProfileSchema>;

/** `erasing`: the person asked for erasure; the account is unusable until the work job deletes it. */
export const USER_STATUSES = ['active', 'suspended', 'erasing'] as const;

/** A user as stored (one item per user). */
export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  attributionName: string;
  bio?: string;
  neighbourhood?: string;
  language: Language;
  publicProfile: boolean;
  admin: boolean;
  /** Lending points this person staffs; non-empty makes them staff. */
  staffOf: string[];
  status: (typeof USER_STATUSES)[number];
  suspendedReason?: string;
  /**
   * Moves on when every session is ended at once; sessions started under an earlier one are
   * refused, including any the byOwner index did not list yet (indexes lag behind writes).
   */
  sessionGeneration?: number;
  createdAt: string;
  updatedAt: string;
}

export const rolesOf = (user: Pick<UserRecord, 'admin' | 'staffOf'>): Role[] => [
  'citizen',
  ...(user.staffOf.length > 0 ? (['staff'] as const) : []),
  ...(user.admin ? (['admin'] as const) : []),
];

export const toProfile = (user: UserRecord): Profile => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  attributionName: user.attributionName,
  bio: user.bio,
  neighbourhood: user.neighbourhood,
  language: user.language,
  publicProfile: user.publicProfile,
  roles: rolesOf(user),
  staffOf: user.staffOf,
  createdAt: user.createdAt,
});

export const AdminUserSchema = ProfileSchema.extend({
  status: z.enum(USER_STATUSES),
  suspendedReason: z.string().optional(),
}).openapi('AdminUser');

export const RolesUpdateSchema = z
  .strictObject({
    admin: z.boolean(),
    /** Lending point ids; an empty list removes the staff role. */
    staffOf: z.array(z.string().trim().min(1).max(64)).max(20),
  })
  .openapi('RolesUpdate');

export const SuspendRequestSchema = z.strictObject({ reason: text(500).min(1) }).openapi('SuspendRequest');

export const EraseRequestSchema = z
  .strictObject({
    /** The account's e-mail address, typed again: erasure cannot be undone. */
    confirmEmail: EmailSchema,
    contributions: z.enum(CONTRIBUTION_CHOICES),
  })
  .openapi('EraseRequest');

export const UserIdParamSchema = z.object({ id: z.string().min(1).max(64) });

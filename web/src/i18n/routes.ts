import type { Locale } from './locales.ts';

/**
 * Every page of the site, with its path in each language: French slugs for French pages, English
 * slugs under `/en/` for English ones. The language switcher and the hreflang alternates read
 * this map, and the e2e tests visit every entry, so a page added here must exist in both languages.
 */
export const routes = {
  home: { fr: '/', en: '/en/' },
  accessibility: { fr: '/accessibilite/', en: '/en/accessibility/' },
  // The confirmation page sends expired, used or suspended links to `?link=expired|suspended` here.
  signIn: { fr: '/connexion/', en: '/en/sign-in/' },
  signInCheck: { fr: '/connexion/verifiez/', en: '/en/sign-in/check-your-mail/' },
  // Sign-in e-mails link here with `?token=…`: these paths are fixed (functions/accounts/schema.ts,
  // SIGN_IN_CONFIRM_PAGE). Opening the page signs no one in: only its button does.
  signInConfirm: { fr: '/connexion/confirmer/', en: '/en/sign-in/confirm/' },
  profile: { fr: '/profil/', en: '/en/profile/' },
  adminUsers: { fr: '/admin/utilisateurs/', en: '/en/admin/users/' },
  projects: { fr: '/projets/', en: '/en/projects/' },
  // E-mails and the unsubscribe redirect link to `/projets/voir/?projet=<slug>`: that path is fixed.
  projectView: { fr: '/projets/voir/', en: '/en/projects/view/' },
  projectNew: { fr: '/projets/nouveau/', en: '/en/projects/new/' },
  // Digests (and their List-Unsubscribe header) link here with `?token=…`: these paths are fixed
  // (functions/projects/unsubscribe-schema.ts). Only the page's button unsubscribes.
  unsubscribe: { fr: '/projets/desabonnement/', en: '/en/projects/unsubscribe/' },
  upload: { fr: '/deposer/', en: '/en/upload/' },
  myMedia: { fr: '/mes-medias/', en: '/en/my-media/' },
  // One page for every medium and contributor: `?id=<uuid>` names which.
  mediaView: { fr: '/medias/voir/', en: '/en/media/view/' },
  contributor: { fr: '/contributeurs/voir/', en: '/en/contributors/view/' },
  moderation: { fr: '/moderation/', en: '/en/moderation/' },
  // The trail editor (`?id=<trail id>`) and the creation form (`?projet=<slug>`, `?project=` in English).
  trailEdit: { fr: '/parcours/editer/', en: '/en/trails/edit/' },
  trailNew: { fr: '/parcours/nouveau/', en: '/en/trails/new/' },
  trails: { fr: '/parcours/', en: '/en/trails/' },
  // One page for every trail: `?id=<trail id>` names which (the offline copy is cached by that address).
  trailView: { fr: '/parcours/voir/', en: '/en/trails/view/' },
  // The training catalogue; each module has its page below it (`trainingModuleHref`, lib/ui/links.ts).
  training: { fr: '/formations/', en: '/en/training/' },
  myTraining: { fr: '/mes-formations/', en: '/en/my-training/' },
  // Training's staff side and the pages around workshops: the sessions to come (public, registration
  // for the signed-in), the instructors' pages (one page per session `?id=`, per module `?module=`),
  // the naming of instructors (admins) and the public verification of a badge.
  workshops: { fr: '/formations/ateliers/', en: '/en/training/workshops/' },
  teach: { fr: '/formations/animer/', en: '/en/training/teach/' },
  teachSession: { fr: '/formations/animer/atelier/', en: '/en/training/teach/workshop/' },
  teachModule: { fr: '/formations/animer/module/', en: '/en/training/teach/module/' },
  adminInstructors: { fr: '/admin/formateurs/', en: '/en/admin/instructors/' },
  verifyBadge: { fr: '/formations/verifier/', en: '/en/training/verify/' },
  // Equipment lending: the lending points (list and map), one page per point (`?id=<point id>`),
  // and the admins' form to create and edit them.
  lendingPoints: { fr: '/pret/', en: '/en/lending/' },
  lendingPoint: { fr: '/pret/point/', en: '/en/lending/point/' },
  adminLendingPoints: { fr: '/admin/points-de-pret/', en: '/en/admin/lending-points/' },
  // A person's equipment reservations (the confirmation e-mail links here: functions/lending/reservations/reservation-mail.ts).
  myLoans: { fr: '/mes-emprunts/', en: '/en/my-loans/' },
  // The lending catalogue: the equipment, one page for every model (`?id=<model id>`), the staff's editor.
  lendingEquipment: { fr: '/pret/materiel/', en: '/en/lending/equipment/' },
  lendingModel: { fr: '/pret/materiel/voir/', en: '/en/lending/equipment/view/' },
  lendingManage: { fr: '/pret/materiel/gerer/', en: '/en/lending/equipment/manage/' },
  // The staff's desk of a point (`?point=<point id>`), one loan there (`?point=&id=`: hand-over,
  // take-back, receipt), a walk-in loan; and a person's own loan with its receipt (`?id=`).
  desk: { fr: '/guichet/', en: '/en/desk/' },
  deskLoan: { fr: '/guichet/pret/', en: '/en/desk/loan/' },
  deskWalkIn: { fr: '/guichet/sans-reservation/', en: '/en/desk/walk-in/' },
  myLoan: { fr: '/mes-emprunts/pret/', en: '/en/my-loans/loan/' },
  // One page for every unit, `?tag=<asset tag>`: the QR codes on printed labels lead here, so the path is fixed.
  lendingUnit: { fr: '/pret/unite/', en: '/en/lending/unit/' },
  // The staff's labels sheet (A4, 3 × 8) of a lending point's units.
  deskLabels: { fr: '/guichet/etiquettes/', en: '/en/desk/labels/' },
  // The desk's maintenance tickets of a lending point (staff of the point, admins).
  deskMaintenance: { fr: '/guichet/maintenance/', en: '/en/desk/maintenance/' },
} as const satisfies Record<string, { fr: `/${string}`; en: `/en/${string}` }>;

export type RouteName = keyof typeof routes;

/** Sections of the home page that the main navigation links to, by their localized anchor. */
export const homeSections = {
  projects: { fr: 'projets', en: 'projects' },
  trails: { fr: 'parcours', en: 'trails' },
} as const satisfies Record<string, Record<Locale, string>>;

export type HomeSection = keyof typeof homeSections;

/** The path of a page in a language, e.g. `localizedPath('accessibility', 'en')` → `/en/accessibility/`. */
export const localizedPath = (route: RouteName, locale: Locale): string => routes[route][locale];

/** The path of a home-page section, e.g. `/en/#trails`. */
export const homeSectionPath = (section: HomeSection, locale: Locale): string =>
  `${routes.home[locale]}#${homeSections[section][locale]}`;

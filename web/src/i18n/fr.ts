/**
 * The French dictionary: the reference. Every UI string of the site is here; `en.ts` must have
 * exactly the same keys. `{name}` marks a value filled in at render time.
 * French typography: a no-break space (\u00a0) goes before « : ; ! ? ».
 */
export const fr = {
  'lang.name': 'Français',

  'site.name': 'Communs',
  'site.tagline': 'Le portail des communs de la ville',
  'site.titleSuffix': '{page} — Communs',

  'skip.toMain': 'Aller au contenu',
  'nav.label': 'Navigation principale',
  'nav.home': 'Accueil',
  'nav.projects': 'Projets',
  'nav.trails': 'Parcours',
  'footer.software': 'Communs est un logiciel libre, sous licence AGPL-3.0.',
  'footer.contentLicence':
    'Chaque contenu publié ici reste à son auteur ou à son autrice, sous la licence qu’il ou elle a choisie, toujours indiquée.',
  'footer.accessibility': 'Accessibilité',

  'home.meta.title': 'Communs — le portail des communs de la ville',
  'home.meta.description':
    'Empruntez du matériel, formez-vous et publiez vos enregistrements en commun : la ville fournit les moyens, vous menez vos projets.',
  'home.title': 'Vos projets, avec les moyens de la ville',
  'home.intro':
    'La ville prête du matériel, propose des formations et héberge vos enregistrements. Les projets, ce sont les habitantes et les habitants qui les mènent.',
  'pillars.title': 'Ce que la ville met en commun',
  'pillars.borrow.title': 'Emprunter du matériel',
  'pillars.borrow.text':
    'Enregistreurs, micros, caméras\u00a0: réservez-les dans un point de prêt, pour le temps de votre projet.',
  'pillars.learn.title': 'Apprendre',
  'pillars.learn.text':
    'Des formations courtes pour enregistrer, monter et publier, en ligne à votre rythme ou en atelier.',
  'pillars.publish.title': 'Publier en commun',
  'pillars.publish.text':
    'Publiez sons, vidéos et images sous la licence de votre choix. Votre nom les accompagne partout où ils sont diffusés.',

  'projects.title': 'Projets',
  'projects.intro': 'Les projets menés par les habitantes et les habitants.',
  'projects.loading': 'Chargement des projets…',
  'projects.empty': 'Aucun projet publié pour l’instant.',
  'projects.error': 'Impossible de charger les projets pour le moment.',
  'projects.neighbourhood': 'Quartier\u00a0: {name}',
  'projects.status.idea': 'Idée',
  'projects.status.active': 'En cours',
  'projects.status.completed': 'Terminé',
  'projects.status.archived': 'Archivé',
  'projects.tags': 'Mots-clés',
  'trails.title': 'Parcours',
  'trails.intro': 'Des parcours à écouter en marchant, étape par étape.',
  'trails.loading': 'Chargement des parcours…',
  'trails.empty': 'Aucun parcours publié pour l’instant.',
  'trails.error': 'Impossible de charger les parcours pour le moment.',
  'trails.area': 'Secteur\u00a0: {name}',
  'trails.stops.one': '{count}\u00a0étape',
  'trails.stops.other': '{count}\u00a0étapes',
  'trails.languages': 'Langues\u00a0: {list}',
  'list.retry': 'Réessayer',
  'list.noscript': 'Activez JavaScript pour afficher cette liste.',

  'a11y.meta.title': 'Accessibilité',
  'a11y.meta.description': 'Déclaration d’accessibilité du portail Communs.',
  'a11y.title': 'Déclaration d’accessibilité',
  'a11y.goal':
    'Ce portail vise la conformité au Référentiel général d’amélioration de l’accessibilité (RGAA 4.1), qui reprend les critères WCAG 2.1 de niveau AA.',
  'a11y.status': 'Aucun audit de conformité n’a encore été réalisé.',
  'a11y.practices.title': 'Ce que nous faisons dès maintenant',
  'a11y.practices.tests':
    'Chaque page est vérifiée automatiquement avec axe-core, sur ordinateur et sur téléphone, à chaque modification du site.',
  'a11y.practices.keyboard': 'Tout le site se parcourt au clavier, et un lien d’évitement mène directement au contenu.',
  'a11y.practices.layout':
    'Les textes gardent un contraste suffisant, et les pages restent lisibles jusqu’à 320\u00a0pixels de large.',
  'a11y.feedback.title': 'Signaler un problème',
  'a11y.feedback.text':
    'Si un contenu ou un service vous est inaccessible, signalez-le au service de la ville qui gère ce portail\u00a0: il vous proposera une autre façon d’y accéder.',
  'a11y.feedback.recourse':
    'Si vous n’obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits.',

  'notFound.title': 'Page introuvable',
  'notFound.text': 'Cette adresse n’existe pas, ou plus. Vérifiez-la, ou repartez de l’accueil.',
  'notFound.home': 'Retour à l’accueil',

  'account.signIn': 'Se connecter',
  'account.menu.prefix': 'Mon compte\u00a0:',
  'account.menu.profile': 'Mon profil',
  'account.menu.admin': 'Gérer les comptes',
  'account.menu.signOut': 'Se déconnecter',
  'account.menu.signOutError': 'La déconnexion n’a pas abouti. Réessayez.',
  'account.flash.signedOut': 'Déconnexion effectuée. À bientôt\u00a0!',
  'account.flash.signedOutEverywhere': 'Déconnexion effectuée sur tous vos appareils.',
  'account.flash.deleted':
    'Votre compte et vos données personnelles ont été supprimés. Merci d’avoir participé aux communs de la ville.',

  'form.errorPrefix': 'Erreur\u00a0:',
  'form.invalid': 'Certains champs sont à corriger\u00a0: voyez le message au-dessus de chacun.',
  'form.failed': 'Cela n’a pas abouti. Vérifiez votre connexion, puis réessayez.',
  'form.sessionEnded': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'form.noscript': 'Activez JavaScript pour utiliser cette page.',

  'signIn.meta.title': 'Connexion',
  'signIn.meta.description': 'Connectez-vous à Communs avec un lien reçu par e-mail, sans mot de passe.',
  'signIn.title': 'Se connecter',
  'signIn.intro':
    'Pas de mot de passe à retenir\u00a0: indiquez votre adresse e-mail, nous vous envoyons un lien de connexion. Il est valable 15\u00a0minutes et ne sert qu’une fois.',
  'signIn.firstTime': 'Première visite\u00a0? Ce même lien crée votre compte.',
  'signIn.email.label': 'Adresse e-mail',
  'signIn.email.hint': 'Par exemple\u00a0: prenom.nom@exemple.fr',
  'signIn.email.error': 'Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
  'signIn.submit': 'Recevoir un lien de connexion',
  'signIn.sending': 'Envoi du lien…',
  'signIn.privacy':
    'Votre adresse sert à vous connecter et à vous écrire\u00a0; elle n’est jamais affichée publiquement.',
  'signIn.rateLimited.one': 'Trop de demandes de lien pour le moment. Réessayez dans {count}\u00a0minute.',
  'signIn.rateLimited.other': 'Trop de demandes de lien pour le moment. Réessayez dans {count}\u00a0minutes.',
  'signIn.link.expired':
    'Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau ci-dessous\u00a0: il arrive en quelques instants.',
  'signIn.link.suspended':
    'Ce compte est suspendu\u00a0: il ne peut pas se connecter. Pour en savoir plus, contactez le service de la ville qui gère ce portail.',

  'checkMail.meta.title': 'Vérifiez vos e-mails',
  'checkMail.title': 'Vérifiez vos e-mails',
  'checkMail.sentTo': 'Nous avons envoyé un lien de connexion à {email}.',
  'checkMail.sentToUnknown': 'Nous avons envoyé un lien de connexion à l’adresse que vous avez indiquée.',
  'checkMail.next':
    'Ouvrez l’e-mail «\u00a0Votre lien de connexion à Communs\u00a0» et suivez le lien\u00a0: il est valable 15\u00a0minutes et ne sert qu’une fois. Vous pouvez fermer cette page.',
  'checkMail.missing.title': 'Rien reçu\u00a0?',
  'checkMail.missing.wait': 'L’e-mail peut mettre quelques minutes à arriver.',
  'checkMail.missing.spam': 'Regardez dans le dossier des courriers indésirables (spam).',
  'checkMail.missing.address': 'Vérifiez l’adresse\u00a0: si elle est fausse, recommencez avec la bonne.',
  'checkMail.changeAddress': 'Utiliser une autre adresse',
  'checkMail.resend': 'Renvoyer un lien',
  'checkMail.resent': 'Un nouveau lien est en route vers {email}.',

  'profile.meta.title': 'Mon profil',
  'profile.title': 'Mon profil',
  'profile.loading': 'Chargement de votre profil…',
  'profile.signedOut': 'Connectez-vous pour voir et modifier votre profil.',
  'profile.error': 'Impossible de charger votre profil pour le moment.',
  'profile.account': 'Adresse de connexion\u00a0: {email}',
  'profile.details.title': 'Vos informations',
  'profile.displayName.label': 'Nom affiché',
  'profile.displayName.hint': 'Le nom que les autres voient sur le portail, dans les projets et les parcours.',
  'profile.displayName.error': 'Indiquez un nom affiché, de 80\u00a0caractères au plus.',
  'profile.attributionName.label': 'Nom d’attribution',
  'profile.attributionName.hint':
    'Le nom crédité sous les licences Creative Commons de vos contributions\u00a0: il accompagne vos sons, vidéos et images partout où ils sont repris. Votre nom complet, ou un nom de plume.',
  'profile.attributionName.error': 'Indiquez un nom d’attribution, de 120\u00a0caractères au plus.',
  'profile.bio.label': 'Présentation (facultatif)',
  'profile.bio.hint':
    'Quelques mots sur vous, montrés sur votre page publique si vous l’activez. 1000\u00a0caractères au plus.',
  'profile.bio.error': 'La présentation doit faire 1000\u00a0caractères au plus.',
  'profile.neighbourhood.label': 'Quartier (facultatif)',
  'profile.neighbourhood.hint': 'Le quartier où vous habitez ou agissez.',
  'profile.neighbourhood.error': 'Le quartier doit faire 80\u00a0caractères au plus.',
  'profile.language.label': 'Langue préférée',
  'profile.language.hint': 'La langue des e-mails que nous vous envoyons.',
  'profile.language.error': 'Choisissez une langue.',
  'profile.publicProfile.label': 'Rendre publique ma page de profil',
  'profile.publicProfile.hint':
    'Une page visible de tous, avec votre nom d’attribution, votre présentation, votre quartier et vos contributions publiées. Sans elle, vos contributions restent créditées à votre nom d’attribution.',
  'profile.save': 'Enregistrer',
  'profile.saving': 'Enregistrement…',
  'profile.saved': 'Vos informations sont enregistrées.',
  'profile.data.title': 'Vos données',
  'profile.data.text':
    'Téléchargez tout ce que le portail conserve à votre sujet, dans un fichier JSON que d’autres logiciels savent lire.',
  'profile.data.download': 'Télécharger mes données (JSON)',
  'profile.sessions.title': 'Vos connexions',
  'profile.sessions.text':
    'Un appareil perdu, un ordinateur partagé\u00a0? Déconnectez-vous partout d’un coup, cet appareil compris.',
  'profile.sessions.signOutEverywhere': 'Me déconnecter de tous mes appareils',
  'profile.delete.title': 'Supprimer mon compte',
  'profile.delete.intro':
    'La suppression est définitive\u00a0: votre compte, votre profil, vos connexions et vos données personnelles sont effacés, sans retour possible.',
  'profile.delete.licences':
    'Vos contributions publiées sous licence Creative Commons ont peut-être déjà été reprises\u00a0: ces licences restent valables pour les copies faites. Vous choisissez ce qu’elles deviennent sur ce portail.',
  'profile.delete.choice.legend': 'Que deviennent vos contributions publiées\u00a0?',
  'profile.delete.choice.keepCredited': 'Les laisser en ligne, créditées à mon nom d’attribution',
  'profile.delete.choice.keepCredited.hint':
    'Les projets et les parcours qui les utilisent restent complets, et votre nom reste attaché à votre travail.',
  'profile.delete.choice.keepAnonymous': 'Les laisser en ligne, sans mon nom',
  'profile.delete.choice.keepAnonymous.hint': 'Elles restent disponibles, sans nom d’auteur ni d’autrice.',
  'profile.delete.choice.withdraw': 'Les retirer du portail',
  'profile.delete.choice.withdraw.hint':
    'Elles ne sont plus diffusées ici\u00a0; les étapes de parcours qui les utilisent perdent leur média.',
  'profile.delete.choice.error': 'Choisissez ce que deviennent vos contributions.',
  'profile.delete.confirmEmail.label': 'Pour confirmer, saisissez l’adresse e-mail de ce compte',
  'profile.delete.confirmEmail.error':
    'Saisissez l’adresse e-mail de ce compte, telle qu’elle figure en haut de la page.',
  'profile.delete.submit': 'Supprimer définitivement mon compte',
  'profile.delete.deleting': 'Suppression…',

  'admin.meta.title': 'Gestion des comptes',
  'admin.title': 'Gestion des comptes',
  'admin.intro': 'Rôles, équipes des points de prêt et suspensions. Chaque changement prend effet immédiatement.',
  'admin.loading': 'Chargement des comptes…',
  'admin.signedOut': 'Cette page est réservée à l’administration de la ville. Connectez-vous pour continuer.',
  'admin.forbidden':
    'Cette page est réservée à l’administration de la ville, et votre compte n’a pas ce rôle. Si vous pensez qu’il devrait l’avoir, adressez-vous au service qui gère ce portail.',
  'admin.error': 'Impossible de charger les comptes pour le moment.',
  'admin.search.label': 'Chercher un compte par adresse e-mail',
  'admin.search.submit': 'Chercher',
  'admin.search.clear': 'Voir tous les comptes',
  'admin.search.error': 'Saisissez une adresse e-mail complète, par exemple prenom.nom@exemple.fr.',
  'admin.search.none': 'Aucun compte avec l’adresse {email}.',
  'admin.table.caption': 'Comptes, du plus ancien au plus récent (page {page})',
  'admin.table.captionSearch': 'Compte trouvé pour {email}',
  'admin.table.account': 'Compte',
  'admin.table.roles': 'Rôles',
  'admin.table.status': 'État',
  'admin.table.actions': 'Actions',
  'admin.table.empty': 'Aucun compte pour l’instant.',
  'admin.role.citizen': 'Compte citoyen',
  'admin.role.staff': 'Équipe de prêt\u00a0: {points}',
  'admin.role.admin': 'Administration',
  'admin.status.active': 'Actif',
  'admin.status.suspended': 'Suspendu',
  'admin.status.reason': 'Motif\u00a0: {reason}',
  'admin.manage': 'Gérer',
  'admin.previous': 'Page précédente',
  'admin.next': 'Page suivante',
  'admin.pageLoaded': 'Page {page} affichée.',
  'admin.dialog.title': 'Gérer le compte de {name}',
  'admin.dialog.close': 'Fermer',
  'admin.roles.title': 'Rôles',
  'admin.roles.admin': 'Administration de la ville',
  'admin.roles.admin.hint': 'Peut gérer les comptes, les points de prêt et la modération.',
  'admin.roles.staffOf.label': 'Points de prêt dont ce compte fait partie de l’équipe',
  'admin.roles.staffOf.hint':
    'Leurs identifiants, séparés par des virgules\u00a0: par exemple mediatheque-centre, maison-quartier-nord. Laissez vide pour retirer ce rôle.',
  'admin.roles.staffOf.error': 'Jusqu’à 20\u00a0identifiants de 64\u00a0caractères au plus, séparés par des virgules.',
  'admin.roles.save': 'Enregistrer les rôles',
  'admin.roles.saved': 'Rôles enregistrés.',
  'admin.suspension.title': 'Suspension',
  'admin.suspension.text':
    'Un compte suspendu ne peut plus se connecter, et toutes ses sessions prennent fin immédiatement.',
  'admin.suspension.current': 'Ce compte est suspendu. Motif\u00a0: {reason}',
  'admin.suspension.reason.label': 'Motif de la suspension',
  'admin.suspension.reason.hint': 'Lu par l’administration seulement. 500\u00a0caractères au plus.',
  'admin.suspension.reason.error': 'Indiquez un motif, de 500\u00a0caractères au plus.',
  'admin.suspension.suspend': 'Suspendre le compte',
  'admin.suspension.suspended': 'Compte suspendu.',
  'admin.suspension.reinstate': 'Lever la suspension',
  'admin.suspension.reinstated': 'Suspension levée.',
  'admin.self': 'Pas sur votre propre compte\u00a0: demandez à une autre personne de l’administration.',
  'admin.gone': 'Ce compte n’existe plus.',
} satisfies Record<string, string>;

/** A dictionary: exactly the keys of the French reference, each a string. */
export type Dictionary = { [Key in keyof typeof fr]: string };

/**
 * The French strings of the site’s shell and what every feature shares: the layout, the home page, the
 * accessibility statement, the 404 page, form and list messages, licence names.
 * French typography: a no-break space (\u00a0) goes before « : ; ! ? ».
 */
export const siteFr = {
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

  'licences.CC0-1.0': 'CC0 1.0 — domaine public',
  'licences.CC-BY-4.0': 'CC BY 4.0 — attribution',
  'licences.CC-BY-SA-4.0': 'CC BY-SA 4.0 — attribution, partage dans les mêmes conditions',
  'licences.CC-BY-NC-4.0': 'CC BY-NC 4.0 — attribution, pas d’utilisation commerciale',
  'licences.CC-BY-NC-SA-4.0':
    'CC BY-NC-SA 4.0 — attribution, pas d’utilisation commerciale, partage dans les mêmes conditions',
  'licences.CC-BY-ND-4.0': 'CC BY-ND 4.0 — attribution, pas de modification',
  'licences.CC-BY-NC-ND-4.0': 'CC BY-NC-ND 4.0 — attribution, pas d’utilisation commerciale, pas de modification',

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

  'form.errorPrefix': 'Erreur\u00a0:',
  'form.invalid': 'Certains champs sont à corriger\u00a0: voyez le message au-dessus de chacun.',
  'form.failed': 'Cela n’a pas abouti. Vérifiez votre connexion, puis réessayez.',
  'form.sessionEnded': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'form.noscript': 'Activez JavaScript pour utiliser cette page.',
} satisfies Record<string, string>;

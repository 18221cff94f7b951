/**
 * The strings of the calendar feed block (`components/ui/CalendarFeed.astro`), on my loans and
 * my training: a private address of the person's loans and workshop sessions for their calendar.
 */
export const calendarFeedFr = {
  'calendarFeed.title': 'Mon agenda',
  'calendarFeed.intro':
    'Abonnez votre application d’agenda à vos emprunts (retraits et retours) et à vos ateliers : ils s’y ajoutent et s’y mettent à jour tout seuls. L’adresse est personnelle : qui la connaît voit ces rendez-vous.',
  'calendarFeed.none': 'Vous n’avez pas encore d’adresse d’agenda.',
  'calendarFeed.active': 'Votre adresse d’agenda existe depuis le {date}.',
  'calendarFeed.lost':
    'Elle n’est affichée qu’à sa création. Si vous l’avez perdue, ou si quelqu’un d’autre la connaît, créez-en une nouvelle : l’ancienne cesse de fonctionner.',
  'calendarFeed.create': 'Créer mon adresse d’agenda',
  'calendarFeed.replace': 'Créer une nouvelle adresse',
  'calendarFeed.created': 'Adresse créée. Copiez-la dans votre application d’agenda (« s’abonner par URL »).',
  'calendarFeed.replaced': 'Nouvelle adresse créée ; l’ancienne ne fonctionne plus.',
  'calendarFeed.address.label': 'Adresse de votre agenda',
  'calendarFeed.address.hint': 'Affichée une seule fois : copiez-la maintenant.',
  'calendarFeed.copy': 'Copier l’adresse',
  'calendarFeed.copied': 'Adresse copiée.',
  'calendarFeed.copyFailed': 'La copie n’a pas fonctionné : sélectionnez l’adresse et copiez-la.',
  'calendarFeed.open': 'Ouvrir dans mon application d’agenda',
  'calendarFeed.revoke': 'Supprimer l’adresse',
  'calendarFeed.revokeConfirm': 'Supprimer l’adresse ? Les agendas abonnés ne recevront plus vos rendez-vous.',
  'calendarFeed.revokeYes': 'Oui, supprimer',
  'calendarFeed.keep': 'Garder l’adresse',
  'calendarFeed.revoked': 'Adresse supprimée : elle ne fonctionne plus.',
  'calendarFeed.failed': 'Cela n’a pas fonctionné. Réessayez dans un moment.',
};

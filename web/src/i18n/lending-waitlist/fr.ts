/**
 * The French strings of the waiting list and the fairness rules: the waiting entries of my loans
 * (lib/lending/waiting-section.ts), the reservation form's "join the waiting list" (lib/lending/
 * reserve-form.ts) and the fairness section of a model page (lib/lending/fairness-section.ts).
 * French typography: a no-break space (\u00a0) goes before « : ; ! ? ».
 */
export const lendingWaitlistFr = {
  'lendingWaitlist.mine.title': 'Listes d’attente',
  'lendingWaitlist.mine.none': 'Vous n’attendez rien.',
  'lendingWaitlist.mine.status.waiting':
    'En attente\u00a0: vous serez prévenu·e par courriel si un exemplaire se libère.',
  'lendingWaitlist.mine.status.offered': 'Un exemplaire vous est réservé jusqu’au {until}.',
  'lendingWaitlist.mine.status.expired':
    'La réservation proposée a expiré\u00a0: l’exemplaire est passé à la personne suivante.',
  'lendingWaitlist.mine.claim': 'Réserver ces jours',
  'lendingWaitlist.mine.claimTerms':
    'J’accepte les conditions de prêt\u00a0: je rends le matériel complet, en bon état, le jour convenu.',
  'lendingWaitlist.mine.claimTermsError': 'Acceptez les conditions de prêt pour réserver.',
  'lendingWaitlist.mine.claimed': 'Réservé\u00a0: {model}. Vous recevrez un courriel avec les dates.',
  'lendingWaitlist.mine.claimEnded': 'Trop tard\u00a0: la réservation proposée a expiré.',
  'lendingWaitlist.mine.leave': 'Quitter la liste d’attente',
  'lendingWaitlist.mine.left': 'Vous avez quitté la liste d’attente\u00a0: {model}.',
  'lendingWaitlist.join.offer': 'Ces jours sont pris. Vous pouvez attendre qu’un exemplaire se libère\u00a0:',
  'lendingWaitlist.join.button': 'M’inscrire sur la liste d’attente pour ces jours',
  'lendingWaitlist.join.done':
    'Vous êtes sur la liste d’attente. Si un exemplaire se libère pour ces jours, il vous sera réservé 24\u00a0heures et vous recevrez un courriel.',
  'lendingWaitlist.join.already': 'Vous êtes déjà sur la liste d’attente pour ces jours.',
  'lendingWaitlist.join.free': 'Un exemplaire est libre pour ces jours\u00a0: réservez-le.',
  'lendingWaitlist.join.failed': 'L’inscription n’a pas abouti. Réessayez dans un instant.',
  'lendingWaitlist.fairness.title': 'Liste d’attente et équité',
  'lendingWaitlist.fairness.waiting':
    'Si aucun exemplaire n’est libre pour vos jours, inscrivez-vous sur la liste d’attente. Quand un exemplaire se libère, la première personne qui attend ces jours-là se le voit réserver {hours}\u00a0heures et reçoit un courriel\u00a0; sans confirmation, il passe à la suivante.',
  'lendingWaitlist.fairness.order': 'Premier arrivé, premier servi.',
  'lendingWaitlist.fairness.scarce':
    'Ce matériel est rare\u00a0: parmi les personnes qui attendent les mêmes jours, celles qui n’ont encore jamais emprunté passent d’abord.',
  'lendingWaitlist.fairness.same': 'Les mêmes limites valent pour tout le monde, sans exception.',
  'lendingWaitlist.fairness.openData':
    'Le bilan de chaque mois (demandes, prêts, exemplaires, premiers emprunts) est public\u00a0:',
  'lendingWaitlist.fairness.openDataLink': 'les chiffres du mois (JSON)',
};

/**
 * The French strings of training as residents and citizens read it: the catalogue, a module's
 * page (lessons, quiz, my status, licence and credits), my training (views/training, lib/training).
 * French typography: a no-break space (\u00a0) goes before « : ; ! ? » and %.
 */
export const trainingFr = {
  'training.nav': 'Formations',

  'training.catalogue.meta.title': 'Formations',
  'training.catalogue.meta.description':
    'Les formations de la ville\u00a0: des leçons à lire et à écouter, un quiz, et la certification qui ouvre l’emprunt du matériel.',
  'training.catalogue.title': 'Formations',
  'training.catalogue.intro':
    'Avant d’emprunter un enregistreur ou une caméra, on se forme\u00a0: des leçons à lire et à écouter, un quiz corrigé en ligne et, pour certains modules, un atelier en présentiel. La certification obtenue ouvre l’emprunt du matériel.',
  'training.catalogue.commons':
    'Ces modules sont un commun\u00a0: chacun est publié sous licence libre, avec ses sources à télécharger, pour qu’une autre ville, une école ou une association les reprenne.',
  'training.catalogue.empty': 'Aucune formation n’est publiée pour l’instant.',
  'training.catalogue.mine': 'Mes formations',
  'training.catalogue.listTitle': 'Les modules',

  'training.facts.unlocks.term': 'Ouvre l’emprunt',
  'training.facts.unlocks.none': 'N’ouvre l’emprunt d’aucun matériel',
  'training.facts.workshop.term': 'Atelier',
  'training.facts.workshop.yes': 'Un atelier en présentiel fait partie de la formation',
  'training.facts.workshop.no': 'Aucun\u00a0: tout se fait en ligne',
  'training.facts.validity.term': 'Validité',
  'training.facts.validity.one': '{count}\u00a0mois',
  'training.facts.validity.other': '{count}\u00a0mois',
  'training.facts.quiz.term': 'Quiz',
  'training.facts.quiz.value':
    '{draw}\u00a0questions tirées au hasard parmi {bank}\u00a0; {passMark}\u00a0% de bonnes réponses pour réussir',
  'training.facts.quiz.none': 'Pas de quiz',
  'training.facts.licence.term': 'Licence',
  'training.facts.version.term': 'Version',

  'training.category.audio-recorder': 'des enregistreurs audio',
  'training.category.video-camera': 'des caméras vidéo',
  'training.category.listening-player': 'des lecteurs d’écoute',

  'training.module.back': 'Toutes les formations',
  'training.module.facts': 'En bref',
  'training.module.lessons.title': 'Leçons',
  'training.module.lessons.nav': 'Sommaire des leçons',
  'training.module.lesson.number': 'Leçon {number}\u00a0:',
  'training.module.workshop.title': 'Atelier en présentiel',
  'training.module.workshop.text':
    'Ce module se termine par un atelier en présentiel. La personne qui l’anime note votre présence\u00a0; avec le quiz réussi, elle vous certifie.',
  'training.module.quiz.title': 'Quiz',
  'training.module.quiz.intro':
    'Le quiz tire {draw}\u00a0questions au hasard parmi {bank}. Il faut {passMark}\u00a0% de bonnes réponses pour réussir. Vous avez trois essais par jour, et un essai dure au plus deux heures. Le serveur corrige vos réponses et vous explique chaque question.',
  'training.module.credits.title': 'Licence et crédits',
  'training.module.credits.licence': 'Ce module est un commun, publié sous la licence {licence}.',
  'training.module.credits.authors': 'Auteurs et autrices',
  'training.module.credits.version': 'Version {version} de ce module.',
  'training.module.source.title': 'Réutiliser ce module',
  'training.module.source.text':
    'Téléchargez ses sources\u00a0: le fichier module.yaml, les leçons en Markdown (français et anglais), les sons et images, et les questions du quiz sans leurs réponses.',
  'training.module.source.download': 'Télécharger les sources ({size}, ZIP)',

  'training.status.title': 'Ma situation',
  'training.status.loading': 'Lecture de votre situation…',
  'training.status.signedOut': 'Connectez-vous pour passer le quiz et suivre votre certification.',
  'training.status.error': 'Impossible de lire votre situation pour le moment.',
  'training.status.not-started': 'Vous n’avez pas encore commencé ce module.',
  'training.status.in-progress': 'Formation en cours.',
  'training.status.certified': 'Vous êtes certifié·e jusqu’au {date}.',
  'training.status.expired': 'Votre certification a expiré le {date}. Repassez le quiz pour la renouveler.',
  'training.status.renew':
    'Ce module a changé depuis votre certification (version {version})\u00a0: renouvelez votre formation pour emprunter de nouveau le matériel.',
  'training.status.revoked': 'Votre certification a été retirée le {date}. Motif\u00a0: {reason}',
  'training.status.quizPassed': 'Quiz réussi le {date}.',
  'training.status.attended': 'Atelier suivi le {date}.',
  'training.status.workshopNeeded': 'Il vous reste à participer à un atelier en présentiel.',
  'training.status.attemptsLeft.one': 'Il vous reste {count}\u00a0essai aujourd’hui.',
  'training.status.attemptsLeft.other': 'Il vous reste {count}\u00a0essais aujourd’hui.',
  'training.status.nextAttempt': 'Vous avez utilisé vos essais du jour. Prochain essai possible le {date}.',

  'training.quiz.signedOut': 'Pour passer le quiz, connectez-vous\u00a0: la lecture des leçons reste libre.',
  'training.quiz.start': 'Commencer le quiz',
  'training.quiz.again': 'Faire un nouvel essai',
  'training.quiz.starting': 'Préparation du quiz…',
  'training.quiz.ready': 'Le quiz commence\u00a0: {count}\u00a0questions.',
  'training.quiz.expiresAt': 'Cet essai expire à {time}.',
  'training.quiz.question': 'Question {number} sur {count}',
  'training.quiz.single': 'Une seule réponse.',
  'training.quiz.multiple': 'Plusieurs réponses\u00a0: cochez toutes les bonnes.',
  'training.quiz.submit': 'Envoyer mes réponses',
  'training.quiz.submitting': 'Correction en cours…',
  'training.quiz.answerMissing': 'Choisissez au moins une réponse.',
  'training.quiz.unanswered.one': '{count}\u00a0question est sans réponse.',
  'training.quiz.unanswered.other': '{count}\u00a0questions sont sans réponse.',
  'training.quiz.passed': 'Quiz réussi\u00a0: {score}\u00a0% de bonnes réponses (il en fallait {passMark}\u00a0%).',
  'training.quiz.failed':
    'Pas encore\u00a0: {score}\u00a0% de bonnes réponses, il en faut {passMark}\u00a0%. Relisez les leçons, puis réessayez.',
  'training.quiz.results': 'Correction',
  'training.quiz.right': 'Bonne réponse.',
  'training.quiz.wrong': 'Réponse incorrecte.',
  'training.quiz.rightChoices': 'À cocher\u00a0: {list}.',
  'training.quiz.limit': 'Vous avez utilisé vos trois essais du jour. Prochain essai possible le {date}.',
  'training.quiz.expired': 'Cet essai a expiré (deux heures après son début). Commencez-en un nouveau.',
  'training.quiz.alreadySent': 'Cet essai a déjà été envoyé. Commencez-en un nouveau.',

  'training.mine.meta.title': 'Mes formations',
  'training.mine.meta.description': 'Vos certifications, vos essais du jour et l’historique de vos formations.',
  'training.mine.title': 'Mes formations',
  'training.mine.intro':
    'Vos certifications ouvrent l’emprunt du matériel. Les décisions des personnes formatrices sont gardées dans votre historique, avec leur motif.',
  'training.mine.loading': 'Chargement de vos formations…',
  'training.mine.signedOut': 'Connectez-vous pour voir vos formations.',
  'training.mine.error': 'Impossible de charger vos formations pour le moment.',
  'training.mine.modules.title': 'Mes modules',
  'training.mine.modules.empty': 'Vous n’avez encore commencé aucune formation.',
  'training.mine.modules.browse': 'Voir les formations',
  'training.mine.table.module': 'Module',
  'training.mine.table.status': 'Situation',
  'training.mine.table.attempts': 'Essais restants aujourd’hui',
  'training.mine.audit.title': 'Historique',
  'training.mine.audit.empty': 'Rien pour l’instant.',
  'training.mine.audit.earned.quiz': '{module}\u00a0: certification obtenue par le quiz.',
  'training.mine.audit.earned.workshop': '{module}\u00a0: certification obtenue à l’atelier.',
  'training.mine.audit.granted': '{module}\u00a0: certification accordée par une personne formatrice.',
  'training.mine.audit.revoked': '{module}\u00a0: certification retirée par une personne formatrice.',
  'training.mine.audit.reason': 'Motif\u00a0: {reason}',
} as const;

# citydriver UI strings. Keys are shared by all five languages; see docs/ARCHITECTURE.md.

## Site
site-name = citydriver
site-tagline = La plateforme sur laquelle fonctionne un réseau de villes
nav-home = Accueil
nav-directory = Annuaire
nav-networks = Réseaux
nav-map = Carte
nav-admin = Administration
nav-account = Mon compte
nav-login = Se connecter
nav-logout = Se déconnecter
nav-language = Langue
skip-to-content = Aller au contenu
footer-about = citydriver aide les villes à planifier, financer et déployer des projets de ville intelligente avec des partenaires trouvés au sein de leurs réseaux.
footer-api = API JSON et son document OpenAPI

## Home
home-title = Des villes qui apprennent les unes des autres
home-intro = L'annuaire du réseau : villes membres, entreprises, institutions, ministères et agences, les réseaux auxquels ils appartiennent et leur localisation.
home-networks = Réseaux
home-organizations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
home-members = { $count ->
    [one] { $count } adhésion
   *[other] { $count } adhésions
}
home-open-directory = Ouvrir l'annuaire
home-open-map = Voir les membres sur la carte

## Directory
directory-title = Annuaire
directory-filter = Filtrer
directory-filter-kind = Type
directory-filter-country = Pays
directory-filter-network = Réseau
directory-filter-role = Rôle
directory-filter-q = Le nom contient
directory-any = Tous
directory-apply = Appliquer
directory-clear = Effacer les filtres
directory-results = { $count ->
    [0] Aucune organisation ne correspond à ces filtres.
    [one] Une organisation
   *[other] { $count } organisations
}
directory-empty = Aucune organisation ne correspond à ces filtres. Essayez d'en retirer un.
col-name = Nom
col-kind = Type
col-country = Pays
col-region = Région
col-network = Réseau
col-role = Rôle
col-since = Depuis
col-until = Jusqu'à
col-organization = Organisation
col-position = Fonction
col-when = Date
col-who = Auteur
col-action = Action
col-target = Cible
col-outcome = Résultat
col-details = Détails
page-prev = Précédent
page-next = Suivant
page-of = Page { $page } sur { $pages }

## Organization
org-kind = Type
org-country = Pays
org-region = Région
org-coordinates = Coordonnées
org-website = Site web
org-description = Présentation
org-names = Noms dans d'autres langues
org-memberships = Réseaux
org-no-memberships = Aucune adhésion à un réseau n'est enregistrée pour cette organisation.
org-people = Personnes
org-no-people = Aucune personne n'est indiquée pour cette organisation.
org-edit = Modifier cette organisation
org-new = Ajouter une organisation
org-id = Identifiant
org-id-help = Lettres minuscules, chiffres et traits d'union ; généré à partir du nom anglais s'il est laissé vide. Il ne pourra plus être modifié ensuite.
org-saved = Enregistré.
org-created = Organisation ajoutée.
org-email-private = Adresse e-mail (visible uniquement par les éditeurs)
org-person-add = Ajouter une personne
org-person-name = Nom
org-person-position = Fonction
org-person-as-of = Date de référence (année, année-mois ou date)
org-person-remove = Retirer
unknown = inconnu
not-published = non publié
fallback-note = Non disponible dans votre langue ; langue affichée : { $lang }.
as-of = au { $date }

## Kinds
kind-local_government = Collectivité locale
kind-company = Entreprise
kind-institution = Institution
kind-ministry = Ministère
kind-development_agency = Agence de développement
kind-academia = Milieu universitaire
kind-ngo = ONG
kind-network_secretariat = Secrétariat de réseau

## Roles
role-founding_member = Membre fondateur
role-member = Membre
role-partner = Partenaire
role-observer = Observateur
role-pilot_city = Ville pilote
role-secretariat = Secrétariat
role-regional_office = Bureau régional

## Networks
networks-title = Réseaux
network-scope = Échelle
network-status = Statut
network-founded = Création
network-parent = Fait partie de
network-secretariat = Secrétariat
network-sub-networks = Réseaux qui en font partie
network-members = Membres
network-no-members = Aucun membre n'est encore enregistré pour ce réseau.
network-on-map = Afficher ces membres sur la carte
network-relation-sub_network = Sous-réseau de { $parent }
network-relation-partner_network = Réseau partenaire de { $parent }
network-new = Ajouter un réseau
network-relation = Relation avec le réseau parent
network-relation-none = Aucune
relation-sub_network = Sous-réseau
relation-partner_network = Réseau partenaire
network-member-add = Ajouter un membre
network-member-org = Identifiant de l'organisation
network-member-remove = Retirer
scope-global = Mondial
scope-regional = Régional
scope-subregional = Sous-régional
scope-national = National
status-active = Actif
status-forming = En cours de création

## Map
map-title = Carte des membres
map-all = Toutes les organisations
map-count = { $count ->
    [one] Une organisation aux coordonnées connues
   *[other] { $count } organisations aux coordonnées connues
}
map-missing = { $count ->
    [0] Toutes les organisations affichées ont des coordonnées.
    [one] Une organisation n'a pas de coordonnées connues et n'est pas représentée.
   *[other] { $count } organisations n'ont pas de coordonnées connues et ne sont pas représentées.
}
map-credit = Contours des terres : Natural Earth (domaine public). Carte dessinée ici, sans serveur cartographique.
map-show = Afficher
map-by-country = Trop nombreuses pour être dessinées une à une : chaque cercle est un pays, à la mesure de ses organisations. Un cercle ou une ligne de la liste les ouvre dans l’annuaire.
map-country-count = { $count ->
    [one] une organisation
   *[other] { $count } organisations
}

## Accounts
login-title = Connexion
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-failed = L'adresse e-mail ou le mot de passe est incorrect.
login-throttled = Trop d'échecs de connexion pour ce compte ou depuis cette adresse. Réessayez dans { $seconds } secondes.
logout-submit = Se déconnecter
signup-title = Créer votre compte
signup-invited-as = Cette invitation vous attribue le rôle : { $role }.
signup-editor-of = Vous pourrez modifier { $org }.
signup-name = Votre nom
signup-password-help = Au moins 10 caractères.
signup-submit = Créer mon compte
signup-invalid = Ce lien d'invitation n'est pas valide : il a déjà été utilisé, il a expiré ou il a été mal saisi.
account-title = Mon compte
account-role = Rôle
account-editor-of = Peut modifier
account-tokens = Jetons d'API
account-token-name = Nom du jeton
account-token-scopes = Portées
account-token-create = Créer un jeton
account-token-created = Votre nouveau jeton. Copiez-le maintenant : il ne sera plus affiché.
account-token-revoke = Révoquer
account-token-revoked = révoqué
account-no-tokens = Vous n'avez aucun jeton d'API.
role-admin = Administrateur (secrétariat)
role-member-account = Membre

## Administration
admin-title = Administration
admin-invite = Inviter une personne
admin-invite-email = Adresse e-mail
admin-invite-role = Rôle
admin-invite-org = Organisation à modifier (identifiant, facultatif)
admin-invite-submit = Créer l'invitation
admin-invite-created = Invitation créée. Envoyez ce lien à { $email } ; il ne fonctionne qu'une seule fois et expire dans 14 jours :
admin-users = Comptes
admin-import = Importer des organisations ou des adhésions
admin-import-format = Format
admin-import-file = Fichier
admin-import-submit = Importer
admin-import-done = Import terminé : { $orgs } organisations et { $members } adhésions.
admin-import-failed = Rien n'a été importé. Corrigez ces lignes et réessayez :
admin-import-format-orgs = Organisations (CSV)
admin-import-format-members = Adhésions (CSV)
admin-import-format-json = Organisations et adhésions (JSON)
admin-audit = Journal d'audit
admin-audit-empty = Rien n'a encore été enregistré.
outcome-ok = effectué
outcome-denied = refusé
line = Ligne

## Form
form-save = Enregistrer
form-cancel = Annuler
form-errors = Veuillez corriger les champs signalés ci-dessous.
form-required = obligatoire
form-name-in = Nom ({ $lang })
form-description-in = Description ({ $lang })
form-choose = Choisir…

## Errors
error-title = Une erreur s'est produite
error-not-found = Cette page n'existe pas.
error-not-found-detail = L'adresse est peut-être mal saisie, ou l'élément vers lequel elle pointait a été supprimé.
error-forbidden = Vous n'avez pas l'autorisation d'effectuer cette action.
error-unauthenticated = Veuillez d'abord vous connecter.
error-csrf = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
error-invalid = Certains champs ne sont pas valides.
error-conflict = Cet élément existe déjà.
error-throttled = Trop de tentatives. Attendez un instant, puis réessayez.
error-internal = Une erreur inattendue s'est produite. Elle a été consignée ; veuillez réessayer plus tard.
error-back-home = Retour à la page d'accueil
error-search = Rechercher sur le site

## Events
nav-events = Événements
events-title = Événements
events-upcoming = Événements à venir
events-past = Événements passés
events-none-upcoming = Aucun événement à venir n'est annoncé.
events-none-past = Aucun événement passé n'est enregistré.
event-when = Date
event-time-not-published = horaire non publié
event-in-utc = { $time } UTC
event-format = Format
event-audience = Public
event-languages = Langues
event-series = Série
event-part = Volet { $n }
event-parts = Volets de la série
event-organizations = Organisations
event-links = Événements liés
event-ics = Ajouter à mon agenda (.ics)
event-registered = { $count ->
    [one] Une personne inscrite
   *[other] { $count } personnes inscrites
}
event-waiting = { $count ->
    [0] aucune personne en liste d'attente
    [one] une personne en liste d'attente
   *[other] { $count } personnes en liste d'attente
}
event-capacity = { $count ->
    [one] une place
   *[other] { $count } places
}
link-precursor_of = Précurseur de
link-precursor_of-in = Précédé de
link-follow_up_of = Suite de
link-follow_up_of-in = Suivi de
format-webinar = Webinaire
format-live_event = Événement en direct
format-workshop = Atelier
format-assembly = Assemblée
format-study_visit = Visite d'étude
audience-public = Ouvert à tous
audience-network_members = Réservé aux membres de { $value }
audience-country = Réservé aux participants de ce pays : { $value }
audience-invitation = Sur invitation uniquement
orgrole-organizer = Organisateur
orgrole-co_organizer = Coorganisateur
orgrole-presenter = Intervenant
orgrole-observer = Observateur
attendee-participant = Participant
attendee-observer = Observateur
attendee-speaker = Intervenant
attendee-press = Presse
register-title = Inscription
register-name = Votre nom
register-email = Votre adresse e-mail
register-org = Organisation (identifiant dans l'annuaire)
register-org-name = Ou le nom de votre organisation
register-country = Pays de provenance
register-attendee-type = Vous participez en tant que
register-submit = S'inscrire
register-closed-over = Les inscriptions sont closes : cet événement est terminé.
register-closed-invitation = Cet événement est sur invitation uniquement.
register-done-confirmed = Votre inscription est enregistrée. Une confirmation va être envoyée à { $email }.
register-done-waitlisted = L'événement est complet : vous êtes sur la liste d'attente, et nous écrirons à { $email } dès qu'une place se libérera.
register-done-pending = Votre inscription attend l'approbation des organisateurs ; nous vous écrirons à { $email }.
register-link-by-mail = Le lien pour consulter, modifier ou annuler votre inscription — et, pour un événement en ligne, l'adresse pour y participer — se trouve uniquement dans ce courriel.
register-repeated = L'adresse { $email } était déjà inscrite à cet événement : rien n'a été modifié.
manage-title = Votre inscription
manage-status = Statut
manage-cancel = Annuler mon inscription
manage-cancelled = Votre inscription est annulée.
manage-online = Rejoindre en ligne
manage-link-note = Conservez l'adresse de cette page : elle vous permet de consulter ou d'annuler votre inscription.
reg-confirmed = Confirmée
reg-waitlisted = En liste d'attente
reg-pending = En attente d'approbation
reg-cancelled = Annulée
reg-rejected = Refusée

## Events: more (issue 3)
event-interpretation = Interprétation vers
event-registration-opens = Ouverture des inscriptions
event-registration-closes = Clôture des inscriptions
event-speakers = Intervenants
speaker-live = en direct
speaker-prerecorded = préenregistré
event-recordings = Enregistrements
event-transcripts = Transcriptions
transcript-sample-tag = exemple
register-invited-as = Vous vous inscrivez par l'invitation envoyée à { $email } ; l'adresse ne peut pas être modifiée.
register-time-zone = Votre fuseau horaire (pour les horaires indiqués dans nos e-mails)
register-not-open = Les inscriptions ouvrent le { $when }.
register-closed-window = Les inscriptions sont closes.
manage-change = Modifier votre inscription
manage-lang = Langue des e-mails
manage-save = Enregistrer les modifications
manage-changed = Votre inscription est mise à jour.
events-all = Tous les événements
events-feed = Flux d'agenda (.ics)
search-submit = Rechercher
transcript-title = Transcription
transcript-sample-note = Un exemple rédigé pour la démonstration de citydriver à partir de faits publiés : ce n'est pas le compte rendu de ce qui a été dit, et son enregistrement est une piste de tonalité générée.
transcript-other-langs = Également en
transcript-recording = Enregistrement
transcript-no-recording = Aucun enregistrement n'est encore lié : les horaires sont affichés sans lien.
transcript-search = Rechercher dans la transcription
transcript-show-all = Afficher toutes les lignes
transcript-found = Lignes contenant les mots recherchés : { $n } sur { $total }.
transcript-none-found = Aucune ligne ne contient les mots recherchés.
transcript-download = Télécharger au format WebVTT
feed-personal-name = Mes événements citydriver
account-feed = Mon flux d'agenda
account-feed-help = Abonnez-vous à cette adresse dans votre application d'agenda pour voir les événements auxquels vous êtes inscrit. Gardez-la pour vous : toute personne qui la connaît voit vos événements.
organize-title = Console des organisateurs
organize-attendees = Participants
organize-pending-count = { $count ->
    [one] { $count } inscription en attente d'approbation
   *[other] { $count } inscriptions en attente d'approbation
}
organize-cancelled-count = { $count ->
    [one] { $count } inscription annulée
   *[other] { $count } inscriptions annulées
}
organize-all = Tous
organize-find = Nom, adresse e-mail ou organisation
organize-export = Exporter la liste des participants (CSV)
organize-no-attendees = Aucun participant ne correspond.
organize-org = Organisation
organize-check-in = Enregistrer l'arrivée
organize-approve = Approuver
organize-reject = Refuser
organize-undo = Annuler
organize-invitations = Invitations
organize-invite = Envoyer l'invitation
organize-invite-csv = Ou un fichier CSV de personnes à inviter
organize-invite-csv-help = Une ligne d'en-tête nomme les colonnes : email, et éventuellement name et lang (en, ko, ja, zh-Hans, fr). Si une ligne est incorrecte, personne n'est invité ; les lignes en cause sont indiquées.
organize-invite-csv-submit = Inviter toutes les personnes du fichier
organize-no-invitations = Aucune invitation pour l'instant.
organize-invited-at = Invité le
organize-registered = Inscrit
organize-remove = Retirer
organize-person-id = Personne (identifiant dans l'annuaire)
organize-topic = Sujet
organize-mode = Mode d'intervention
organize-add-speaker = Ajouter l'intervenant
organize-recording-url = Adresse de l'enregistrement (YouTube, Vimeo, un fichier…)
organize-recording-title = Titre
organize-lang-tag = Langue (en, ja, ko…)
organize-add-recording = Ajouter l'enregistrement
organize-cues = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
organize-transcript-recording = Enregistrement correspondant
organize-transcript-file = Fichier WebVTT, SRT ou texte
organize-import-transcript = Importer la transcription
organize-decided = { $name } : { $status }.
organize-checked-in = L'arrivée de { $name } est enregistrée.
organize-checked-in-undone = L'arrivée de { $name } n'est plus enregistrée.
organize-invited = L'invitation va être envoyée à { $email }.
organize-invited-again = L'adresse { $email } était déjà invitée : aucun nouvel e-mail n'est envoyé.
organize-invited-csv = Personnes invitées : { $invited } ; déjà invitées auparavant : { $already } (aucun nouvel e-mail).
organize-speaker-added = { $name } figure désormais parmi les intervenants.
organize-speaker-removed = L'intervenant a été retiré.
organize-recording-added = L'enregistrement est lié.
organize-transcript-imported = La transcription ({ $lang }) est importée ; nombre de lignes : { $n }.

## Events: where (issue 3)
event-where = Lieu
attendance-online = En ligne
attendance-in_person = En présentiel
attendance-mixed = En présentiel et en ligne
events-of-org = Ses événements
events-of-network = Événements du réseau et de ses membres

## New events and series (issue 3)
new-event-title = Nouvel événement
new-event-belongs = Série et organisateurs
new-event-no-series = — hors série —
new-event-part = Numéro du volet dans la série
new-event-organizer = Organisation organisatrice (identifiant)
new-event-co-organizers = Coorganisateurs (identifiants, séparés par des virgules)
new-event-what = Contenu
new-event-title-in = Titre
new-event-description = Description (anglais)
new-event-id = Identifiant (a-z, 0-9 et - ; généré à partir du titre s'il est laissé vide)
new-event-when = Date et horaires
new-event-date = Date (locale)
new-event-start = Début (heure locale)
new-event-end = Fin (heure locale ; une heure antérieure au début signifie le lendemain)
new-event-times-help = Laissez les deux horaires vides si l'heure n'est pas encore publiée : l'événement n'affiche alors que sa date.
new-event-time-zone = Fuseau horaire (IANA, p. ex. Asia/Tokyo)
new-event-venue = Adresse (pour un événement en présentiel)
new-event-online-url = Adresse en ligne (visible uniquement par les participants confirmés)
new-event-audience-public = Tout le monde
new-event-audience-network_members = Membres d'un réseau donné
new-event-audience-country = Personnes d'un pays donné
new-event-audience-invitation = Sur invitation uniquement
new-event-audience-value = Réseau ou pays (code ISO) du public
new-event-capacity = Places (vide : sans limite)
new-event-moderated = Les organisateurs approuvent chaque inscription
new-event-reminder = E-mail de rappel, en minutes avant le début (vide ou 0 : aucun)
new-event-submit = Créer l'événement
new-series-title = Nouvelle série
new-series-name = Nom de la série
new-series-submit = Créer la série
new-series-created = La série { $id } est créée : ajoutez-en maintenant les volets.
events-new = Nouvel événement

## Knowledge base (issue 4)
nav-practices = Pratiques
practices-title = Bonnes pratiques
practices-intro = Des cas rédigés par les villes elles-mêmes : ce qu'elles ont fait, ce que cela a résolu et ce que cela a coûté.
collections-title = Collections
practice-new = Nouvelle pratique
practices-q = Mots du titre
facet-domain = Domaine
facet-city = Ville
facet-year = Année de début
practices-count = { $count ->
    [0] Aucune pratique
    [one] Une pratique
   *[other] { $count } pratiques
}
practices-none = Aucune pratique ne correspond à ces filtres.
practice-draft = brouillon
practice-draft-note = Brouillon : seuls les éditeurs de la ville et les administrateurs le voient tant qu'il n'est pas publié.
practice-edit = Modifier la pratique
practice-publish = Publier
practice-unpublish = Repasser en brouillon
practice-published = La pratique est publiée.
practice-unpublished = La pratique est de nouveau un brouillon.
practice-city = Ville
practice-domain = Domaine
practice-sdgs = Objectifs de développement durable
practice-dates = Dates
practice-cost = Coût
practice-languages = Rédigée en
practice-problem = Le problème
practice-solution = La solution
practice-results = Les résultats
practice-not-documented = Pas encore documenté.
practice-partners = Partenaires
practice-contacts = Contacts
practice-events = Présentée lors de
practice-links = Liens
practice-in-collections = Dans les collections
practice-form-help = Renseignez ce que vous savez, dans autant de langues que possible ; laissez le reste vide (les pages indiqueront « Pas encore documenté »). Une nouvelle pratique reste un brouillon jusqu'à sa publication.
practice-field-title = Titre
practice-field-summary = Résumé
practice-field-problem = Le problème
practice-field-solution = La solution
practice-field-results = Les résultats
practice-started = Début (2020, 2020-03 ou 2020-03-10)
practice-ended = Fin
domain-efficient_government = Administration efficace
domain-emerging_technology = Technologies émergentes
domain-mobility = Mobilité
domain-open_inclusive_city = Ville ouverte et inclusive
domain-safe_city = Ville sûre
domain-sustainable_city = Ville durable
domain-health = Santé
collections-none = Aucune collection pour l'instant.
collection-feed = Suivre cette collection (flux Atom)
collection-empty = Rien n'est encore publié dans cette collection.
collection-date = Date
collection-measure = Mesure
collection-practice = Pratique
measure-testing = Dépistage
measure-tracing = Traçage des contacts
measure-citizen_information = Information des citoyens
measure-business_support = Soutien aux entreprises
measure-remote_services = Services à distance
measure-supplies = Approvisionnement
measure-other = Autre
event-practices = Pratiques présentées

## Search (issue 4)
nav-search = Recherche
search-title = Recherche
search-label = Mots, noms, lieux — dans n'importe laquelle des cinq langues
search-help = Une seule recherche dans l'annuaire, les événements, les lignes de transcription, les pratiques et les collections. Une ligne de transcription ouvre son enregistrement à ce moment précis.
search-count = { $count ->
    [0] Aucun résultat
    [one] Un résultat
   *[other] { $count } résultats
}
search-none = Aucun contenu public ne correspond à ces mots. Essayez avec moins de mots ou une autre orthographe.
search-facet-kind = Type
search-facet-lang = Langue
search-facet-country = Pays
search-facet-domain = Domaine
search-facet-year = Année
search-kind-organization = Organisation
search-kind-network = Réseau
search-kind-event = Événement
search-kind-cue = Ligne de transcription
search-kind-practice = Pratique
search-kind-collection = Collection

# Matchmaking: the catalogue of solutions and financing offers, a project's needs, ranked
# candidates with their reasons, interests, invitations and introductions.

nav-solutions = Solutions
matching-title = Mise en relation
matching-sections = Sections de la mise en relation
solutions-title = Solutions
offers-title = Offres de financement
inbox-title = Marques d'intérêt et invitations
search-kind-solution = Solution
search-kind-offer = Offre de financement
search-kind-need = Besoin
driver-tab-needs = Besoins

## The catalogue
solutions-intro = Ce que les entreprises proposent aux villes : chaque solution indique où elle est vendue, à quel prix, dans quelles langues et où elle a été déployée.
offers-intro = Ce que financent les agences de développement, les banques et les fonds : instrument, pays et domaines éligibles, montant des financements et conditions.
solution-new = Publier une solution
offer-new = Publier une offre de financement
catalogue-q = Mots
catalogue-any = Tous
catalogue-country = Pays couvert
solutions-count = { $count ->
    [one] { $count } solution
   *[other] { $count } solutions
}
offers-count = { $count ->
    [one] { $count } offre de financement
   *[other] { $count } offres de financement
}
solutions-none = Aucune solution n'a encore été publiée.
offers-none = Aucune offre de financement n'a encore été publiée.
catalogue-none-filtered = Rien ne correspond à ces filtres. Retirez-en un pour en voir davantage.
catalogue-serves = Zone couverte
offer-eligible = Zones éligibles :
served-more = { $count ->
    [one] {" "}et { $count } autre
   *[other] {" "}et { $count } autres
}
price-model-purchase = achat
price-model-subscription = abonnement
price-model-ppp = partenariat public-privé
instrument-grant = subvention
instrument-loan = prêt
instrument-guarantee = garantie
instrument-equity = prise de participation
solution-price = Prix
solution-price-on-request = prix sur demande
solution-languages = Langues prises en charge
solution-references = Déploiements
solution-references-none = Aucun déploiement indiqué pour l'instant.
reference-city = Ville
reference-year = Année
reference-results = Résultats
reference-practice = Bonne pratique
reference-case = Voir la bonne pratique
catalogue-edit = Modifier
catalogue-delete = Supprimer
offer-domains = Domaines
offer-every-domain = tous les domaines
offer-ticket = Montant des financements
offer-terms = Conditions

## The publishers' forms
catalogue-list-solutions = Solutions
catalogue-list-offers = Offres de financement
catalogue-new-solutions = Publier une solution
catalogue-new-offers = Publier une offre de financement
catalogue-edit-solutions = Modifier la solution
catalogue-edit-offers = Modifier l'offre de financement
catalogue-help-solutions = Une solution est publiée par une entreprise que vous pouvez modifier. Indiquez où elle est vendue (pays ou régions entières), sa fourchette de prix et ses langues : les villes situées hors des zones que vous couvrez ne la voient jamais dans leur classement.
catalogue-help-offers = Une offre est publiée par une organisation que vous pouvez modifier. Seuls les projets situés dans les pays ou régions indiqués, relevant des domaines cochés et dont le montant se situe dans la fourchette la voient dans leur classement.
catalogue-org-solutions = Entreprise (son identifiant)
catalogue-org-offers = Financeur (son identifiant)
catalogue-field-title = Titre
catalogue-field-description = Description
catalogue-field-countries = Pays (codes ISO, séparés par des virgules)
catalogue-field-regions = Régions (sous-régions de l'ONU)
catalogue-field-currency = Devise
offer-instrument = Instrument
offer-domains-help = Ne cochez rien pour couvrir tous les domaines.
offer-ticket-min = Montant minimal
offer-ticket-max = Montant maximal
solution-price-min = Prix à partir de
solution-price-max = Prix jusqu'à
solution-price-model = Modèle tarifaire
solution-languages-help = Codes ISO 639, par exemple en, id, vi, th, ko, ja, zh, fr.
solution-references-help = Un déploiement par ligne : identifiant de la ville | année | résultats | identifiant de la bonne pratique (les trois derniers champs peuvent rester vides).

## A project's needs
needs-title = Besoins
needs-intro = Ce que cherche le projet : une solution à déployer, une ville homologue dont s'inspirer, ou un financement. Chaque besoin classe ses candidats, raisons à l'appui.
needs-none = Ce projet n'a encore exprimé aucun besoin.
needs-see-candidates = Voir les candidats
needs-add = Ajouter un besoin
needs-suggested = Suggestions tirées du plan et du dossier d'investissement
needs-suggested-help = Les cas d'usage sans solution, une ville homologue dans le domaine du projet et les capitaux dont le dossier d'investissement a besoin.
needs-add-suggested = { $count ->
    [one] Ajouter cette suggestion
   *[other] Ajouter ces { $count } suggestions
}
needs-interests = Marques d'intérêt, invitations et mises en relation
needs-interests-help = Une marque d'intérêt ou une invitation acceptée devient une mise en relation : les deux parties ont reçu un e-mail, et elle reste consignée ici.
need-kind = Ce que cherche le projet
need-kind-solution = Une solution
need-kind-peer = Une ville homologue
need-kind-funding = Un financement
need-status = Statut
need-status-open = ouvert
need-status-closed = clos
need-funding = Financement
need-funding-help = Pour un besoin de financement uniquement : le montant recherché et, si vous le souhaitez, les instruments que vous acceptez.
need-amount = Montant recherché

## A need's candidates
candidates-title-solution = Solutions classées
candidates-title-peer = Villes homologues dont s'inspirer
candidates-title-funding = Offres de financement auxquelles le projet est éligible
candidates-help-solution = Seules les solutions vendues dans le pays du projet ou dans sa région sont listées ; le score tient compte de la correspondance du texte, du domaine, des déploiements à proximité et dans les réseaux de la ville, du prix par rapport au budget et des langues.
candidates-help-peer = Des villes ayant publié des bonnes pratiques ou terminé des projets dans le domaine du projet, les plus proches et les plus semblables en premier.
candidates-help-funding = Seules sont listées les offres dont le besoin remplit les critères de pays, de domaine, de montant et d'instrument.
candidates-count = { $count ->
    [0] Aucun candidat éligible
    [one] Un candidat éligible
   *[other] { $count } candidats éligibles
}
candidates-none = Aucun candidat ne remplit encore les critères d'éligibilité de ce besoin. Dès qu'une solution ou une offre qui les remplit est publiée, elle apparaît ici.
candidate-score = Score sur 100
candidate-invite = Inviter
interest-express = Manifester son intérêt
interest-express-help = Les responsables du projet reçoivent votre message et l'acceptent ou le refusent ; une marque d'intérêt acceptée vous met en relation par e-mail.
interest-send = Envoyer
interest-sent = Votre marque d'intérêt a été envoyée aux responsables du projet.
invitation-sent = L'invitation a été envoyée.
interest-yours = Vos marques d'intérêt et invitations
interest-need = Besoin
interest-candidate = Candidat
interest-from = À l'initiative de
interest-from-candidate = le candidat
interest-from-city = la ville
interest-status = Statut
interest-status-proposed = en attente de réponse
interest-status-accepted = mise en relation effectuée
interest-status-declined = refusée
interest-message = Message
interest-date = Date
interest-accept = Accepter
interest-decline = Refuser

## The inbox
inbox-intro = Les marques d'intérêt exprimées par vos organisations et les invitations que les villes leur ont envoyées. Acceptez une invitation pour être mis en relation.
inbox-none = Rien pour l'instant. Ouvrez un besoin depuis l'onglet Besoins d'un projet ou depuis la recherche pour manifester votre intérêt.
inbox-need-gone = (n'est plus visible)

## Reasons
reason-serves = zone couverte : { $place }
reason-domain = domaine : { $domain }
reason-any-domain = finance tous les domaines
reason-words-strong = sa description correspond étroitement au besoin
reason-words = sa description a des mots en commun avec le besoin
reason-references-near = { $count ->
    [one] un déploiement dans la zone du projet ({ $place })
   *[other] { $count } déploiements dans la zone du projet ({ $place })
}
reason-references-network = { $count ->
    [one] un déploiement dans une ville du réseau { $network }
   *[other] { $count } déploiements dans des villes du réseau { $network }
}
reason-price-fits = prix de { $price }, compatible avec le budget de { $budget }
reason-price-above = prix à partir de { $price }, au-dessus du budget de { $budget }
reason-price-on-request = prix sur demande
reason-speaks = disponible en { $languages }
reason-speaks-none = disponible dans aucune des langues de l'équipe ou du pays
reason-ticket-fits = { $amount } dans la fourchette de ses financements ({ $range })
reason-instrument = propose un financement sous forme de { $instrument }
reason-practices = { $count ->
    [one] une bonne pratique publiée ({ $domain })
   *[other] { $count } bonnes pratiques publiées ({ $domain })
}
reason-finished = { $count ->
    [one] un projet terminé dans le domaine
   *[other] { $count } projets terminés dans le domaine
}
reason-same-country = dans le même pays ({ $place })
reason-same-region = dans la même région ({ $place })
reason-distance = à { $count } km
reason-shared-network = également membre du réseau { $network }
reason-writes = rédige ses bonnes pratiques en { $languages }

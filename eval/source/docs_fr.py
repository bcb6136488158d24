# Documents en français : (clé, type, noms, titre, corps).  Rédigés pour ce jeu d'évaluation.
DOCS = [
    # --- pratiques ---
    ("dunkerque_bus", "practice", ["dunkerque"], "Le transport en commun gratuit à Dunkerque",
     "Depuis 2018, le réseau de bus de l'agglomération de Dunkerque est gratuit pour tous, tous les jours. "
     "La fréquentation a fortement augmenté, surtout le week-end, et une partie des nouveaux voyageurs "
     "laissait auparavant sa voiture au garage moins souvent. Le coût est couvert par le versement mobilité "
     "des employeurs."),
    ("montpellier_gratuit", "practice", [], "Un réseau gratuit pour les habitants de la métropole",
     "À Montpellier, le tramway et le bus sont devenus gratuits pour les habitants de la métropole munis "
     "d'un titre nominatif. La collectivité veut rendre le transport public plus attractif que la voiture "
     "et soutenir le pouvoir d'achat des ménages."),
    ("paris_budget", "practice", ["paris"], "Le budget participatif de Paris",
     "Chaque année, une part du budget d'investissement de Paris est confiée aux habitants : les citoyens "
     "déposent des projets, les services vérifient leur faisabilité, puis tout le monde peut voter, en "
     "ligne ou dans les mairies. Jardins partagés, fontaines et rues végétalisées ont ainsi été financés."),
    ("grenoble_assemblee", "practice", ["grenoble"], "Une assemblée citoyenne tirée au sort à Grenoble",
     "Grenoble a réuni une assemblée de citoyennes et de citoyens tirés au sort pour donner un avis sur la "
     "politique de la ville en matière de climat et de logement. Les habitants peuvent aussi lancer une "
     "interpellation citoyenne lorsqu'une pétition recueille assez de signatures."),
    ("rennes_opendata", "practice", ["rennes"], "Rennes, pionnière des données ouvertes",
     "Rennes a été l'une des premières villes françaises à publier ses données en licence ouverte : horaires "
     "des bus et du métro, disponibilité des vélos, équipements publics. Des concours ont encouragé les "
     "développeurs locaux à créer des applications à partir de ces jeux de données."),
    ("bordeaux_velo", "practice", ["bordeaux"], "Des pistes cyclables continues à Bordeaux",
     "La métropole de Bordeaux a relié ses pistes cyclables en un réseau continu qui traverse la Garonne "
     "et rejoint les communes voisines. Des compteurs installés sur les principaux axes publient chaque jour "
     "le nombre de passages de vélos."),
    ("lyon_chaleur", "practice", ["lyon"], "Le chauffage urbain de la métropole de Lyon",
     "Plusieurs quartiers de Lyon sont chauffés par un réseau de chaleur alimenté par l'incinération des "
     "déchets ménagers et par des chaufferies au bois. Son extension permet à des milliers de logements "
     "d'abandonner le fioul et le gaz."),
    ("lyon_telecons", "practice", ["lyon"], "Téléconsultation dans les maisons de santé",
     "Dans la métropole de Lyon, des maisons de santé de quartier proposent des cabines de téléconsultation "
     "où un infirmier accompagne le patient pendant l'échange vidéo avec un médecin. Le dispositif répond au "
     "manque de médecins généralistes dans certains quartiers."),
    ("nice_video", "practice", ["nice"], "Vidéoprotection et centre de supervision à Nice",
     "Nice dispose d'un réseau dense de caméras reliées à un centre de supervision urbain ouvert jour et "
     "nuit. La ville y associe des capteurs de bruit et des alertes en cas d'inondation, ce qui suscite un "
     "débat sur la protection de la vie privée."),
    ("marseille_eau", "practice", ["marseille"], "Surveiller la qualité des eaux de baignade à Marseille",
     "Marseille publie chaque jour la qualité de l'eau de ses plages à partir de prélèvements et de "
     "modèles de prévision. En cas d'orage, les plages concernées sont fermées préventivement et "
     "l'information est affichée sur place et en ligne."),
    ("lille_demarches", "practice", ["lille"], "Les démarches administratives en ligne à Lille",
     "Inscription à la cantine, demande d'acte de naissance, prise de rendez-vous pour une carte d'identité : "
     "Lille a regroupé ses démarches sur un portail unique. Des médiateurs numériques aident dans les "
     "mairies de quartier les personnes peu à l'aise avec internet."),
    ("paris_depistage", "practice", ["paris"], "Dépistage gratuit en pharmacie et sous barnum",
     "Pendant l'épidémie, Paris a installé des barnums de dépistage sur les places et dans les gares, en "
     "plus des tests antigéniques réalisés en pharmacie. Les résultats arrivaient en quinze minutes, ce qui "
     "permettait d'isoler rapidement les personnes positives."),
    ("paris_velib", "practice", ["paris"], "Les données des vélos en libre-service",
     "L'état de chaque station de vélos en libre-service de la métropole parisienne, nombre de vélos et de "
     "places libres, est publié en temps réel sous forme de données ouvertes. Les applications de "
     "calcul d'itinéraire s'en servent pour proposer des trajets combinés."),
    ("seoul_depistage", "practice", ["seoul"], "Les stations de dépistage au volant de Séoul",
     "Au début de l'épidémie de 2020, Séoul a ouvert des stations où l'on se faisait tester sans descendre "
     "de sa voiture. Le prélèvement prenait quelques minutes et le résultat arrivait par SMS le lendemain. "
     "Le modèle a ensuite été repris par de nombreuses villes dans le monde."),
    ("sg_jumeau", "practice", ["singapore"], "Le jumeau numérique de Singapour",
     "Singapour a construit une maquette numérique en trois dimensions de tout son territoire. Les "
     "urbanistes s'en servent pour simuler l'ombre des tours, la circulation de l'air ou l'installation de "
     "panneaux solaires avant de lancer les travaux."),
    ("hanoi_riz", "practice", ["hanoi"], "Hanoï : des distributeurs de riz et de masques",
     "Pendant le confinement, des distributeurs automatiques installés à Hanoï offraient du riz aux familles "
     "en difficulté, puis des masques en tissu. L'initiative, financée par des dons, a été reprise dans "
     "d'autres villes du Vietnam."),
    ("pekin_codesante", "practice", ["beijing"], "Le code santé à Pékin",
     "À Pékin, chaque habitant devait présenter sur son téléphone un code couleur pour entrer dans un "
     "immeuble, un magasin ou le métro. Ce traçage des contacts à grande échelle a permis de circonscrire des "
     "foyers rapidement, au prix d'une surveillance très poussée."),
    ("jakarta_capitale", "practice", ["jakarta"], "L'Indonésie déplace sa capitale",
     "Jakarta s'enfonce de plusieurs centimètres par an et souffre d'inondations récurrentes. Le "
     "gouvernement indonésien a donc décidé de transférer la capitale vers une ville nouvelle à Bornéo, "
     "tandis que Jakarta reste le centre économique du pays."),
    ("dakar_dechets", "practice", ["dakar"], "La collecte des déchets par tricycles à Dakar",
     "Dans les quartiers aux rues étroites de Dakar, des tricycles motorisés ramassent les ordures "
     "ménagères et les amènent à des points de regroupement. Une application permet aux habitants de "
     "signaler les dépôts sauvages."),
    ("montreal_defi", "practice", ["montreal"], "Montréal et la mobilité intégrée",
     "Montréal expérimente un compte unique qui donne accès au métro, au bus, au vélo en libre-service et à "
     "l'autopartage. Les données de déplacement anonymisées servent à ajuster l'offre de transport dans les "
     "quartiers mal desservis."),
    ("strasbourg_masques", "practice", [], "Des masques en tissu cousus par les habitants",
     "Au printemps 2020, faute de stocks, plusieurs communes d'Alsace ont organisé des ateliers où des "
     "bénévoles cousaient des masques en tissu, ensuite distribués gratuitement aux habitants âgés."),
    ("bordeaux_energie", "practice", ["bordeaux"], "Des panneaux solaires sur les toits des écoles",
     "La ville de Bordeaux installe des panneaux photovoltaïques sur les toits des écoles et des gymnases. "
     "L'électricité produite est en partie consommée sur place, et les élèves suivent la production sur un "
     "écran dans le hall."),
    ("lyon_tracage", "practice", ["lyon"], "Les brigades sanitaires et le suivi des cas contacts",
     "En 2020, l'assurance maladie a créé des équipes chargées d'appeler chaque personne testée positive "
     "pour établir la liste de ses cas contacts. À Lyon, des étudiants en médecine ont renforcé ces équipes "
     "pendant les pics épidémiques."),
    ("grenoble_pub", "practice", ["grenoble"], "Une ville sans panneaux publicitaires",
     "Grenoble a retiré les panneaux publicitaires de ses rues et les a remplacés par des arbres et des "
     "panneaux d'information associative. La ville a été la première grande ville européenne à le faire."),
    # --- événements ---
    ("ev_webinaire_pandemie", "event", ["wego"], "Webinaire : les villes face à la pandémie",
     "Dans ce webinaire, des villes membres du réseau WeGO présentent leurs réponses à la pandémie : "
     "dépistage, suivi des contacts, distribution de masques et services publics à distance. Interprétation "
     "simultanée en français, anglais et coréen."),
    ("ev_aimf_forum", "event", ["aimf"], "Forum des maires francophones sur la ville numérique",
     "L'Association internationale des maires francophones réunit des élus d'Afrique, d'Europe et d'Asie "
     "pour échanger sur l'état civil numérique, les paiements en ligne et la formation des agents "
     "municipaux."),
    ("ev_lyon_rencontre", "event", ["wego", "lyon"], "Rencontre européenne des villes membres à Lyon",
     "La ville de Lyon accueille la rencontre annuelle des villes membres européennes de WeGO. Au "
     "programme : ateliers sur la sobriété énergétique, visite du quartier de la Confluence et dîner avec "
     "les entreprises partenaires."),
    ("ev_atelier_donnees", "event", ["lumiere"], "Atelier : ouvrir les données d'une collectivité",
     "Un atelier pratique pour les agents territoriaux : choisir une licence, préparer un jeu de données, "
     "le publier et le tenir à jour. Animé par l'équipe de Lumière Data."),
    ("ev_mobilite_douce", "event", [], "Conférence : la mobilité douce dans les villes moyennes",
     "Comment développer la marche et le vélo dans une ville de cinquante mille habitants ? Élus et "
     "techniciens comparent les aménagements, les coûts et les résultats observés."),
    ("ev_montreal_sommet", "event", ["montreal"], "Sommet de la ville intelligente de Montréal",
     "Trois jours de conférences à Montréal sur l'intelligence artificielle au service des villes, la "
     "participation citoyenne et l'éthique des données urbaines."),
    ("ev_assemblee_wego", "event", ["wego"], "Assemblée générale de WeGO",
     "Tous les deux ans, l'assemblée générale réunit les villes membres de l'organisation. Elle élit le "
     "comité exécutif, adopte le programme de travail et admet de nouvelles villes adhérentes."),
    ("ev_dechets_webinaire", "event", ["wego"], "Webinaire : réduire et valoriser les déchets",
     "Tri à la source, compostage, consigne des emballages : ce webinaire présente des expériences de "
     "gestion des déchets menées par des villes d'Asie et d'Europe, avec une séance de questions."),
    ("ev_dakar_atelier", "event", ["dakar", "aimf"], "Atelier à Dakar sur l'état civil numérique",
     "Un atelier de trois jours à Dakar consacré à la numérisation des registres d'état civil et à la "
     "délivrance d'actes de naissance en ligne."),
    ("ev_paris_jo", "event", ["paris"], "Table ronde : les transports pendant les grands événements",
     "Comment faire circuler des centaines de milliers de visiteurs sans paralyser la ville ? Retour "
     "d'expérience de Paris sur l'organisation des transports publics lors des grandes compétitions "
     "sportives."),
    ("ev_singapour_visite", "event", ["singapore"], "Voyage d'étude à Singapour",
     "Une délégation d'élus français visite Singapour pour découvrir la gestion de l'eau, le péage urbain "
     "et la planification du logement public."),
    # --- transcriptions ---
    ("cue_seoul", "cue", ["seoul"], "Transcription, webinaire sur la pandémie, 00:14:20",
     "Alors, à Séoul, ce qui nous a frappés, c'est la vitesse : en deux semaines, les stations au volant "
     "étaient partout."),
    ("cue_dunkerque", "cue", ["dunkerque"], "Transcription, conférence mobilité douce, 00:22:05",
     "Quand on a rendu le bus gratuit, franchement, on ne pensait pas que les jeunes le prendraient autant "
     "le samedi soir."),
    ("cue_citoyens", "cue", ["grenoble"], "Transcription, sommet de Montréal, 00:35:47",
     "Il faut que les citoyens sentent que leur avis compte vraiment, sinon ils ne reviennent pas à la "
     "deuxième réunion."),
    ("cue_donnees", "cue", ["rennes"], "Transcription, atelier données ouvertes, 00:08:12",
     "Nos premières données, c'était les horaires de bus, tout simplement, et c'est encore le jeu le plus "
     "téléchargé."),
    ("cue_masques", "cue", [], "Transcription, webinaire sur la pandémie, 00:41:30",
     "On a reçu les masques un vendredi soir, et le samedi matin les bénévoles faisaient déjà la "
     "distribution devant la mairie."),
    ("cue_questions", "cue", [], "Transcription, webinaire sur les déchets, 01:02:10",
     "Merci beaucoup. Il nous reste cinq minutes, je prends une dernière question dans la discussion."),
    ("cue_hanoi", "cue", ["hanoi"], "Transcription, webinaire sur la pandémie, 00:47:55",
     "À Hanoï, les distributeurs ont commencé avec le riz, et puis on s'est dit : pourquoi pas les "
     "masques ?"),
    ("cue_lyon", "cue", ["lyon"], "Transcription, rencontre européenne à Lyon, 00:05:03",
     "Bienvenue à Lyon à toutes et à tous, et merci d'être venus si nombreux malgré les grèves."),
    ("cue_velo", "cue", ["bordeaux"], "Transcription, conférence mobilité douce, 00:31:18",
     "Une piste cyclable qui s'arrête au milieu d'un carrefour, ça ne sert à rien, il faut que ce soit "
     "continu."),
    ("cue_pekin", "cue", ["beijing"], "Transcription, webinaire sur la pandémie, 00:53:40",
     "À Pékin, sans le code vert sur le téléphone, on ne pouvait même pas entrer au supermarché."),
    # --- organisations ---
    ("org_paris", "organization", ["paris"], "Ville de Paris",
     "La collectivité qui administre Paris, capitale de la France, à la fois commune et département. Elle "
     "compte un peu plus de deux millions d'habitants et vingt arrondissements."),
    ("org_lyon", "organization", ["lyon"], "Métropole de Lyon",
     "Collectivité territoriale qui regroupe Lyon et une cinquantaine de communes voisines. Elle gère les "
     "transports, la voirie, l'eau, les déchets et l'action sociale."),
    ("org_mte", "organization", ["mte"], "Ministère de la Transition écologique",
     "Le ministère français chargé de l'environnement, de l'énergie, du climat et des transports. Il "
     "finance des appels à projets pour les territoires qui innovent en matière de mobilité et de "
     "rénovation énergétique."),
    ("org_aimf", "organization", ["aimf"], "Association internationale des maires francophones",
     "Un réseau de villes francophones créé en 1979. Il soutient ses villes membres par des projets de "
     "coopération, notamment pour l'état civil, l'eau et l'assainissement."),
    ("org_lumiere", "organization", ["lumiere"], "Lumière Data",
     "Une entreprise lyonnaise qui aide les collectivités à publier des données ouvertes et à construire "
     "des tableaux de bord sur l'énergie et la mobilité."),
    ("org_montreal", "organization", ["montreal"], "Ville de Montréal",
     "La plus grande ville du Québec. Son laboratoire d'innovation urbaine mène des projets sur la mobilité, "
     "les données et la participation des citoyens."),
    ("org_dakar", "organization", ["dakar"], "Ville de Dakar",
     "La commune de Dakar, capitale du Sénégal, située sur la presqu'île du Cap-Vert. Ville membre de "
     "l'AIMF et de plusieurs réseaux de villes africaines."),
    ("org_wego_fr", "organization", ["wego"], "WeGO, l'organisation mondiale des villes intelligentes",
     "Une organisation internationale qui réunit des villes, des institutions et des entreprises autour de "
     "la ville intelligente et durable. Son secrétariat est installé à Séoul."),
    ("org_dunkerque", "organization", ["dunkerque"], "Communauté urbaine de Dunkerque",
     "Intercommunalité du littoral du Nord, connue pour son réseau de bus gratuit et ses industries "
     "portuaires en transition vers l'hydrogène."),
    ("org_rennes", "organization", ["rennes"], "Rennes Métropole",
     "Une métropole de l'ouest de la France qui ouvre ses données publiques depuis 2010 et développe un "
     "service public de la donnée avec ses communes membres."),
    ("org_ascn_fr", "organization", ["ascn"], "Réseau des villes intelligentes de l'ASEAN",
     "Un réseau de vingt-six villes pilotes d'Asie du Sud-Est, créé en 2018, qui coopèrent sur le "
     "développement urbain durable et les services numériques."),
    # --- compléments ---
    ("pekin_air", "practice", ["beijing"], "Pékin et la lutte contre la pollution de l'air",
     "Pour réduire le smog, Pékin a remplacé le chauffage au charbon de nombreux villages de sa périphérie "
     "par des pompes à chaleur et du gaz, et limite la circulation des véhicules les plus polluants. Un "
     "réseau de capteurs publie la qualité de l'air quartier par quartier."),
    ("lille_metro", "practice", ["lille"], "Le métro automatique de Lille",
     "Lille a mis en service dès 1983 un métro entièrement automatique, sans conducteur. Ce mode de "
     "transport permet des rames très fréquentes aux heures de pointe et a inspiré de nombreux réseaux dans "
     "le monde."),
    ("tokyo_teletravail", "practice", ["tokyo"], "Tokyo encourage le télétravail",
     "Pour désengorger les trains de banlieue pendant l'épidémie, la métropole de Tokyo a subventionné "
     "l'équipement des petites entreprises en ordinateurs portables et en outils de visioconférence."),
    ("cue_citoyenne", "cue", ["paris"], "Transcription, table ronde sur le budget participatif, 00:16:44",
     "En tant que citoyenne, moi, je voulais juste savoir où passait l'argent de mon quartier, c'est tout."),
    # --- jeu plus difficile (2026-12-07) ---
    ("lyon_velov", "practice", ["lyon"], "Vélo'v, les vélos en libre-service de la métropole de Lyon",
     "Lancé en 2005, Vélo'v compte aujourd'hui plus de quatre cents stations dans la métropole de Lyon. "
     "Les abonnés décrochent un vélo avec leur carte ou leur téléphone et le reposent dans n'importe "
     "quelle station ; la première demi-heure est gratuite. Une partie de la flotte est désormais à "
     "assistance électrique, ce qui a attiré de nouveaux usagers sur les pentes de la Croix-Rousse."),
    ("paris_trottinettes", "practice", ["paris"], "Paris dit non aux trottinettes en libre-service",
     "Consultés en avril 2023, près de neuf votants sur dix se sont prononcés contre les trottinettes "
     "électriques en libre-service. Les trois opérateurs ont retiré leurs quinze mille engins des rues à "
     "la fin de l'été. Les trottinettes personnelles restent autorisées, et la Ville a multiplié les "
     "places de stationnement réservées aux deux-roues."),
    ("paris_seine", "practice", ["paris"], "Paris se prépare à une crue centennale de la Seine",
     "Si la Seine montait comme en 1910, une partie des quais, des lignes de métro et des caves resterait "
     "sous l'eau pendant des semaines. La Ville et la préfecture de police organisent des exercices, les "
     "musées ont mis leurs réserves à l'abri, et des lacs-réservoirs en amont retiennent une partie du "
     "débit. Une carte en ligne montre, rue par rue, jusqu'où l'eau pourrait monter."),
    ("canicule_paris", "practice", ["paris"], "Le registre canicule des personnes âgées et isolées",
     "Les Parisiens de plus de 65 ans ou en situation de handicap peuvent s'inscrire sur un registre "
     "municipal. Pendant une alerte canicule, des agents les appellent chaque jour, leur rappellent de "
     "boire et de se rafraîchir, et envoient quelqu'un sur place si personne ne répond. Des salles "
     "rafraîchies sont ouvertes dans les mairies d'arrondissement et certains parcs restent ouverts la nuit."),
    ("paris_oasis", "practice", ["paris"], "Des cours d'école transformées en îlots de fraîcheur",
     "Paris remplace le bitume de ses cours d'école par de la terre, des arbres, des fontaines et des "
     "revêtements clairs. Ces cours « oasis » sont nettement plus fraîches l'après-midi en été, et "
     "certaines ouvrent le samedi aux habitants du quartier. Le programme doit s'étendre à toutes les "
     "écoles de la ville."),
    ("montreal_ruelles", "practice", ["montreal"], "Les ruelles vertes de Montréal",
     "Dans de nombreux arrondissements de Montréal, les riverains retirent l'asphalte des ruelles pour y "
     "planter des arbres, des vivaces et des potagers, avec l'aide de la ville. En été, ces ruelles "
     "restent plus fraîches que les rues voisines, les enfants y jouent à l'abri des voitures et les "
     "voisins apprennent à se connaître."),
    ("lyon_bus_covid", "practice", ["lyon"], "Les bus lyonnais pendant le confinement",
     "Au printemps 2020, le réseau TCL a continué à rouler avec un service réduit, calqué sur celui des "
     "vacances, pour transporter les soignants et les salariés indispensables. On montait par la porte "
     "arrière, la vente de tickets à bord était suspendue et le port du masque est devenu obligatoire en "
     "mai. Les véhicules étaient désinfectés chaque nuit, et les passages renforcés aux heures de "
     "relève des équipes des hôpitaux."),
    ("lille_collecte", "practice", ["lille"], "Des capteurs dans les conteneurs de la métropole lilloise",
     "La métropole de Lille a équipé ses conteneurs à verre et à emballages de capteurs qui mesurent leur "
     "taux de remplissage. Les camions de collecte ne passent plus selon un calendrier fixe mais quand un "
     "conteneur approche du plein, ce qui évite les débordements sur les trottoirs. Les habitants peuvent "
     "signaler un conteneur plein depuis l'application de la métropole."),
    ("ev_chaleur_webinaire", "event", [], "Webinaire : adapter la ville aux vagues de chaleur",
     "Îlots de fraîcheur, végétalisation des cours d'école, registres des personnes fragiles, horaires "
     "de travail décalés : des élus et des techniciens de villes françaises et étrangères présentent "
     "leurs plans contre les fortes chaleurs. Séance de questions en fin de webinaire."),
    ("cue_chaleur_micro", "cue", [], "Transcription, webinaire sur les vagues de chaleur, 00:02:48",
     "Madame Roux, votre micro est coupé, on ne vous entend pas. Voilà, c'est mieux."),
    ("cue_chaleur_ecran", "cue", [], "Transcription, webinaire sur les vagues de chaleur, 00:06:15",
     "Est-ce que vous voyez bien mon écran ? Attendez, je passe en mode diaporama."),
    ("cue_chaleur_cours", "cue", ["paris"], "Transcription, webinaire sur les vagues de chaleur, 00:24:30",
     "Les cours oasis, on les a ouvertes le samedi pendant la canicule, et elles étaient pleines de "
     "familles du quartier."),
    ("cue_chaleur_merci", "cue", [], "Transcription, webinaire sur les vagues de chaleur, 01:05:12",
     "Merci à toutes et à tous. Les diapositives vous seront envoyées par courriel dans la semaine."),
    ("org_agence_estuaire", "organization", ["agence_estuaire"],
     "Agence de l'énergie et de l'habitat du Pays d'Estuaire",
     "Une association créée par les communes du Pays d'Estuaire pour le conseil aux habitants en matière "
     "d'isolation de l'habitat, d'économies d'énergie et d'aides à la rénovation. L'agence accompagne "
     "aussi les bailleurs sociaux dans la rénovation de leur parc de logements et anime l'observatoire "
     "local de l'énergie et du climat."),
    ("org_observatoire", "organization", ["ofdcl"],
     "Observatoire de la fiscalité et de la dette des collectivités locales",
     "Un centre d'études indépendant qui suit l'évolution de la dette des communes, de la fiscalité "
     "locale et des dotations de l'État. Il publie chaque année un rapport sur la situation financière "
     "des départements et des régions, et une note de conjoncture à l'approche du vote des budgets."),
]

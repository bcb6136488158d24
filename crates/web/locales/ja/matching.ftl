# Matchmaking: the catalogue of solutions and financing offers, a project's needs, ranked
# candidates with their reasons, interests, invitations and introductions.

nav-solutions = Solutions
matching-title = Matchmaking
matching-sections = Matchmaking sections
solutions-title = Solutions
offers-title = Financing offers
inbox-title = Interests and invitations
search-kind-solution = Solution
search-kind-offer = Financing offer
search-kind-need = Need
driver-tab-needs = Needs

## The catalogue
solutions-intro = What companies offer to cities: each solution says where it is sold, at what price, in which languages, and where it has been deployed.
offers-intro = What development agencies, banks and funds finance: instrument, eligible countries and domains, ticket size and terms.
solution-new = Publish a solution
offer-new = Publish a financing offer
catalogue-q = Words
catalogue-any = Any
catalogue-country = Available in
solutions-count = { $count ->
    [one] One solution
   *[other] { $count } solutions
}
offers-count = { $count ->
    [one] One financing offer
   *[other] { $count } financing offers
}
solutions-none = No solution has been published yet.
offers-none = No financing offer has been published yet.
catalogue-none-filtered = Nothing matches these filters. Remove one to see more.
catalogue-serves = Serves
offer-eligible = Eligible:
served-more = { $count ->
    [one] {" "}and one more
   *[other] {" "}and { $count } more
}
price-model-purchase = purchase
price-model-subscription = subscription
price-model-ppp = public–private partnership
instrument-grant = grant
instrument-loan = loan
instrument-guarantee = guarantee
instrument-equity = equity
solution-price = Price
solution-price-on-request = price on request
solution-languages = Languages supported
solution-references = Deployments
solution-references-none = No deployment listed yet.
reference-city = City
reference-year = Year
reference-results = Results
reference-practice = Best practice
reference-case = Read the case
catalogue-edit = Edit
catalogue-delete = Delete
offer-domains = Domains
offer-every-domain = every domain
offer-ticket = Ticket size
offer-terms = Terms

## The publishers' forms
catalogue-list-solutions = Solutions
catalogue-list-offers = Financing offers
catalogue-new-solutions = Publish a solution
catalogue-new-offers = Publish a financing offer
catalogue-edit-solutions = Edit the solution
catalogue-edit-offers = Edit the financing offer
catalogue-help-solutions = A solution is published by a company you edit. Say where it is sold (countries, or whole regions), its price range and languages: cities outside the places you serve never see it ranked.
catalogue-help-offers = An offer is published by an organization you edit. Only projects in the countries or regions you name, in the domains you tick, and within the ticket range, see it ranked.
catalogue-org-solutions = Company (its identifier)
catalogue-org-offers = Financier (its identifier)
catalogue-field-title = Title
catalogue-field-description = Description
catalogue-field-countries = Countries (ISO codes, separated by commas)
catalogue-field-regions = Regions (UN sub-regions)
catalogue-field-currency = Currency
offer-instrument = Instrument
offer-domains-help = Tick none for every domain.
offer-ticket-min = Smallest ticket
offer-ticket-max = Largest ticket
solution-price-min = Price from
solution-price-max = Price up to
solution-price-model = Price model
solution-languages-help = ISO 639 codes, for example en, id, vi, th, ko, ja, zh, fr.
solution-references-help = One deployment a line: city identifier | year | results | best-practice case identifier (the last three may be left empty).

## A project's needs
needs-title = Needs
needs-intro = What the project seeks: a solution to deploy, a peer city to learn from, or funding. Each need ranks its candidates, with the reasons.
needs-none = This project has stated no need yet.
needs-see-candidates = See the candidates
needs-add = Add a need
needs-suggested = Suggested from the plan and the business case
needs-suggested-help = Use cases without a solution, a peer in the project's domain, and the capital the business case needs.
needs-add-suggested = { $count ->
    [one] Add this suggestion
   *[other] Add these { $count } suggestions
}
needs-interests = Interests, invitations and introductions
needs-interests-help = An accepted interest or invitation is an introduction: both sides have been e-mailed, and it stays on record here.
need-kind = What the project seeks
need-kind-solution = A solution
need-kind-peer = A peer city
need-kind-funding = Funding
need-status = Status
need-status-open = open
need-status-closed = closed
need-funding = Funding
need-funding-help = For a funding need only: the amount sought and, if you wish, the instruments you accept.
need-amount = Amount sought

## A need's candidates
candidates-title-solution = Ranked solutions
candidates-title-peer = Peer cities to learn from
candidates-title-funding = Financing offers the project is eligible for
candidates-help-solution = Only solutions sold in the project's country or its region are listed; the score weighs how well the text matches, the domain, deployments nearby and in the city's networks, the price against the budget and the languages.
candidates-help-peer = Cities with published best practices or finished projects in the project's domain, nearer and more alike first.
candidates-help-funding = Only offers whose countries, domains, ticket size and instrument the need meets are listed.
candidates-count = { $count ->
    [0] No eligible candidate
    [one] One eligible candidate
   *[other] { $count } eligible candidates
}
candidates-none = No candidate meets this need's eligibility yet. When a solution or an offer that does is published, it appears here.
candidate-score = Score out of 100
candidate-invite = Invite
interest-express = Express interest
interest-express-help = The project's owners receive your message and accept or decline; an accepted interest introduces you by e-mail.
interest-send = Send
interest-sent = Your interest has been sent to the project's owners.
invitation-sent = The invitation has been sent.
interest-yours = Your interests and invitations
interest-need = Need
interest-candidate = Candidate
interest-from = Begun by
interest-from-candidate = the candidate
interest-from-city = the city
interest-status = Status
interest-status-proposed = waiting for an answer
interest-status-accepted = introduced
interest-status-declined = declined
interest-message = Message
interest-date = Date
interest-accept = Accept
interest-decline = Decline

## The inbox
inbox-intro = The interests your organizations expressed and the invitations cities sent them. Accept an invitation to be introduced.
inbox-none = Nothing yet. Open a need from a project's Needs tab or from the search to express interest.
inbox-need-gone = (no longer visible)

## Reasons
reason-serves = serves { $place }
reason-domain = in { $domain }
reason-any-domain = finances every domain
reason-words-strong = its description matches the need closely
reason-words = its description shares words with the need
reason-references-near = { $count ->
    [one] one deployment in { $place }
   *[other] { $count } deployments in { $place }
}
reason-references-network = { $count ->
    [one] one deployment in a city of { $network }
   *[other] { $count } deployments in cities of { $network }
}
reason-price-fits = price { $price } fits the budget of { $budget }
reason-price-above = price from { $price }, above the budget of { $budget }
reason-price-on-request = price on request
reason-speaks = speaks { $languages }
reason-speaks-none = speaks none of the team's or the country's languages
reason-ticket-fits = { $amount } is within its tickets of { $range }
reason-instrument = offers a { $instrument }
reason-practices = { $count ->
    [one] one published best practice in { $domain }
   *[other] { $count } published best practices in { $domain }
}
reason-finished = { $count ->
    [one] one finished project in the domain
   *[other] { $count } finished projects in the domain
}
reason-same-country = also in { $place }
reason-same-region = also in { $place }
reason-distance = { $count } km away
reason-shared-network = also a member of { $network }
reason-writes = writes its cases in { $languages }

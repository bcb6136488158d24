# citydriver UI strings. Keys are shared by all five languages; see docs/ARCHITECTURE.md.

## Site
site-name = citydriver
site-tagline = The platform a network of cities runs on
nav-home = Home
nav-directory = Directory
nav-networks = Networks
nav-map = Map
nav-admin = Administration
nav-account = My account
nav-login = Sign in
nav-logout = Sign out
nav-language = Language
skip-to-content = Skip to content
footer-about = citydriver helps cities plan, finance and deploy smart city projects with partners found in their networks.
footer-api = JSON API and its OpenAPI document

## Home
home-title = Cities learning from each other
home-intro = The directory of the network: member cities, companies, institutions, ministries and agencies, the networks they belong to, and where they are.
home-networks = Networks
home-organizations = { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}
home-members = { $count ->
    [one] { $count } membership
   *[other] { $count } memberships
}
home-open-directory = Open the directory
home-open-map = See the members on the map

## Directory
directory-title = Directory
directory-filter = Filter
directory-filter-kind = Kind
directory-filter-country = Country
directory-filter-network = Network
directory-filter-role = Role
directory-filter-q = Name contains
directory-any = Any
directory-apply = Apply
directory-clear = Clear filters
directory-results = { $count ->
    [0] No organization matches these filters.
    [one] One organization
   *[other] { $count } organizations
}
directory-empty = No organization matches these filters. Try removing one.
col-name = Name
col-kind = Kind
col-country = Country
col-region = Region
col-network = Network
col-role = Role
col-since = Since
col-until = Until
col-organization = Organization
col-position = Position
col-when = When
col-who = Who
col-action = Action
col-target = Target
col-outcome = Outcome
col-details = Details
page-prev = Previous
page-next = Next
page-of = Page { $page } of { $pages }

## Organization
org-kind = Kind
org-country = Country
org-region = Region
org-coordinates = Coordinates
org-website = Website
org-description = About
org-names = Names in other languages
org-memberships = Networks
org-no-memberships = No network membership is recorded for this organization.
org-people = People
org-no-people = No one is listed for this organization.
org-edit = Edit this organization
org-new = Add an organization
org-id = Identifier
org-id-help = Lowercase letters, digits and hyphens; made from the English name when left empty. It cannot be changed later.
org-saved = Saved.
org-created = Organization added.
org-email-private = E-mail (visible to editors only)
org-person-add = Add a person
org-person-name = Name
org-person-position = Position
org-person-as-of = As of (year, year-month or date)
org-person-remove = Remove
unknown = unknown
not-published = not published
fallback-note = Not available in your language: shown in { $lang }.
as-of = as of { $date }

## Kinds
kind-local_government = Local government
kind-company = Company
kind-institution = Institution
kind-ministry = Ministry
kind-development_agency = Development agency
kind-academia = Academia
kind-ngo = NGO
kind-network_secretariat = Network secretariat

## Roles
role-founding_member = Founding member
role-member = Member
role-partner = Partner
role-observer = Observer
role-pilot_city = Pilot city
role-secretariat = Secretariat
role-regional_office = Regional office

## Networks
networks-title = Networks
network-scope = Scope
network-status = Status
network-founded = Founded
network-parent = Part of
network-secretariat = Secretariat
network-sub-networks = Networks within it
network-members = Members
network-no-members = This network has no recorded members yet.
network-on-map = Show these members on the map
network-relation-sub_network = Sub-network of { $parent }
network-relation-partner_network = Partner network of { $parent }
network-new = Add a network
network-relation = Relation to the parent network
network-relation-none = None
relation-sub_network = Sub-network
relation-partner_network = Partner network
network-member-add = Add a member
network-member-org = Organization identifier
network-member-remove = Remove
scope-global = Global
scope-regional = Regional
scope-subregional = Sub-regional
scope-national = National
status-active = Active
status-forming = Being founded

## Map
map-title = Map of members
map-all = All organizations
map-count = { $count ->
    [one] One organization with known coordinates
   *[other] { $count } organizations with known coordinates
}
map-missing = { $count ->
    [0] Every organization shown has coordinates.
    [one] One organization has no known coordinates and is not drawn.
   *[other] { $count } organizations have no known coordinates and are not drawn.
}
map-credit = Land outlines: Natural Earth (public domain). Drawn here, no map server involved.
map-show = Show
map-by-country = Too many to draw one by one: each circle is a country, sized by how many organizations it has. A circle or a line of the list opens them in the directory.
map-country-count = { $count ->
    [one] one organization
   *[other] { $count } organizations
}

## Accounts
login-title = Sign in
login-email = E-mail
login-password = Password
login-submit = Sign in
login-failed = The e-mail or the password is wrong.
login-throttled = Too many failed sign-ins for this account or from this address. Try again in { $seconds } seconds.
logout-submit = Sign out
signup-title = Create your account
signup-invited-as = You were invited as { $role }.
signup-editor-of = You will edit { $org }.
signup-name = Your name
signup-password-help = At least 10 characters.
signup-submit = Create my account
signup-invalid = This invitation link is not valid: it was used already, it expired, or it was mistyped.
account-title = My account
account-role = Role
account-editor-of = Editor of
account-tokens = API tokens
account-token-name = Token name
account-token-scopes = Scopes
account-token-create = Create a token
account-token-created = Your new token. Copy it now: it will not be shown again.
account-token-revoke = Revoke
account-token-revoked = revoked
account-no-tokens = You have no API token.
role-admin = Administrator (secretariat)
role-member-account = Member

## Administration
admin-title = Administration
admin-invite = Invite someone
admin-invite-email = E-mail
admin-invite-role = Role
admin-invite-org = Editor of organization (identifier, optional)
admin-invite-submit = Create the invitation
admin-invite-created = Invitation created. Send this link to { $email }; it works once and expires in 14 days:
admin-users = Accounts
admin-import = Import organizations or memberships
admin-import-format = Format
admin-import-file = File
admin-import-submit = Import
admin-import-done = Imported { $orgs } organizations and { $members } memberships.
admin-import-failed = Nothing was imported. Fix these lines and try again:
admin-import-format-orgs = Organizations (CSV)
admin-import-format-members = Memberships (CSV)
admin-import-format-json = Organizations and memberships (JSON)
admin-audit = Audit log
admin-audit-empty = Nothing recorded yet.
outcome-ok = done
outcome-denied = refused
line = Line

## Form
form-save = Save
form-cancel = Cancel
form-errors = Please correct the fields marked below.
form-required = required
form-name-in = Name in { $lang }
form-description-in = Description in { $lang }
form-choose = Choose…

## Errors
error-title = Something went wrong
error-not-found = This page does not exist.
error-not-found-detail = The address may be mistyped, or the thing it pointed to was removed.
error-forbidden = You are not allowed to do this.
error-unauthenticated = Please sign in first.
error-csrf = This form expired or did not come from this site. Go back, reload the page and try again.
error-invalid = Some fields are not valid.
error-conflict = This exists already.
error-throttled = Too many tries. Wait a moment, then try again.
error-internal = An unexpected error happened. It was logged; please try again later.
error-back-home = Back to the home page
error-search = Search the site

## Events
nav-events = Events
events-title = Events
events-upcoming = Upcoming events
events-past = Past events
events-none-upcoming = No upcoming event is announced.
events-none-past = No past event is recorded.
event-when = When
event-time-not-published = time not published
event-in-utc = { $time } UTC
event-format = Format
event-audience = Audience
event-languages = Languages
event-series = Series
event-part = Part { $n }
event-parts = Parts of the series
event-organizations = Organizations
event-links = Related events
event-ics = Add to my calendar (.ics)
event-registered = { $count ->
    [one] One person registered
   *[other] { $count } people registered
}
event-waiting = { $count ->
    [0] nobody on the waiting list
    [one] one on the waiting list
   *[other] { $count } on the waiting list
}
event-capacity = { $count ->
    [one] one seat
   *[other] { $count } seats
}
link-precursor_of = Precursor of
link-precursor_of-in = Preceded by
link-follow_up_of = Follow-up of
link-follow_up_of-in = Followed by
format-webinar = Webinar
format-live_event = Live event
format-workshop = Workshop
format-assembly = Assembly
format-study_visit = Study visit
audience-public = Open to everyone
audience-network_members = Members of { $value } only
audience-country = Participants from { $value } only
audience-invitation = By invitation only
orgrole-organizer = Organizer
orgrole-co_organizer = Co-organizer
orgrole-presenter = Presenter
orgrole-observer = Observer
attendee-participant = Participant
attendee-observer = Observer
attendee-speaker = Speaker
attendee-press = Press
register-title = Register
register-name = Your name
register-email = Your e-mail
register-org = Organization (identifier in the directory)
register-org-name = Or the name of your organization
register-country = Country you come from
register-attendee-type = You attend as
register-submit = Register
register-closed-over = Registration is closed: this event is over.
register-closed-invitation = This event is by invitation only.
register-done-confirmed = You are registered. A confirmation is on its way to { $email }.
register-done-waitlisted = The event is full: you are on the waiting list, and { $email } will be told when a seat frees.
register-done-pending = Your registration waits for the organizers' approval; { $email } will be told.
register-link-by-mail = The link to see, change or cancel your registration — and, for an online event, the address to join it — comes in that e-mail only.
register-repeated = { $email } was already registered for this event: nothing changed.
manage-title = Your registration
manage-status = Status
manage-cancel = Cancel my registration
manage-cancelled = Your registration is cancelled.
manage-online = Join online
manage-link-note = Keep the address of this page: it lets you see or cancel your registration.
reg-confirmed = Confirmed
reg-waitlisted = On the waiting list
reg-pending = Waiting for approval
reg-cancelled = Cancelled
reg-rejected = Declined

## Events: more (issue 3)
event-interpretation = Interpretation into
event-registration-opens = Registration opens
event-registration-closes = Registration closes
event-speakers = Speakers
speaker-live = live
speaker-prerecorded = pre-recorded
event-recordings = Recordings
event-transcripts = Transcripts
transcript-sample-tag = sample
register-invited-as = You register through the invitation sent to { $email }; the address cannot be changed.
register-time-zone = Your time zone (for the times in our e-mails)
register-not-open = Registration opens on { $when }.
register-closed-window = Registration is closed.
manage-change = Change your registration
manage-lang = Language of the e-mails
manage-save = Save the changes
manage-changed = Your registration is updated.
events-all = All events
events-feed = Calendar feed (.ics)
search-submit = Search
transcript-title = Transcript
transcript-sample-note = A sample written for the citydriver demo from published facts: it is not a record of what was said, and its recording is a generated tone track.
transcript-other-langs = Also in
transcript-recording = Recording
transcript-no-recording = No recording is linked yet: the times are shown without links.
transcript-search = Search the transcript
transcript-show-all = Show every line
transcript-found = { $n } of { $total } lines contain the words searched.
transcript-none-found = No line contains the words searched.
transcript-download = Download as WebVTT
feed-personal-name = My citydriver events
account-feed = My calendar feed
account-feed-help = Subscribe to this address in your calendar application to see the events you registered for. Keep it to yourself: anyone with it sees your events.
organize-title = Organizers' console
organize-attendees = Attendees
organize-pending-count = { $count ->
    [one] one awaiting approval
   *[other] { $count } awaiting approval
}
organize-cancelled-count = { $count ->
    [one] one cancelled
   *[other] { $count } cancelled
}
organize-all = All
organize-find = Name, e-mail or organization
organize-export = Export the attendee list (CSV)
organize-no-attendees = Nobody matches.
organize-org = Organization
organize-check-in = Check in
organize-approve = Approve
organize-reject = Decline
organize-undo = Undo
organize-invitations = Invitations
organize-invite = Send the invitation
organize-invite-csv = Or a CSV file of invitees
organize-invite-csv-help = A header line naming the columns email, and optionally name and lang (en, ko, ja, zh-Hans, fr). A bad line means nobody is invited; the lines are named.
organize-invite-csv-submit = Invite everyone in the file
organize-no-invitations = No invitation yet.
organize-invited-at = Invited
organize-registered = Registered
organize-remove = Remove
organize-person-id = Person (identifier in the directory)
organize-topic = Topic
organize-mode = Speaks
organize-add-speaker = Add the speaker
organize-recording-url = Address of the recording (YouTube, Vimeo, a file…)
organize-recording-title = Title
organize-lang-tag = Language (en, ja, ko…)
organize-add-recording = Add the recording
organize-cues = { $count ->
    [one] one line
   *[other] { $count } lines
}
organize-transcript-recording = Recording it belongs to
organize-transcript-file = WebVTT, SRT or text file
organize-import-transcript = Import the transcript
organize-decided = { $name }: { $status }.
organize-checked-in = { $name } is checked in.
organize-checked-in-undone = { $name } is no longer checked in.
organize-invited = The invitation to { $email } is on its way.
organize-invited-again = { $email } was invited already: no second e-mail.
organize-invited-csv = { $invited } invited; { $already } invited before (no second e-mail).
organize-speaker-added = { $name } is added to the speakers.
organize-speaker-removed = The speaker is removed.
organize-recording-added = The recording is linked.
organize-transcript-imported = The transcript ({ $lang }) is imported: { $n } lines.

## Events: where (issue 3)
event-where = Where
attendance-online = Online
attendance-in_person = In person
attendance-mixed = In person and online
events-of-org = Its events
events-of-network = Events of the network and its members

## New events and series (issue 3)
new-event-title = New event
new-event-belongs = Series and organizers
new-event-no-series = — on its own —
new-event-part = Part number in the series
new-event-organizer = Organizing organization (identifier)
new-event-co-organizers = Co-organizers (identifiers, separated by commas)
new-event-what = What
new-event-title-in = Title
new-event-description = Description (English)
new-event-id = Identifier (a-z, 0-9 and -; made from the title when empty)
new-event-when = When
new-event-date = Date (local)
new-event-start = Starts (local time)
new-event-end = Ends (local time; before the start means the next day)
new-event-times-help = Leave both times empty when the hour is not published yet: the event then shows its date only.
new-event-time-zone = Time zone (IANA, e.g. Asia/Tokyo)
new-event-venue = Address (for an event in person)
new-event-online-url = Online address (shown to confirmed attendees only)
new-event-audience-public = Anyone
new-event-audience-network_members = Members of one network
new-event-audience-country = People of one country
new-event-audience-invitation = By invitation only
new-event-audience-value = The network or the country (ISO code) of the audience
new-event-capacity = Seats (empty: no limit)
new-event-moderated = Organizers approve each registration
new-event-reminder = Reminder e-mail, minutes before the start (empty or 0: none)
new-event-submit = Create the event
new-series-title = New series
new-series-name = Name of the series
new-series-submit = Create the series
new-series-created = The series { $id } is created: now add its parts.
events-new = New event

## Knowledge base (issue 4)
nav-practices = Practices
practices-title = Best practices
practices-intro = Cases that cities wrote about what they did, what it solved and what it cost.
collections-title = Collections
practice-new = New practice
practices-q = Words in the title
facet-domain = Domain
facet-city = City
facet-year = Year started
practices-count = { $count ->
    [0] No practice
    [one] One practice
   *[other] { $count } practices
}
practices-none = No practice matches these filters.
practice-draft = draft
practice-draft-note = A draft: only the city's editors and the administrators see it until it is published.
practice-edit = Edit the practice
practice-publish = Publish
practice-unpublish = Back to draft
practice-published = The practice is published.
practice-unpublished = The practice is a draft again.
practice-city = City
practice-domain = Domain
practice-sdgs = Sustainable Development Goals
practice-dates = Dates
practice-cost = Cost
practice-languages = Written in
practice-problem = The problem
practice-solution = The solution
practice-results = The results
practice-not-documented = Not documented yet.
practice-partners = Partners
practice-contacts = Contacts
practice-events = Presented at
practice-links = Links
practice-in-collections = In the collections
practice-form-help = Fill in what you know, in as many languages as you have; leave the rest empty (pages say "not documented"). A new practice is a draft until you publish it.
practice-field-title = Title
practice-field-summary = Summary
practice-field-problem = The problem
practice-field-solution = The solution
practice-field-results = The results
practice-started = Started (2020, 2020-03 or 2020-03-10)
practice-ended = Ended
domain-efficient_government = Efficient government
domain-emerging_technology = Emerging technology
domain-mobility = Mobility
domain-open_inclusive_city = Open and inclusive city
domain-safe_city = Safe city
domain-sustainable_city = Sustainable city
domain-health = Health
collections-none = No collection yet.
collection-feed = Follow this collection (Atom feed)
collection-empty = Nothing published in this collection yet.
collection-date = Date
collection-measure = Measure
collection-practice = Practice
measure-testing = Testing
measure-tracing = Tracing
measure-citizen_information = Information for citizens
measure-business_support = Support for businesses
measure-remote_services = Remote services
measure-supplies = Supplies
measure-other = Other
event-practices = Practices presented

## Search (issue 4)
nav-search = Search
search-title = Search
search-label = Words, names, places — in any of the five languages
search-help = One search over the directory, events, transcript lines, practices and collections. A transcript line opens its recording at that moment.
search-count = { $count ->
    [0] No result
    [one] One result
   *[other] { $count } results
}
search-none = Nothing public matches these words. Try fewer words, or another spelling.
search-facet-kind = Type
search-facet-lang = Language
search-facet-country = Country
search-facet-domain = Domain
search-facet-year = Year
search-kind-organization = Organization
search-kind-network = Network
search-kind-event = Event
search-kind-cue = Transcript line
search-kind-practice = Practice
search-kind-collection = Collection

# English documents: (key, kind, name keys, title, body).  Written for this evaluation set.
DOCS = [
    # --- practices ---
    ("seoul_drive", "practice", ["seoul"], "Drive-through screening stations in Seoul",
     "In late February 2020 Seoul opened drive-through screening stations where people were swabbed "
     "without leaving their car. A test took about ten minutes, and district health centres sent the "
     "result by text message within a day. Because staff did not have to disinfect a room between "
     "visitors, one station handled several times as many tests as a walk-in clinic."),
    ("seoul_shelter", "practice", ["seoul"], "Smart shelters at Seoul bus stops",
     "Seoul's smart shelters are glass bus stops with filtered air, heated seats, phone chargers and a "
     "screen showing when the next bus arrives. Sensors count the people waiting, so the transport "
     "office can see where crowding builds up at rush hour."),
    ("seoul_opendata", "practice", ["seoul"], "The Open Data Plaza and the owl buses",
     "Seoul publishes thousands of datasets on its Open Data Plaza, from subway ridership to the "
     "location of public toilets. The routes of the late-night owl buses were drawn from an analysis of "
     "taxi calls and anonymised mobile phone data, showing where people actually travel after midnight."),
    ("sg_token", "practice", ["singapore"], "A contact tracing token for people without smartphones",
     "Singapore handed out small Bluetooth tokens so that older residents and children could take part "
     "in contact tracing without a phone. The token keeps encrypted records of nearby devices for 25 "
     "days and shares them with health officers only if its owner tests positive and agrees."),
    ("sg_transport_data", "practice", ["singapore"], "Open transport data for app developers",
     "Singapore's land transport agency publishes bus arrival times, taxi availability and car park "
     "occupancy as open data through a free API. Dozens of passenger apps are built on it, so the "
     "public sector does not have to write every app itself."),
    ("jakarta_flood", "practice", ["jakarta"], "Flood warnings from river sensors in Jakarta",
     "Jakarta placed water-level sensors at sluice gates along its rivers and combines their readings "
     "with reports that residents send through a messaging app. When a threshold is crossed, a flood "
     "warning goes to neighbourhood heads and appears on a public map."),
    ("bkk_permits", "practice", ["bangkok"], "Building permits online in Bangkok",
     "The Bangkok Metropolitan Administration moved building permit applications to an online service. "
     "Applicants upload drawings, pay fees and follow each step of the review on their phone, and "
     "district offices no longer ask for paper copies. It is part of a wider e-government programme."),
    ("hanoi_masks", "practice", ["hanoi"], "Free mask dispensers in Hanoi",
     "During the first wave of the pandemic, districts of Hanoi set up automatic dispensers that gave "
     "free face masks to residents, a few per person per day. Volunteers refilled the machines from "
     "donations, and the queues that had formed at dawn outside pharmacies disappeared."),
    ("tokyo_telework", "practice", ["tokyo"], "Telework subsidies for small firms in Tokyo",
     "Tokyo paid part of the cost of laptops, VPN licences and online meeting tools for small and "
     "medium-sized companies that let their staff work from home. The aim was to take commuters off "
     "crowded trains during the pandemic, and many firms kept remote work afterwards."),
    ("busan_shore", "practice", ["busan"], "Shore power at the port of Busan",
     "Busan connects ships at berth to the electricity grid so they can switch off their diesel "
     "engines while loading. The port authority reports less fuel burned, less noise and less fine "
     "dust in the neighbourhoods next to the harbour."),
    ("kyoto_crowds", "practice", ["kyoto"], "Forecasting crowds at Kyoto's sightseeing spots",
     "Kyoto publishes an online forecast of how crowded popular sightseeing areas will be, hour by "
     "hour, based on mobile phone location data and past visitor counts. Tourists are encouraged to "
     "come early in the morning or to visit quieter districts, which also relieves local buses."),
    ("paris_15min", "practice", ["paris"], "Paris and the 15-minute city",
     "Paris aims to put shops, schools, parks and health services within a quarter of an hour's walk "
     "or bike ride of every home. Hundreds of kilometres of cycle lanes were added, and streets in "
     "front of schools are closed to cars when classes start and end."),
    ("lyon_parking", "practice", ["lyon"], "Real-time parking data in Lyon",
     "The Lyon metropolitan area publishes the number of free spaces in its car parks every few "
     "minutes on its open data portal. Navigation apps use the feed to send drivers straight to a "
     "free space instead of circling the block."),
    ("kl_twin", "practice", ["kuala_lumpur"], "A digital twin of Kuala Lumpur",
     "Planners in Kuala Lumpur built a 3D model of the city centre that combines building outlines, "
     "traffic counts and flood maps. They use it to see how a new tower would shade streets or change "
     "traffic before a permit is granted."),
    ("danang_lights", "practice", ["da_nang"], "Adaptive traffic lights in Da Nang",
     "Da Nang installed cameras at busy junctions that count vehicles and adjust the green time "
     "automatically. Operators in a control centre watch the network and can give priority to "
     "ambulances and fire engines."),
    ("manila_trucks", "practice", ["manila"], "Tracking garbage trucks in Manila",
     "Garbage trucks in Manila carry GPS trackers, and residents can see on a map when the truck will "
     "reach their street. Barangay officials get an alert when a collection route is skipped, and "
     "complaints about uncollected waste fell in the first year."),
    ("ub_air", "practice", ["ulaanbaatar"], "Air quality sensors in Ulaanbaatar's ger districts",
     "Winter smog in Ulaanbaatar comes largely from coal stoves in the ger districts. The city put "
     "low-cost air quality sensors in schools, publishes hourly readings, and gives a subsidy to "
     "families who switch to cleaner heating."),
    ("shenzhen_ebus", "practice", ["shenzhen"], "An all-electric bus fleet in Shenzhen",
     "Shenzhen replaced its whole fleet of about sixteen thousand buses with electric buses. Depots were "
     "rebuilt with chargers, and the buses charge at night when electricity is cheaper. Diesel fumes at "
     "bus stops are gone."),
    ("daegu_telemed", "practice", ["daegu"], "Home treatment by telemedicine in Daegu",
     "When hospital beds ran short in Daegu in early 2020, doctors followed patients with mild "
     "symptoms by phone and video twice a day. Patients measured their temperature and oxygen level at "
     "home and were moved to a treatment centre if their condition got worse."),
    ("yokohama_vpp", "practice", ["yokohama"], "School batteries as a virtual power plant in Yokohama",
     "Yokohama placed storage batteries in elementary schools that also serve as evacuation shelters. "
     "The batteries charge when demand is low and are run together as a virtual power plant; in a "
     "blackout they keep the shelter's lights and phones on."),
    ("hcmc_card", "practice", ["hcmc"], "One card for bus and metro in Ho Chi Minh City",
     "Ho Chi Minh City is introducing a contactless card that works on buses and on the new metro line. "
     "Riders top it up from a mobile wallet, and the transport department receives ridership figures to "
     "redesign bus routes."),
    ("incheon_video", "practice", ["incheon"], "Video counters for civil services in Incheon",
     "Incheon lets residents talk to a civil servant over video from a kiosk in their neighbourhood "
     "community centre instead of travelling to city hall. Forms are signed on the screen and "
     "certificates are printed on the spot."),
    ("bkk_masks", "practice", ["bangkok"], "Cloth masks for commuters in Bangkok",
     "Bangkok handed out washable cloth masks at Skytrain and bus stations and asked every rider to "
     "wear one on public transport. Station staff checked temperatures at the gates during the worst "
     "months of the outbreak."),
    ("lyon_heat", "practice", ["lyon"], "A heating network fed by waste incineration in Lyon",
     "Part of Lyon is heated by a district heating network that recovers heat from burning household "
     "waste and from wood boilers. The network is being extended so that more housing estates can "
     "leave gas boilers behind."),
    ("sg_solar", "practice", ["singapore"], "Solar panels on public housing roofs in Singapore",
     "With little land to spare, Singapore installs solar panels on the rooftops of public housing "
     "blocks and on reservoirs, where floating panels also reduce evaporation. The electricity powers "
     "lifts, corridor lights and water pumps."),
    ("busan_crossing", "practice", ["busan"], "Smart pedestrian crossings in Busan",
     "At crossings near schools, Busan installed lights embedded in the pavement and a voice warning "
     "that tells pedestrians looking at their phones to wait. Cameras detect cars that fail to stop, "
     "and the number of near misses has dropped."),
    # --- events ---
    ("ev_wego_covid", "event", ["wego"], "WeGO webinar: cities against COVID-19",
     "A WeGO webinar in which member cities compared their pandemic response: testing strategies, "
     "contact tracing apps, mask supply and remote public services. Speakers from Daegu and "
     "Jakarta shared what worked in the first months and what they would do differently."),
    ("ev_ascn_meeting", "event", ["ascn", "singapore"], "ASEAN Smart Cities Network annual meeting",
     "The pilot cities of the ASEAN Smart Cities Network meet once a year with their private-sector "
     "partners. This edition, hosted online from Singapore, focused on financing projects and on "
     "matching cities with solution providers."),
    ("ev_scij_forum", "event", ["scij", "tokyo"], "Smart City Institute Japan forum in Tokyo",
     "A one-day forum in Tokyo organised by the Smart City Institute Japan on data platforms shared by "
     "several municipalities, with talks by mayors, researchers and companies and an evening networking "
     "session."),
    ("ev_wego_ga", "event", ["wego"], "WeGO General Assembly",
     "Every two years the WeGO General Assembly brings together the member cities to elect the "
     "executive committee, approve the work plan and welcome new members. Delegates also visit local "
     "smart city projects of the host city."),
    ("ev_opendata_webinar", "event", ["wego"], "Webinar: open data for resilient cities",
     "How can city governments publish data that people actually use? This webinar looks at data "
     "portals, licences and the role of civic hackers, with short presentations followed by questions "
     "from the audience."),
    ("ev_ascn_mobility", "event", ["ascn", "bangkok"], "Smart mobility in ASEAN cities, part 2: Bangkok",
     "The second session of a webinar series on smart mobility in ASEAN cities. Officials from Bangkok "
     "presented the city's traffic control centre and plans for integrated fares on rail and bus."),
    ("ev_waste_energy", "event", ["wego"], "Workshop: turning waste into energy",
     "A hands-on workshop for city engineers on waste-to-energy plants, biogas from food waste and "
     "landfill gas capture. Participants worked on a case study of a mid-sized coastal city."),
    ("ev_training_seoul", "event", ["wego"], "Training course for city officials",
     "WeGO's two-week training course brings officials from member cities to its secretariat in Seoul "
     "to study e-government, smart transport and urban safety, with site visits to control centres and "
     "public service counters."),
    ("ev_lyon_summit", "event", ["lyon"], "Smart city summit in Lyon",
     "A two-day summit in Lyon for local authorities and start-ups on energy efficiency, shared "
     "mobility and citizen participation, with a trade fair and study visits to the Confluence "
     "district."),
    ("ev_cyber", "event", [], "Webinar: cybersecurity of municipal services",
     "Ransomware attacks on town halls have cut off water billing, parking payments and even emergency "
     "dispatch. This webinar explains how small municipalities can protect their services and what to "
     "do in the first hours of an attack."),
    ("ev_capital_move", "event", ["jakarta"], "Panel: moving a capital city",
     "Indonesia is moving its capital from Jakarta to a new city in East Kalimantan. Panelists discuss "
     "what this means for Jakarta's flooding, traffic and economy, and what other countries learned when "
     "they moved government functions out of their capital."),
    ("ev_ub_regional", "event", ["wego", "ulaanbaatar"], "WeGO regional meeting for Asia in Ulaanbaatar",
     "The Asian members of WeGO met in Ulaanbaatar to discuss air pollution, heating and the digital "
     "services that the city plans for its growing suburbs."),
    ("ev_awards", "event", ["wego"], "Smart Sustainable Cities Awards ceremony",
     "The awards recognise projects by member cities in four categories: e-government, mobility, "
     "safety and environment. Winners present their projects in a short video at the ceremony."),
    # --- transcript lines (cues) ---
    ("cue_seoul_drive", "cue", ["seoul"], "Transcript, WeGO webinar on pandemic response, 00:12:31",
     "Well, the drive-through idea came from our own staff, they said, why make people get out of the "
     "car at all?"),
    ("cue_sg_token", "cue", ["singapore"], "Transcript, WeGO webinar on pandemic response, 00:21:05",
     "So we had to think about the elderly, a lot of them don't carry a smartphone, and that's where the "
     "token came in."),
    ("cue_daegu", "cue", ["daegu"], "Transcript, WeGO webinar on pandemic response, 00:27:48",
     "Honestly the first two weeks in Daegu were chaos, we didn't have enough beds, so we started calling "
     "patients at home every morning."),
    ("cue_jakarta", "cue", ["jakarta"], "Transcript, WeGO webinar on pandemic response, 00:33:10",
     "Can everyone hear me? Okay. So, Jakarta floods almost every year, and the sensors are only half of "
     "the story."),
    ("cue_paris", "cue", ["paris"], "Transcript, smart city summit, 01:04:22",
     "Our mayor likes to say everything should be fifteen minutes away on foot, and I think that's "
     "really the whole idea."),
    ("cue_handover", "cue", [], "Transcript, webinar on open data, 00:45:02",
     "Thank you, and I'll hand over to the next speaker. We have about ten minutes left for questions."),
    ("cue_privacy", "cue", ["bangkok"], "Transcript, smart mobility in ASEAN cities, 00:51:37",
     "There's a question in the chat about privacy: who can see the transport data, and how long do you "
     "keep it?"),
    ("cue_kyoto", "cue", ["kyoto"], "Transcript, SCI Japan forum, 00:18:40",
     "In Kyoto the residents were, let's say, not very happy with the tour buses, so the forecast was "
     "partly for them too."),
    ("cue_busan", "cue", ["busan"], "Transcript, workshop on port emissions, 00:09:15",
     "We measured fine dust near the pier before and after shore power, and the difference was pretty "
     "clear."),
    ("cue_hanoi", "cue", ["hanoi"], "Transcript, WeGO webinar on pandemic response, 00:39:56",
     "At first people were queuing for masks at five in the morning, and the machines fixed that, more or "
     "less."),
    ("cue_recording", "cue", ["wego"], "Transcript, WeGO webinar on pandemic response, 01:28:30",
     "Just a reminder that the recording and the transcript will be on the event page tomorrow."),
    ("cue_shenzhen", "cue", ["shenzhen"], "Transcript, smart mobility webinar, 00:24:12",
     "Sixteen thousand buses, all electric. The hard part wasn't the buses, it was finding room for the "
     "chargers."),
    # --- organizations ---
    ("org_wego", "organization", ["wego"], "WeGO — World Smart Sustainable Cities Organization",
     "An international association of cities, city-level institutions and companies working on smart and "
     "sustainable urban development. Its member cities and partners come from more than "
     "forty countries. It runs training, consulting and awards for its members."),
    ("org_ascn", "organization", ["ascn"], "ASEAN Smart Cities Network",
     "A network of 26 pilot cities from the ten ASEAN member states, set up in 2018 to work together on "
     "smart and sustainable urban development and to connect cities with private partners and funders."),
    ("org_seoul", "organization", ["seoul"], "Seoul Metropolitan Government",
     "The city government of Seoul, the capital of the Republic of Korea, with about 9.4 million "
     "residents. It is a founding member of WeGO and publishes its city policies in several languages."),
    ("org_singapore", "organization", ["singapore", "smartnation"], "Smart Nation and Digital Government Office",
     "The office in the Prime Minister's Office of Singapore that plans the national smart city programme, "
     "digital identity, government apps and the sharing of data between agencies."),
    ("org_molit", "organization", ["molit"], "Ministry of Land, Infrastructure and Transport (Korea)",
     "The Korean ministry responsible for land use, housing, roads, railways and aviation. It runs the "
     "national smart city pilot projects and the smart city data hub."),
    ("org_hanul", "organization", ["hanul"], "Hanul Mobility",
     "A company that operates demand-responsive minibuses: passengers book a ride in an app, and the route "
     "is recalculated every few minutes. It works with several Korean cities."),
    ("org_bma", "organization", ["bangkok"], "Bangkok Metropolitan Administration",
     "The local government of Bangkok, the capital of Thailand, responsible for roads, drainage, "
     "schools, health centres and waste collection across fifty districts."),
    ("org_jsc", "organization", ["jakarta"], "Jakarta Smart City",
     "The unit of the Jakarta provincial government that manages the city's digital services, its "
     "complaint app and its data dashboards."),
    ("org_merlion", "organization", ["merlion"], "Merlion Urban Analytics",
     "A small analytics firm that builds dashboards on transport, energy and footfall for city "
     "agencies in Southeast Asia."),
    ("org_scij", "organization", ["scij"], "Smart City Institute Japan",
     "A membership organisation of Japanese companies, universities and local governments that promotes "
     "smart city projects, shares knowledge and organises forums and study tours."),
    ("org_danang", "organization", ["da_nang"], "Da Nang City People's Committee",
     "The local government of Da Nang, a coastal city in central Vietnam and a pilot city of the ASEAN "
     "Smart Cities Network."),
    # --- harder set (2026-12-07) ---
    ("kl_waste", "practice", ["kuala_lumpur"], "Sensor bins and on-demand waste pickup in Kuala Lumpur",
     "Street bins in central Kuala Lumpur carry fill-level sensors that report to the contractor's "
     "dispatch system. Trucks are sent only to bins that are more than three-quarters full, so crews "
     "no longer stop at half-empty bins and reach overflowing ones sooner. Fuel burned on the rounds "
     "fell by about a fifth, and photos of rubbish spilling onto the pavement became rarer."),
    ("jeju_telehealth", "practice", ["jeju"], "Video doctor visits for Jeju's small islands",
     "The small islands off Jeju have no resident doctor, only a village health post run by a nurse. "
     "Islanders now see a physician at a hospital on the main island over a tablet, while the nurse "
     "takes their blood pressure and holds the stethoscope. Prescriptions come over on the next ferry, "
     "and patients no longer lose a whole day on the boat for a ten-minute check-up."),
    ("fukuoka_flood", "practice", ["fukuoka"], "Water sensors in Fukuoka's underground malls",
     "Torrential rain twice flooded the underground shopping streets around Hakata Station around the "
     "turn of the century, and one person died when water poured into a basement. Fukuoka has since dug "
     "storage tunnels under the streets, fitted flood barriers at the stairways and put water-level "
     "sensors at the lowest points. When the water rises, shop staff get an alarm on their phones and "
     "lead customers up to street level."),
    ("kakogawa_cameras", "practice", ["kakogawa"], "Watch-over cameras on school routes in Kakogawa",
     "Kakogawa, a city of about 260,000 people in western Japan, put up some 1,500 cameras along school "
     "routes and around stations. The cameras double as receivers for small beacons carried by children "
     "and by older people with dementia, so families can check on their phone where a beacon last "
     "passed. Footage is kept for a limited time and handed to the police only for a specific case, and "
     "residents chose many of the camera sites at public meetings."),
    ("sg_pmd", "practice", ["singapore"], "Taking e-scooters off Singapore's footpaths",
     "After a series of accidents, Singapore banned e-scooters from footpaths in 2019 and later from "
     "roads as well, leaving them the cycling paths and park connectors. Riders must register their "
     "device, pass a theory test and keep to 25 km/h, and devices that fail the fire safety standard "
     "can no longer be sold. Enforcement officers carry speed guns and can impound a scooter on the spot."),
    ("paris_scooters", "practice", ["paris"], "Paris ends shared e-scooter rental",
     "In a public vote in April 2023, almost nine in ten Parisians who took part chose to end the rental "
     "of shared e-scooters. The three operators took their 15,000 scooters off the streets by the end of "
     "August. Privately owned scooters are still allowed, and the city has added parking spaces for "
     "two-wheelers on the pavement."),
    ("daegu_cooling", "practice", ["daegu"], "Cooling shelters and daily calls during Daegu's heatwaves",
     "Daegu sits in a basin that traps the summer heat. Whenever a heat warning is issued, the city opens "
     "community centres, neighbourhood halls for older residents and even bank branches as "
     "air-conditioned cooling shelters. Care workers phone every elderly person who lives alone once a "
     "day until the warning is lifted, and visit if nobody answers. On the hottest afternoons water is "
     "sprayed on main roads, and shade canopies stand at hundreds of crossings."),
    ("busan_bus_covid", "practice", ["busan"], "Keeping Busan's buses running through the pandemic",
     "Ridership on Busan's city buses fell by more than a third in the spring of 2020, but the city kept "
     "almost every route running so that nurses, carers and shop workers could still get to work. Buses "
     "were disinfected at every terminus, and in the strictest weeks late-evening frequencies were cut "
     "instead of whole routes. Because the city guarantees the operators' costs under its semi-public "
     "bus system, the lost fares came out of the city budget rather than out of the timetable."),
    ("ev_heat_webinar", "event", [], "Webinar: heat action plans for cities",
     "In many cities heatwaves now cause more deaths than floods or storms. In this webinar city "
     "officials explain what goes into a heat action plan: early warnings, cooling shelters, checks on "
     "people who live alone, and, in the longer run, shade trees and lighter roofs. Speakers from Daegu "
     "and from two European cities describe what they changed after their worst summers."),
    ("cue_heat_muted", "cue", [], "Transcript, webinar on heat action plans, 00:03:12",
     "Sorry, Min-jun, I think you're still on mute. We can't hear you yet."),
    ("cue_heat_screen", "cue", [], "Transcript, webinar on heat action plans, 00:04:47",
     "Can everyone see my screen now? Let me just switch to presentation mode."),
    ("cue_heat_daegu", "cue", ["daegu"], "Transcript, webinar on heat action plans, 00:18:05",
     "In Daegu, once the heat warning goes out, we call everyone over sixty-five who lives alone, every "
     "single day until it's lifted."),
    ("cue_heat_thanks", "cue", [], "Transcript, webinar on heat action plans, 01:01:30",
     "Thank you all for staying with us, and a big thank you to our interpreters."),
    ("org_ifc", "organization", ["ifc"], "Institute for the Future of the City",
     "An independent think tank that studies the long-term future of the city: how the shape of the "
     "streets, the price of the land and the habits of the residents of the world's large cities may "
     "change over the next fifty years. It publishes an annual report on the state of the cities and "
     "runs a fellowship for the staff of the planning departments of its partner cities."),
    ("org_hcs", "organization", ["hcs"], "Harbour Cities for Sustainability",
     "A network of port cities for the sustainability of the harbour and of the waterfront. Its members "
     "work together on the reduction of the emissions of ships, the clean-up of the water of the docks "
     "and the future of the old port districts. The secretariat of the network rotates every three years "
     "between the member cities."),
    ("ev_hcs_conf", "event", ["hcs", "busan"], "Harbour Cities for Sustainability conference in Busan",
     "The annual conference of Harbour Cities for Sustainability, hosted this year by Busan. Sessions "
     "cover shore power for ships at berth, electric cranes on the container terminals and turning old "
     "dock warehouses into housing and parks. Delegates will visit the port authority's control tower."),
]

"""The needs, each written by a city team in its own language, with the
hand-given relevance labels (see common.N and README.md) and a note."""
from common import N

GOV, EMG, MOB, OPN, SAF, SUS, HEA = ("efficient_government", "emerging_technology", "mobility",
                                     "open_inclusive_city", "safe_city", "sustainable_city", "health")

NEEDS = [
    # =================================================================== en
    N("n01", "jakarta", "en", SUS,
      "Garbage trucks burn fuel driving half-empty through the same streets",
      "Our compactor trucks follow the same fixed rounds every day whether the bins are full or not, and some "
      "districts get visited twice. We want crews to go only where there is waste to pick up, and to see what "
      "that saves in fuel.",
      (120000, "USD"), "en",
      "routewise-collect F, petaling-wastefleet F, midori-route F, elbtal-tourplan F, hanbit-route F, "
      "cuiwei-dispatch F, kinoko-binsensor R, rinjani-wastebank R, hanbit-smartbin R",
      "RouteWise plans rounds from fill data, serves Indonesia and fits. Petaling does it at over three times the "
      "budget, Midori's planner is Japanese-only; Elbtal's near-identical planner is sold only in Europe."),
    N("n02", "manila", "en", SAF,
      "Warn riverside barangays before the river spills over",
      "Families along the river and its creeks get caught by rising water at night. We need to know an hour or "
      "more ahead and reach every household at risk, not only people who follow the city's page.",
      (8000000, "PHP"), "en",
      "bayanihan-floodwatch F, tidewell-flood F, yamabiko-alert L, mekong-flow-alert F, chaophraya-flood L, "
      "northgate-floodready F, borneo-floodwatch F, byeolbit-flood F",
      "Bayanihan and Tidewell (filed under sustainable_city) forecast and warn in the Philippines within budget; "
      "Yamabiko only broadcasts. Mekong Flow, Borneo Hydro and Northgate do the same job but not in PH."),
    N("n03", "bangkok", "en", MOB,
      "Junction lights still run on fixed timers while queues grow",
      "At our worst intersections the green phase is the same at 7 a.m. and at midnight, and traffic police end "
      "up waving cars through by hand. We want the lights to react to the cars that are actually waiting.",
      None, "en",
      "chaophraya-signal F, saemteo-signal F, clearlane-adaptive F, taktwerk-adaptive F, xiyue-signal F, "
      "taktwerk-tsp R",
      "Chaophraya (with Bangkok and Chonburi references) and Saemteo both adapt signals in Thailand; the "
      "references do not change the grade. Clearlane, Taktwerk and Xiyue adaptive control are not sold in TH."),
    N("n04", "makassar", "en", HEA,
      "Ambulances reach callers too late; calls land on a desk phone",
      "Emergency calls come to a single phone at the health office, and the operator radios whichever ambulance "
      "she can reach. We lose time finding where the caller is and which crew is free.",
      (1500000000, "IDR"), "en",
      "kinta-dispatch F, nusantara-112 F, kinta-beds R, siam-lanna-1669 F, beacon-cad F, dasarang-119 F, "
      "hoshizora-dispatch F",
      "Kinta's dispatch (about USD 87k) just fits the budget of about USD 95k; Nusantara's 112 centre does it "
      "but starts above it. Siam Lanna, Beacon and the Japanese/Korean systems are not served in Indonesia."),
    N("n05", "cebu-city", "en", GOV,
      "Contractors queue for weeks to get a building permit",
      "Applicants still carry paper plans to five different offices and phone us to ask where their file is. We "
      "want them to file, pay for and follow their building and business permits online.",
      (60000, "USD"), "en",
      "mabuhay-bpls F, lionbay-permitflow F, mabuhay-treasury R, northgate-permits F, gaon-permits F, "
      "sakuradai-shinsei F, xinghe-approval F",
      "Mabuhay's one-stop permits and Lionbay's workflow (its floor, SGD 80k, is just under USD 60k) both fit. "
      "Northgate's permit system is the English twin but is sold only in North America."),
    N("n06", "kota-kinabalu", "en", SUS,
      "A third of our treated water never reaches a paying customer",
      "The utility treats far more water than it bills, and crews only find broken pipes when the road caves in "
      "or residents complain. We want to know which parts of the network are losing water and send crews there "
      "first.",
      (400000, "MYR"), "en",
      "quellfluss-nrw F, lanshui-leak F, kawasemi-leak F, hydroterre-fuites F, tidewell-meter R",
      "Quellfluss fits budget and language. Lanshui (Chinese text, supports English) costs more than the budget; "
      "Kawasemi is Japanese-only; Hydroterre is not sold in Asia; customer meters only help at the edges."),
    N("n07", "phuket", "en", OPN,
      "Visitors and migrant workers cannot find city information they understand",
      "Most of our notices, clinic hours and emergency instructions are in Thai only. Tourists and workers from "
      "Myanmar, China and Russia end up asking hotel staff, or do not ask at all.",
      None, "en",
      "andaman-lingo F, gaon-lingo F, andaman-touristsafe R, yamabiko-alert R, sakuradai-tagengo F, "
      "civiclab-accueil F",
      "Andaman's chatbot (Phuket reference) and Gaon's Korean-described chatbot, sold in Thailand, both do it; "
      "the Japanese and French services are not sold in TH."),
    N("n08", "davao-city", "en", SAF,
      "Spot brawls and dangerous crowding at the night market",
      "The night market draws thousands on weekends and our operators cannot watch forty camera feeds at once. "
      "We want the cameras to tell us when a fight starts or a lane gets packed.",
      (100000, "USD"), "en",
      "byeolbit-crowd F, bayanihan-cctvhub F, tianmu-aicam F, lionbay-kerbwatch R, beacon-sightline F",
      "Byeolbit's crowd analytics and Bayanihan's barangay hub fit; Tianmu's platform does it but starts above "
      "the budget. Beacon's twin is sold only in North America and Europe."),
    N("n09", "bandar-seri-begawan", "en", EMG,
      "A 3D model of the capital to test new buildings and floods",
      "Before approving waterfront projects we would like to see how they change views, wind and flood risk for "
      "the water village and the river banks. The planning department has survey data but nothing to view it in "
      "3D.",
      None, "en",
      "sinbi-twin F, lionbay-twin F, xiyue-cim F, tidewell-flood R, prairie-twin F, kinoko-3dcity F",
      "Sinbi (described only in Korean, supports English, sold in BN) and Lionbay both fit; Xiyue's CIM is "
      "Chinese-only. Prairie and Kinoko twins are not sold in Brunei."),
    N("n10", "mandalay", "en", SUS,
      "Street lamps burn all night on empty roads or stay broken",
      "The electricity bill for street lamps keeps rising, yet residents report dark stretches that nobody "
      "repairs for weeks. We want to turn lamps down when no one is around and hear about failures without "
      "waiting for complaints.",
      (50000, "USD"), "en",
      "lumicite-eclairage F, lotus-solarlight F, hikarizaka-led F, baram-streetlight F, lichtweg-smartlight F, "
      "xiyue-smartpole L",
      "Lumicité and Lotus fit; Hikarizaka's lamps are Japanese-only and Baram's control starts above the budget. "
      "Lichtweg is Lumicité's twin for Europe only."),
    # =================================================================== fr
    N("n11", "lyon", "fr", MOB,
      "Trottinettes en libre-service abandonnées en travers des trottoirs",
      "Les trottinettes des trois opérateurs sont laissées n'importe où et gênent les piétons et les personnes "
      "malvoyantes. Nous voulons imposer des emplacements de stationnement et vérifier que chaque opérateur "
      "respecte les règles de sa licence.",
      (80000, "EUR"), "fr",
      "mobilis-trottinettes F, clearlane-curb F, yunlu-fence F, straitsgate-pmd F",
      "Atelier Mobilis fits. Clearlane does the same job in Europe within budget but has no French; the Chinese "
      "and Singaporean geofencing tools are not sold in France."),
    N("n12", "phnom-penh", "fr", SUS,
      "Valoriser les déchets organiques des grands marchés",
      "Les grands marchés produisent chaque jour des tonnes de restes de fruits et légumes qui pourrissent à la "
      "décharge. Nous aimerions en tirer de l'énergie ou du compost, près des marchés.",
      (250000, "USD"), "fr en",
      "compostelle-methan F, midori-biogas F, elbtal-lfg R, cuiwei-kitchen L, hanbit-foodwaste L, "
      "rinjani-wastebank R",
      "Compostelle's compact digester fits; Midori's plant starts at about USD 2 million, eight times the budget. "
      "Landfill gas capture only helps downstream; the Chinese and Korean food-waste machines are not sold in KH."),
    N("n13", "vientiane", "fr", SAF,
      "Prévenir les quartiers riverains avant la montée du Mékong",
      "Lors des fortes pluies, le fleuve et ses affluents montent vite et les habitants des berges sont prévenus "
      "trop tard, souvent par le bouche-à-oreille. Nous voulons suivre les niveaux d'eau et alerter directement "
      "les familles concernées.",
      None, "fr en",
      "mekong-flow-alert F, tidewell-flood F, yamabiko-alert L, chaophraya-flood L, bayanihan-floodwatch F, "
      "borneo-floodwatch F",
      "Mekong Flow (with a Vientiane reference) and Tidewell both fit; the reference does not change the grade. "
      "Yamabiko only broadcasts alerts; the Philippine and Malaysian warning systems are not sold in Laos."),
    N("n14", "siem-reap", "fr", HEA,
      "Soigner les villages sans faire venir les patients en ville",
      "Les habitants des villages autour du lac font des heures de route pour une simple consultation à l'hôpital "
      "provincial. Nous voudrions que les postes de santé puissent consulter un médecin à distance.",
      (40000, "USD"), "fr en",
      "sante-relais-teleconsult F, siam-lanna-vhv F, dasarang-tele F, jinghu-tele F, kallang-tele L, "
      "beacon-telehealth F",
      "Santé Relais and Siam Lanna (reference in Siem Reap) fit. Dasarang is over budget, Jinghu Chinese-only, "
      "Kallang's virtual clinic targets patients at home and is over budget; Beacon is not sold in Cambodia."),
    N("n15", "hanoi", "fr", GOV,
      "Ouvrir les données de la ville aux chercheurs et aux entreprises",
      "Les services échangent encore des tableaux par courriel et les universités nous redemandent sans cesse les "
      "mêmes chiffres. Nous voulons publier ces données une fois pour toutes, dans des formats réutilisables.",
      None, "fr en",
      "lionbay-opendata F, songhong-opendata F, lionbay-dashboard R, kinoko-iotbase R, civiclab-opendata F, "
      "xinghe-opendata F",
      "Lionbay and Song Hong portals fit. Civiclab's portal, described in French like the need, is sold only in "
      "Europe and North Africa; Xinghe's only in China."),
    N("n16", "luang-prabang", "fr", OPN,
      "Associer les habitants aux projets de la vieille ville",
      "Les projets de rénovation du centre classé inquiètent, mais peu d'habitants viennent aux réunions "
      "publiques. Nous cherchons un moyen simple de leur présenter les projets et de recueillir leurs avis.",
      (20000, "USD"), "fr",
      "civiclab-concertation F, songhong-consult F, lionbay-engage F, northgate-engage F, gaon-budget L",
      "Civiclab and Song Hong are sold in Laos, speak French and fit the budget. Lionbay's suite is English-only "
      "and starts above it; Northgate and Gaon are not sold in LA."),
    N("n17", "lyon", "fr", SUS,
      "Baisser la facture de chauffage des écoles et des gymnases",
      "Nos écoles et nos équipements sportifs sont chauffés le week-end et pendant les vacances, faute de savoir "
      "qui les occupe et quand. Nous devons aussi réduire leur consommation pour respecter nos obligations "
      "réglementaires.",
      (300000, "EUR"), "fr",
      "lumicite-batiments F, prairie-bems F, baram-bems F, xiyue-bems F, petaling-coolsense L, lotus-solarmon L",
      "Lumicité fits. Prairie's analytics is sold in Western Europe but has no French; the Korean, Chinese and "
      "South-East Asian building systems are not sold in France."),
    N("n18", "battambang", "fr", SUS,
      "Savoir quand les poubelles publiques vont déborder",
      "Les poubelles du marché et des berges débordent avant le passage de l'équipe, alors que d'autres sont "
      "vidées à moitié vides. Nous voulons connaître leur niveau sans envoyer quelqu'un vérifier.",
      None, "fr en",
      "compostelle-sonde F, hanbit-smartbin F, kinoko-binsensor F, routewise-collect L, elbtal-tourplan L, "
      "xiyue-sortwatch R",
      "Compostelle's sensors and Hanbit's smart bins (reference in Phnom Penh) fit; Kinoko's sensor is "
      "Japanese-only. RouteWise plans routes from fill data; Elbtal and Xiyue are not sold in Cambodia."),
    N("n19", "da-nang", "fr", MOB,
      "Un seul titre pour les bus et les navettes de la ville",
      "Il faut payer en espèces un billet différent pour chaque bus et chaque navette vers les plages, ce qui "
      "décourage touristes et habitants. Nous voulons un paiement commun, par carte ou par téléphone.",
      (3000000000, "VND"), "fr en",
      "mobilis-billettique F, songhong-qrfare L, tsubame-ticket F, saemteo-farecard F, islas-farecard F",
      "Atelier Mobilis covers buses and shuttles of several operators within budget. Song Hong's QR fares cover "
      "city buses only; Tsubame and Saemteo exceed the budget (Saemteo is also Korean-only); Islas is PH/ID only."),
    N("n20", "lyon", "fr", SAF,
      "Repérer tôt les départs de feu dans les bois périurbains",
      "Avec des étés plus secs, les feux de broussailles se multiplient dans les collines boisées de l'ouest de la "
      "métropole. Les pompiers veulent être prévenus dans les premières minutes, avant que le feu ne s'étende.",
      (150000, "EUR"), "fr",
      "hydroterre-vigie F, waldblick-sensors F, beacon-wildfire F, tianmu-firewatch F",
      "Hydroterre's cameras and Waldblick's gas sensors fit. Beacon's cameras are sold in Europe but cost over "
      "three times the budget and have no French; Tianmu's system is sold only in China."),
    # =================================================================== ko
    N("n21", "seoul", "ko", MOB,
      "골목길 불법 주차 때문에 소방차가 들어가지 못합니다",
      "주택가 골목마다 밤이면 양쪽에 차가 빽빽하게 서 있어 지난 화재 때 소방차가 진입하지 못했습니다. 소방 통로를 "
      "막는 차량을 빨리 찾아 옮기게 하고, 주민들이 차를 세울 곳도 마련하고 싶습니다.",
      (500000000, "KRW"), "ko",
      "byeolbit-parkenforce F, saemteo-parkshare L, tianmu-parkvideo F, straitsgate-guide L, yunlu-parking L, "
      "petaling-epark L",
      "Byeolbit's fire-lane enforcement (filed under safe_city) fits; Saemteo's parking sharing covers the "
      "'places to park' half. Tianmu's video enforcement and the other parking tools are not sold in Korea."),
    N("n22", "busan", "ko", SAF,
      "태풍 때 해안 저지대 침수를 미리 알고 싶습니다",
      "태풍이 올 때마다 해안 저지대 도로와 아파트 단지가 월파로 잠기는데, 주민 대피 안내가 늘 늦습니다. 몇 시간 "
      "전에 어디가 잠길지 예측하고 주민에게 바로 알리는 방법이 필요합니다.",
      None, "ko",
      "sinbi-coastal F, byeolbit-flood L, sinbi-twin L, yamabiko-alert L, kawasemi-flood F, tidewell-flood F",
      "Sinbi's coastal flood twin (emerging_technology) does it. Byeolbit's CCTV alerts detect water but do not "
      "forecast hours ahead; Yamabiko has no Korean; Kawasemi and Tidewell are not sold in Korea."),
    N("n23", "seoul", "ko", HEA,
      "혼자 사는 어르신이 쓰러져도 며칠 동안 아무도 모릅니다",
      "구에서 돌보는 독거 어르신이 2천 명이 넘는데, 생활지원사가 전화와 방문으로만 안부를 확인합니다. 집 안에서 "
      "쓰러지거나 오랫동안 움직임이 없으면 바로 알 수 있으면 좋겠습니다.",
      (300000000, "KRW"), "ko",
      "dasarang-silver F, hoshizora-mimamori F, gaon-carehub F, kallang-eldercare F",
      "Dasarang and Hoshizora (Japanese company, Korean supported, about KRW 180 million) fit. Gaon's care "
      "control centre costs over three times the budget; Kallang is not sold in Korea."),
    N("n24", "busan", "ko", SUS,
      "음식물 쓰레기 처리비가 해마다 늘고 있습니다",
      "아파트 단지와 시장에서 나오는 음식물 쓰레기를 처리 시설까지 실어 나르고 처리하는 비용이 매년 늘고 있습니다. "
      "배출량 자체를 줄이거나, 나온 곳 가까이에서 처리할 방법을 찾습니다.",
      (2000000000, "KRW"), "ko en",
      "hanbit-foodwaste F, cuiwei-kitchen F, midori-biogas F, compostelle-methan F, rinjani-wastebank R",
      "Hanbit's pay-as-you-throw units and Cuiwei's on-site reducers fit. Midori's digestion plant starts above "
      "the budget; Compostelle's digester is not sold in Korea."),
    N("n25", "seoul", "ko", GOV,
      "민원을 넣어도 어디까지 처리됐는지 알 수 없다는 불만",
      "전화, 홈페이지, 콜센터로 들어온 민원을 부서마다 따로 관리하다 보니 시민들은 결과를 듣지 못했다고 항의합니다. "
      "접수부터 완료까지 한 번에 관리하고 시민이 직접 진행 상황을 볼 수 있어야 합니다.",
      None, "ko",
      "gaon-minwon F, sakuradai-tsuho L, gaon-portal L, northgate-311 F, nusantara-lapor F",
      "Gaon's complaint system does it. Sakuradai's reporting app and Gaon's portal cover part; Northgate's 311 "
      "and Nusantara's tracker do the same but are not sold in Korea."),
    N("n26", "hanoi", "ko", SUS,
      "하노이 도심 동네별 미세먼지 지도를 만들고 싶습니다",
      "하노이에는 공식 대기 측정소가 몇 곳뿐이라 시민들이 자기 동네의 공기 상태를 알 수 없습니다. 학교와 시장 "
      "주변까지 촘촘하게 측정하고, 오염이 심한 날에는 시민에게 알리는 사업을 준비하고 있습니다.",
      (200000, "USD"), "ko en",
      "kinoko-air F, hanbit-air F, xiyue-airgrid F, civiclab-air F",
      "Korean ODA team. Kinoko (Japanese text, English supported) and Hanbit fit; Xiyue's grid is sold in Viet Nam "
      "but Chinese-only; Civiclab's citizen sensors are not sold there."),
    N("n27", "phnom-penh", "ko", GOV,
      "주민 등록과 각종 증명서 발급을 디지털로 바꾸는 사업",
      "출생·혼인·거주 증명을 받으려면 주민들이 여러 번 구청을 찾아야 하고, 종이 장부는 점점 훼손되고 있습니다. "
      "장부를 디지털화하고 온라인으로 증명서를 발급하는 시스템을 지원하려 합니다.",
      (1000000, "USD"), "ko en",
      "gaon-did F, songhong-eid F, lionbay-idstack L, xinghe-elicense L, songhong-portal R, mabuhay-id F",
      "Gaon and Song Hong both digitise registers and issue certificates in Cambodia within budget. Lionbay's ID "
      "stack (over budget) and Xinghe's e-licence library (Chinese-only) cover part; Mabuhay is PH only."),
    N("n28", "busan", "ko", EMG,
      "항만 재개발 계획을 가상 도시에서 미리 검토하고 싶습니다",
      "항만 재개발로 고층 건물이 들어서면 바닷바람, 조망, 교통이 어떻게 바뀔지 시민들이 걱정합니다. 도시를 3차원으로 "
      "재현해 계획안을 비교하고 주민 설명회에서 보여 주고 싶습니다.",
      None, "ko",
      "sinbi-twin F, sinbi-coastal L, kinoko-3dcity F, xiyue-cim F, lionbay-twin F, prairie-twin F",
      "Sinbi's twin is the one sold in Korea; its coastal flood twin covers part. The Japanese, Chinese, "
      "Singaporean and US twins are not sold in Korea."),
    N("n29", "seoul", "ko", OPN,
      "휠체어로 다닐 수 있는 길을 알려 주는 서비스",
      "휠체어 이용자와 유모차를 끄는 부모들이 지도 앱만 믿고 나섰다가 계단이나 높은 턱을 만나 돌아오곤 합니다. "
      "턱이 없는 길과 작동하는 엘리베이터를 알려 주는 안내가 필요합니다.",
      (150000000, "KRW"), "ko en",
      "saemteo-barrierfree F, kawasemi-bfnavi F, saemteo-calltaxi R, sakuradai-tsuho R, northgate-sidewalk F",
      "Saemteo fits; Kawasemi's navigation is sold in Korea within budget but supports only Japanese. "
      "Call taxis and obstacle reports help at the edges; Northgate's English twin is North America only."),
    N("n30", "ho-chi-minh-city", "ko", MOB,
      "정류장에서 버스가 언제 오는지 알 수 있게 하고 싶습니다",
      "호찌민시 시내버스 승객들은 정류장에서 버스가 언제 올지 몰라 결국 오토바이를 탑니다. 정류장과 휴대폰으로 도착 "
      "시간을 알려 주는 사업을 한국 지원으로 추진하고 있습니다.",
      (300000, "USD"), "ko en",
      "saemteo-bis F, tsubame-busloc F, saemteo-brt R, islas-jeepney F",
      "Korean ODA team. Saemteo's BIS (about USD 293k) and Tsubame's cloud service (Japanese text, English "
      "supported) fit; Islas's tracker is sold only in the Philippines."),
    # =================================================================== ja
    N("n31", "tokyo", "ja", SAF,
      "ゲリラ豪雨で地下街や駅に水が流れ込む前に知りたい",
      "短時間の豪雨で下水があふれ、地下街や地下鉄の出入口から水が流れ込む事態が増えています。数十分前でも危険を"
      "察知して、止水板の設置や利用者の避難誘導を始めたいと考えています。",
      None, "ja",
      "kawasemi-flood F, yamabiko-alert L, kinoko-3dcity R, tidewell-flood F, byeolbit-flood L, sinbi-coastal L",
      "Kawasemi predicts underground flooding in Japan; Yamabiko only broadcasts and Kinoko's 3D model helps "
      "with flood scenarios. Tidewell, Byeolbit and Sinbi are not sold in Japan."),
    N("n32", "toyota", "ja", MOB,
      "朝夕の交差点渋滞を信号の制御で減らしたい",
      "工場の通勤時間帯に幹線道路の交差点で長い渋滞が起き、路線バスも遅れています。車の流れに合わせて信号の時間を"
      "変えられないか検討しています。",
      (80000000, "JPY"), "ja",
      "xiyue-signal F, taktwerk-adaptive F, tsubame-count R, saemteo-signal F, clearlane-adaptive F, "
      "chaophraya-signal F",
      "Xiyue (Chinese company, Japanese text) fits. Taktwerk is sold in East Asia within budget but has no "
      "Japanese; Saemteo, Clearlane and Chaophraya are not sold in Japan."),
    N("n33", "kyoto", "ja", OPN,
      "外国人住民に生活や防災の情報が届いていない",
      "市内の外国人住民は増え続けていますが、ごみの出し方や子どもの予防接種、避難所の案内が日本語だけでは伝わって"
      "いません。母語で知らせる仕組みと、窓口での通訳を用意したいと考えています。",
      None, "ja",
      "sakuradai-tagengo F, gaon-lingo F, yamabiko-alert R, andaman-lingo F, civiclab-accueil F",
      "Sakuradai and Gaon (sold in Japan, Japanese supported) fit. Andaman's chatbot is the Thai twin, not sold "
      "in Japan; Civiclab's service is French-speaking Europe only."),
    N("n34", "yangon", "ja", SUS,
      "ヤンゴン市の水道管からの漏水を減らしたい",
      "ヤンゴン市では配った水の半分近くが料金収入につながっておらず、古い配水管からの漏水が主な原因とみられています。"
      "漏水の多い地区を特定し、修理の優先順位をつける支援を計画しています。",
      (500000, "USD"), "ja en",
      "kawasemi-leak F, quellfluss-nrw F, lanshui-leak F, tidewell-meter R, hydroterre-fuites F",
      "JICA-style team. Kawasemi, Quellfluss and Lanshui all locate losing districts in Myanmar within budget; "
      "Hydroterre's acoustic service is not sold in Asia."),
    N("n35", "tokyo", "ja", HEA,
      "救急車が現場に着くまでの時間を縮めたい",
      "救急要請の件数が増え、現場に着くまでの平均時間が年々延びています。出動する隊の選び方や待機場所を見直し、"
      "病院への受け入れ照会にかかる時間も減らしたいと考えています。",
      (200000000, "JPY"), "ja",
      "hoshizora-dispatch F, dasarang-119 F, kinta-dispatch F, beacon-cad F, nusantara-112 F",
      "Hoshizora and Dasarang (Korean company, Japanese text) both fit. Kinta, Beacon and Nusantara dispatch "
      "systems are not sold in Japan."),
    N("n36", "kyoto", "ja", GOV,
      "建築や営業の許可申請を窓口に来なくても済むように",
      "町家の改修や飲食店の開業に必要な許可の申請は、今も紙の書類を窓口に持ってきてもらっています。申請から手数料の"
      "支払い、結果の通知までオンラインで完結させたいと考えています。",
      (30000000, "JPY"), "ja",
      "sakuradai-shinsei F, gaon-permits F, sakuradai-rpa R, northgate-permits F, lionbay-permitflow F, "
      "xinghe-approval F",
      "Sakuradai fits; Gaon's system is sold in Japan with Japanese but starts at about JPY 33 million, just "
      "over the budget. The US, Singapore and Chinese permit systems are not sold in Japan."),
    N("n37", "cebu-city", "ja", SUS,
      "埋立処分場から出るメタンガスを回収して活用したい",
      "セブ市の処分場ではごみの分解で出るガスがそのまま大気に出ており、悪臭や火災の原因にもなっています。ガスを集めて"
      "燃やすか発電に使い、温室効果ガスの削減にもつなげたいと考えています。",
      None, "ja en",
      "midori-lfg F, elbtal-lfg F, kinoko-methane-drone L, midori-biogas R",
      "JICA-style team. Midori (price on request) and Elbtal capture landfill gas in the Philippines; Kinoko's "
      "drone survey (emerging_technology) finds the leaks but does not capture them."),
    N("n38", "toyota", "ja", EMG,
      "橋や道路の点検を人手に頼らずに続けたい",
      "市が管理するおよそ千の橋を5年ごとに点検していますが、技術職員が足りず、点検のたびに足場や交通規制が必要です。"
      "ドローンや画像解析で点検の手間を減らしたいと考えています。",
      (20000000, "JPY"), "ja",
      "kinoko-droneinspect F, yunlu-droneinspect F, byeolbit-drone F, sakuradai-tsuho R, clearlane-bridgescan F",
      "Kinoko and Yunlu (Chinese company, Japanese supported) fit; Byeolbit's drones are sold in Japan within "
      "budget but support only Korean. Clearlane's bridge drones are North America only."),
    N("n39", "tokyo", "ja", SUS,
      "ごみ収集車が同じ道を何度も走っている",
      "区内の収集ルートは担当者の経験で決まっていて、収集車が同じ道を何度も往復したり、ほとんど空のまま走ったりして"
      "います。収集量に合わせて毎日の回り方を見直し、車両と燃料を減らしたいと考えています。",
      (50000000, "JPY"), "ja",
      "hanbit-route F, midori-route F, kinoko-binsensor R, routewise-collect F, elbtal-tourplan F, "
      "cuiwei-dispatch F, petaling-wastefleet F",
      "Hanbit (Korean company, Japanese text) and Midori fit. RouteWise, Elbtal, Cuiwei and Petaling plan routes "
      "too but are not sold in Japan."),
    # ============================================================== zh-Hans
    N("n40", "chengdu", "zh-Hans", MOB,
      "老城区找车位太难，车辆绕圈加剧拥堵",
      "老城区的路内泊位和停车场很分散，司机不知道哪里有空位，只能绕着街区找，高峰时段占了不少路面。"
      "希望能实时告诉司机附近的空余车位，并且缴费方便。",
      (3000000, "CNY"), "zh-Hans",
      "yunlu-parking F, tianmu-parkvideo F, straitsgate-guide F, petaling-epark L, saemteo-parkshare L, "
      "byeolbit-parkenforce R",
      "Yunlu and Tianmu fit. Straitsgate's guidance is the twin sold only in South-East Asia; Petaling's, "
      "Saemteo's and Byeolbit's parking tools are not sold in China."),
    N("n41", "chengdu", "zh-Hans", HEA,
      "传染病苗头要早发现，不能等医院上报",
      "以往疫情往往要等医院报告病例才被发现，已经错过了最佳处置时间。我们希望把医院、药店、学校等多方面的数据"
      "汇总起来，一有异常聚集就提醒疾控人员。",
      None, "zh-Hans",
      "jinghu-outbreak F, kallang-surveillance F, xiyue-citybrain R, siam-lanna-dengue L, sante-relais-veille F",
      "Jinghu (price on request) and Kallang (sold in East Asia, Chinese supported) fit; the city brain only "
      "pools data. Siam Lanna's and Santé Relais's surveillance are not sold in China."),
    N("n42", "kuala-lumpur", "zh-Hans", SUS,
      "商场和写字楼空调耗电太多",
      "市政府希望带头降低大型商场和办公楼的用电，而其中一大半电费花在中央空调上。我们想找能实时监测并自动优化"
      "空调运行的方案。",
      (500000, "MYR"), "zh-Hans en",
      "petaling-coolsense F, baram-bems F, lotus-solarmon L, xiyue-bems F, prairie-bems F, lumicite-batiments F",
      "Petaling fits; Baram's BEMS starts above the budget and Lotus's solar and audit service covers part. "
      "Xiyue's Chinese-language twin is sold only in China, Prairie and Lumicité only in the West."),
    N("n43", "singapore", "zh-Hans", SAF,
      "用现有摄像头自动发现街头违规和异常情况",
      "市镇理事会的摄像头已经覆盖组屋区，但只在事后调取录像。我们希望系统能自动发现乱扔垃圾、违规停车、有人倒地"
      "等情况，及时派人处理。",
      (400000, "SGD"), "zh-Hans en",
      "tianmu-aicam F, lionbay-kerbwatch F, xiyue-sortwatch R, byeolbit-crowd L, beacon-sightline F, "
      "byeolbit-parkenforce L",
      "Tianmu and Lionbay both fit in Singapore. Xiyue's sorting-point cameras help with dumping only; "
      "Byeolbit and Beacon video analytics are not sold in Singapore."),
    N("n44", "kuching", "zh-Hans", SAF,
      "河水上涨时提前通知沿岸居民",
      "每逢季候风暴雨，河流沿岸和低洼住宅区就会淹水，居民常常来不及搬走家当。我们需要监测河流水位，在水位上涨前"
      "通知受影响的居民。",
      (300000, "MYR"), "zh-Hans en",
      "borneo-floodwatch F, tidewell-flood F, yamabiko-alert L, mekong-flow-alert F, chaophraya-flood L, "
      "bayanihan-floodwatch F",
      "Borneo Hydro fits; Tidewell forecasts floods but costs more than the budget, and Yamabiko broadcasts only "
      "and just misses it. Mekong Flow, Chaophraya and Bayanihan are not sold in Malaysia."),
    N("n45", "chengdu", "zh-Hans", GOV,
      "市民办事不再跑多个部门、交多份材料",
      "办理开店、落户、社保等事项，市民仍要在多个部门之间来回跑，重复提交相同的材料。希望建设统一的网上办事入口，"
      "一次登录就能办理和查询。",
      (10000000, "CNY"), "zh-Hans",
      "xinghe-portal F, gaon-portal F, xinghe-miniapp L, xinghe-elicense L, xinghe-approval R, nusantara-portal F, "
      "songhong-portal F",
      "Xinghe's portal fits; Gaon's portal (Korean text, Chinese supported) is sold in China but starts just "
      "above the budget. The mini-app and e-licence library cover part; Nusantara and Song Hong are not sold here."),
    N("n46", "johor-bahru", "zh-Hans", MOB,
      "公交车被私家车堵在路口，准点率很低",
      "市区的公交车在高峰时段经常被困在路口车流中，乘客抱怨等车时间长、班次不准。我们想让公交车在路口优先通行。",
      None, "zh-Hans en",
      "xiyue-busprio F, taktwerk-tsp F, saemteo-signal R, tsubame-busloc R, clearlane-tsp F, saemteo-brt L",
      "Xiyue and Taktwerk give buses priority in Malaysia. Clearlane's transit priority is the English twin sold "
      "only in North America; Saemteo's BRT package is not sold in Malaysia."),
    N("n47", "chengdu", "zh-Hans", SUS,
      "小区垃圾分类投放点混投严重，居民积极性不高",
      "垃圾分类推行几年了，但不少小区的投放点仍然混投，督导员人手也不够。希望有办法监督投放情况，并用奖励提高居民"
      "的参与度。",
      (2000000, "CNY"), "zh-Hans",
      "cuiwei-sorting F, xiyue-sortwatch L, elbtal-mrf R, rinjani-wastebank L, hanbit-foodwaste R",
      "Cuiwei's smart bins with points do both; Xiyue's cameras supervise but give no rewards. Elbtal sorts at the "
      "plant, not at the drop-off point; Rinjani's waste bank is sold only in Indonesia."),
    N("n48", "singapore", "zh-Hans", EMG,
      "各部门的传感器各自为政，数据无法共享",
      "各部门分别采购了水位、空气、停车等各种传感器，每套都有自己的平台，数据互不相通。我们想要一个统一接入和管理"
      "所有设备数据的平台。",
      None, "zh-Hans en",
      "xiyue-iot F, kinoko-iotbase F, prairie-iot F, lotus-lorawan L, xiyue-citybrain L",
      "Xiyue and Kinoko (Japanese company, English supported) fit. Prairie's hub is sold only in North America; "
      "Lotus's network and Xiyue's city brain are not sold in Singapore."),
]

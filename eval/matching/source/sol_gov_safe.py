"""Solutions of the domains efficient_government and safe_city."""
from common import S

G = "efficient_government"
SF = "safe_city"

SOLUTIONS = [
    # -------------------------------------------------------------- permits
    S("northgate-permits", "northgate", G, {
        "en": ("Online building permits",
               "Applicants submit building and business permits online, upload plans, pay fees and follow each "
               "review step. Inspectors schedule site visits and record results on a tablet."),
      }, "| northern-america", (40000, 180000, "USD"), "subscription", "en"),
    S("mabuhay-bpls", "mabuhay", G, {
        "en": ("One-stop business and building permits",
               "A one-stop online counter for business permit applications and renewals and for building permits, "
               "with fee assessment, online payment and a tracking number the applicant can follow. Built around "
               "local business permit and licensing rules."),
      }, "PH |", (1500000, 4000000, "PHP"), "subscription", "en",
      [("davao-city", "2022", {"en": "Business permit renewals in one day instead of five"}),
       ("manila", "2023", {})]),
    S("lionbay-permitflow", "lionbay", G, {
        "en": ("Permit and licence workflow",
               "Configurable online application, review and approval workflow for any permit or licence, with status "
               "tracking for applicants and service-level reports for managers. New permit types are set up without coding."),
      }, "| south-eastern-asia", (80000, 300000, "SGD"), "subscription", "en zh-Hans"),
    S("sakuradai-shinsei", "sakuradai", G, {
        "ja": ("許認可の電子申請システム",
               "建築確認、営業許可、道路占用などの申請をオンラインで受け付け、審査・決裁・手数料納付まで電子化します。"
               "申請者はマイページで進捗を確認でき、窓口に来る必要がありません。"),
      }, "JP |", (10000000, 50000000, "JPY"), "subscription", "ja"),
    S("gaon-permits", "gaon", G, {
        "ko": ("인허가 전자 처리 시스템",
               "건축·영업 인허가 신청부터 관계 부서 협의, 결재, 수수료 납부까지 온라인으로 처리합니다. 신청인은 온라인으로 진행 상황을 확인할 수 있습니다."),
        "ja": ("許認可オンライン処理",
               "建築・営業の許認可申請から関係部署協議、決裁、手数料納付までオンラインで処理します。申請者はオンラインで進捗を確認できます。"),
      }, "KR JP |", (300000000, 1000000000, "KRW"), "subscription", "ko ja"),
    S("xinghe-approval", "xinghe", G, {
        "zh-Hans": ("工程建设项目审批系统",
                    "工程建设项目审批全流程网上办理，多部门并联审批、统一收件，申请人可随时查询办理进度。审批时限自动提醒，超期事项实时督办。"),
      }, "CN |", (2000000, 8000000, "CNY"), "purchase", "zh-Hans"),
    # -------------------------------------------------------------- portals
    S("xinghe-portal", "xinghe", G, {
        "zh-Hans": ("一网通办政务服务平台",
                    "把各部门的政务服务事项整合到一个网站和一个应用，实现统一身份认证、统一受理、统一查询进度。"
                    "市民办事少跑腿、少交材料。"),
      }, "CN |", (5000000, 20000000, "CNY"), "purchase", "zh-Hans"),
    S("gaon-portal", "gaon", G, {
        "ko": ("원스톱 전자정부 민원 포털",
               "여러 부처의 민원 서비스를 하나의 포털과 앱으로 통합하고, 통합 인증과 전자 결제, 처리 상황 조회를 "
               "제공합니다. 한국 전자정부 경험을 바탕으로 해외 도시에 맞춰 구축합니다."),
        "en": ("One-stop e-government portal",
               "Brings the services of many departments into one portal and app, with single sign-on, e-payment and "
               "status tracking. It is built for each country on the basis of Korea's e-government experience."),
      }, "KR CN VN |", (2000000000, 8000000000, "KRW"), "purchase", "ko en zh-Hans",
      [("hanoi", "2021", {}), ("da-nang", "2022", {})]),
    S("xinghe-miniapp", "xinghe", G, {
        "zh-Hans": ("政务服务小程序",
                    "在常用社交应用中提供政务服务小程序，市民可预约、查询和办理高频事项。需要对接已有的政务服务平台。"),
      }, "CN |", (1000000, 3000000, "CNY"), "subscription", "zh-Hans"),
    S("nusantara-portal", "nusantara", G, {
        "en": ("City services super-app",
               "One app for residents to pay local taxes, request documents, report problems and read city news. It connects to the city's existing back-office systems."),
      }, "ID |", (1000000000, 5000000000, "IDR"), "purchase", "en", [("makassar", "2023", {})]),
    S("songhong-portal", "songhong", G, {
        "en": ("Public service portal",
               "Online submission of administrative procedures with e-payment and tracking, connected to the "
               "back-office workflow of each department. Citizens receive the result by SMS or e-mail."),
        "fr": ("Portail des services publics",
               "Dépôt en ligne des démarches administratives, paiement électronique et suivi, relié aux circuits "
               "internes de chaque service. Les usagers reçoivent le résultat par SMS ou par courriel."),
      }, "VN LA KH |", (2000000000, 8000000000, "VND"), "purchase", "en fr"),
    # ---------------------------------------------------------- digital ID
    S("gaon-did", "gaon", G, {
        "ko": ("모바일 신분증·전자증명서",
               "주민등록 정보를 디지털화하고, 스마트폰에 모바일 신분증과 전자증명서를 발급합니다. 행정기관과 은행은 "
               "QR로 진위를 확인합니다."),
        "en": ("Mobile ID and e-certificates",
               "Digitises the civil register and issues mobile IDs and e-certificates to smartphones; agencies and "
               "banks verify them by QR code. Citizens no longer need paper copies for most procedures."),
      }, "KR KH VN LA |", (1000000000, 4000000000, "KRW"), "purchase", "ko en"),
    S("songhong-eid", "songhong", G, {
        "en": ("Civil registry digitisation and e-certificates",
               "Scans and indexes paper birth, marriage and residence records, builds a searchable civil registry and "
               "issues certified copies online with a verifiable QR code. Staff are trained to keep the register up to date."),
        "fr": ("Numérisation de l'état civil",
               "Numérisation des registres d'état civil, base consultable et délivrance en ligne d'extraits certifiés "
               "avec un QR code vérifiable. Les agents sont formés à la mise à jour du registre."),
      }, "VN KH LA |", (200000, 900000, "USD"), "purchase", "en fr",
      [("luang-prabang", "2022", {}), ("hanoi", "2020", {"en": "3.1 million records digitised"})]),
    S("lionbay-idstack", "lionbay", G, {
        "en": ("National digital identity stack",
               "Digital identity with biometric enrolment, mobile credentials, consent-based data sharing and a "
               "sign-in service for government and private apps. It is sized for national roll-outs."),
      }, "| south-eastern-asia", (3000000, 10000000, "SGD"), "purchase", "en"),
    S("xinghe-elicense", "xinghe", G, {
        "zh-Hans": ("电子证照库",
                    "将身份证明、户籍、营业执照等证照电子化，统一存储和核验，市民办事时无需重复提交纸质证明。可与政务服务平台对接。"),
      }, "CN KH LA |", (3000000, 10000000, "CNY"), "purchase", "zh-Hans"),
    S("mabuhay-id", "mabuhay", G, {
        "en": ("City resident ID",
               "Issues a city resident ID card and app used for social benefits, clinics and permits. Registration is done in barangay halls."),
      }, "PH |", (5000000, 20000000, "PHP"), "purchase", "en"),
    # ------------------------------------------------------------ open data
    S("lionbay-opendata", "lionbay", G, {
        "en": ("Open data portal",
               "A catalogue for publishing city datasets with APIs, previews, licences and usage statistics. "
               "Departments publish from their own systems on a schedule."),
      }, "| south-eastern-asia", (40000, 150000, "SGD"), "subscription", "en zh-Hans",
      [("kuala-lumpur", "2021", {}), ("jakarta", "2022", {"en": "620 datasets published"})]),
    S("songhong-opendata", "songhong", G, {
        "en": ("Open data portal for Vietnamese cities",
               "Publishes city datasets in open formats with an API, in line with national open-data rules; training "
               "for the departments is included. Each dataset shows when it was last updated."),
        "fr": ("Portail de données ouvertes",
               "Publication des jeux de données de la ville dans des formats ouverts avec une API, conformément aux "
               "règles nationales ; formation des services incluse. Chaque jeu de données indique sa date de mise à jour."),
      }, "VN |", (500000000, 2000000000, "VND"), "subscription", "en fr"),
    S("civiclab-opendata", "civiclab", G, {
        "fr": ("Portail open data pour collectivités",
               "Un portail clé en main pour publier les données de la collectivité : catalogue, API, visualisations et "
               "statistiques de réutilisation. Les agents publient sans compétence technique."),
      }, "| western-europe northern-africa", (10000, 50000, "EUR"), "subscription", "fr"),
    S("xinghe-opendata", "xinghe", G, {
        "zh-Hans": ("公共数据开放平台",
                    "按分级分类发布政府公共数据，提供接口服务和数据申请审核，并统计数据利用情况。支持各部门按目录定期更新数据。"),
      }, "CN |", (1000000, 3000000, "CNY"), "purchase", "zh-Hans"),
    # ----------------------------------------------------------- complaints
    S("gaon-minwon", "gaon", G, {
        "ko": ("통합 민원 처리 관리 시스템",
               "전화, 웹, 앱, 방문으로 들어온 민원을 한곳에 접수해 담당 부서에 자동 배정하고, 시민이 처리 단계와 결과를 "
               "실시간으로 조회할 수 있게 합니다. 처리 기한이 다가오면 담당자에게 알림을 보냅니다."),
      }, "KR |", (200000000, 800000000, "KRW"), "subscription", "ko"),
    S("nusantara-lapor", "nusantara", G, {
        "en": ("Citizen complaint tracking",
               "Residents report problems by app, messaging or web; each report is routed to the responsible office "
               "and its status is public. Officials see overdue reports on a dashboard."),
      }, "ID |", (500000000, 2000000000, "IDR"), "subscription", "en",
      [("makassar", "2022", {"en": "Average reply time 3 days"}), ("banyuwangi", "2023", {})]),
    S("northgate-311", "northgate", G, {
        "en": ("311 request management",
               "Takes service requests by phone, web and app, routes them to departments and shows residents the "
               "status of each request. Supervisors see overdue requests by department."),
      }, "| northern-america", (50000, 200000, "USD"), "subscription", "en"),
    S("sakuradai-tsuho", "sakuradai", G, {
        "ja": ("市民通報アプリ",
               "道路の穴や街灯の故障、不法投棄などを市民がスマートフォンで写真付きで通報でき、対応状況が地図上で公開されます。職員は地図上で通報を確認し、担当部署に振り分けます。"),
        "ko": ("시민 신고 앱",
               "도로 파손, 가로등 고장, 무단 투기 등을 시민이 사진과 함께 신고하고, 처리 상황을 지도에서 확인합니다. 담당 공무원은 지도에서 신고를 확인하고 부서에 배정합니다."),
      }, "JP KR |", (5000000, 20000000, "JPY"), "subscription", "ja ko"),
    # ----------------------------------------------------------- back office
    S("sakuradai-rpa", "sakuradai", G, {
        "ja": ("庁内業務のRPA・AI-OCR",
               "紙の申請書をAI-OCRで読み取り、定型的な入力作業をRPAで自動化します。職員の入力作業の時間を大幅に減らします。"),
      }, "JP |", (3000000, 12000000, "JPY"), "subscription", "ja"),
    S("mabuhay-treasury", "mabuhay", G, {
        "en": ("Local revenue and real property tax",
               "Assessment, billing and online payment of real property tax and local fees, with a treasury "
               "dashboard. Taxpayers can pay online or at partner outlets."),
      }, "PH |", (2000000, 6000000, "PHP"), "subscription", "en", [("cebu-city", "2021", {})]),
    S("lionbay-dashboard", "lionbay", G, {
        "en": ("City performance dashboard",
               "Pulls indicators from departmental systems into one dashboard for the mayor's office, with targets "
               "and weekly alerts. The data is refreshed daily."),
      }, "| south-eastern-asia australia-and-new-zealand", (50000, 200000, "SGD"), "subscription", "en"),
    S("songhong-eoffice", "songhong", G, {
        "en": ("Electronic documents and e-office",
               "Electronic document exchange, digital signature and task tracking between the departments of a city "
               "government. It replaces the paper circulation of documents."),
      }, "VN LA |", (500000000, 2000000000, "VND"), "subscription", "en"),
    # ================================================================ safety
    S("tianmu-aicam", "tianmu", SF, {
        "zh-Hans": ("视频智能分析平台",
                    "接入已有监控摄像头，AI自动识别人群聚集、打架斗殴、人员倒地、占道经营和违法停车等事件，并推送给"
                    "指挥中心。支持按区域和时段设置规则。"),
        "en": ("Video analytics platform",
               "Connects to existing CCTV and detects crowding, fights, people falling, street obstruction and "
               "illegal parking, sending the events to the control room. Rules can be set by area and time of day."),
      }, "CN MY SG PH |", (1000000, 5000000, "CNY"), "purchase", "zh-Hans en",
      [("kuala-lumpur", "2022", {})]),
    S("byeolbit-crowd", "byeolbit", SF, {
        "ko": ("인파 밀집도 CCTV 분석",
               "CCTV 영상으로 단위 면적당 인원을 계산해 밀집도가 위험 수준에 가까워지면 관제 요원과 현장 경찰에게 "
               "경보를 보냅니다. 폭행이나 쓰러짐 같은 이상 행동도 감지합니다."),
        "en": ("Crowd density analytics",
               "Counts people per square metre from CCTV and warns the control room and officers on site before "
               "density becomes dangerous; also flags fights and people collapsing. The system works with existing cameras."),
      }, "KR PH VN ID |", (100000000, 400000000, "KRW"), "subscription", "ko en"),
    S("bayanihan-cctvhub", "bayanihan", SF, {
        "en": ("Barangay CCTV hub with AI alerts",
               "Connects barangay and city cameras to one viewing hub and sends alerts for brawls, crowding and "
               "after-hours loitering to tanods and the police desk. Footage stays on city servers."),
      }, "PH |", (2000000, 5000000, "PHP"), "subscription", "en",
      [("cebu-city", "2023", {"en": "62 barangay cameras connected"})]),
    S("lionbay-kerbwatch", "lionbay", SF, {
        "en": ("Kerbside video analytics",
               "Uses existing cameras to detect illegal parking, littering, blocked drains and obstructed walkways, "
               "and opens cases for enforcement officers. Officers receive each case with a photo and location."),
      }, "| south-eastern-asia", (200000, 600000, "SGD"), "subscription", "en"),
    S("beacon-sightline", "beacon", SF, {
        "en": ("CCTV incident detection",
               "Detects fights, crowd surges and people down on existing CCTV and pushes the clips to the control "
               "room. Operators confirm or dismiss each alert with one click."),
      }, "| northern-america western-europe", (100000, 500000, "USD"), "subscription", "en"),
    S("tianmu-plate", "tianmu", SF, {
        "zh-Hans": ("车辆识别与卡口系统",
                    "在道路卡口识别车牌、车型和颜色，支持套牌车和布控车辆报警。识别结果可与交警系统联动。"),
      }, "CN MY TH |", (500000, 2000000, "CNY"), "purchase", "zh-Hans"),
    S("byeolbit-parkenforce", "byeolbit", SF, {
        "ko": ("불법 주정차 AI 단속 CCTV",
               "소방차 진입로, 소화전 주변, 어린이보호구역의 불법 주정차를 AI CCTV가 자동으로 감지해 운전자에게 이동 "
               "안내 문자를 보내고, 이동하지 않으면 단속 자료를 생성합니다. 골목길 소방 통로 확보에 효과적입니다."),
      }, "KR |", (300000000, 900000000, "KRW"), "purchase", "ko"),
    S("nusantara-112", "nusantara", SF, {
        "en": ("112 emergency command centre",
               "One emergency number for police, fire and ambulance: call-taking with the caller's location, "
               "dispatch of the right unit, and a shared map for all agencies in the command centre. Response times are reported for each agency."),
      }, "ID |", (2000000000, 8000000000, "IDR"), "purchase", "en",
      [("jakarta", "2021", {}), ("banyuwangi", "2022", {"en": "One number for police, fire and ambulance"})]),
    # ---------------------------------------------------------------- floods
    S("byeolbit-flood", "byeolbit", SF, {
        "ko": ("CCTV 하천·해안 수위 감지 경보",
               "기존 CCTV 영상에서 하천과 해안의 수위 변화를 AI로 자동 인식해, 위험 수위에 도달하기 전에 주민에게 재난 "
               "문자와 방송으로 알립니다. 지하차도와 저지대 도로의 침수도 감지합니다."),
        "en": ("CCTV water-level alerts",
               "AI reads river and sea levels from existing CCTV and warns residents by text and loudspeaker before "
               "danger levels; also detects flooded underpasses. No new gauges are needed where cameras already exist."),
      }, "KR VN |", (200000000, 800000000, "KRW"), "purchase", "ko en"),
    S("mekong-flow-alert", "mekong-flow", SF, {
        "en": ("River flood early warning",
               "Radar water-level gauges on rivers and canals feed a forecasting model; when a threshold is forecast, "
               "residents get SMS and loudspeaker warnings and village chiefs a phone call. The gauges run on solar power."),
        "fr": ("Alerte précoce aux crues",
               "Des limnimètres radar sur les fleuves et les canaux alimentent un modèle de prévision ; en cas de "
               "dépassement prévu, les habitants sont prévenus par SMS et haut-parleurs, et les chefs de village par "
               "appel téléphonique. Les limnimètres fonctionnent à l'énergie solaire."),
      }, "VN KH LA TH |", (30000, 120000, "USD"), "subscription", "en fr",
      [("vientiane", "2022", {"en": "Warnings to 14 riverside villages"}), ("phnom-penh", "2021", {})]),
    S("bayanihan-floodwatch", "bayanihan", SF, {
        "en": ("Barangay flood warning",
               "River gauges and rain sensors upstream trigger sirens and SMS warnings in the barangays at risk, with "
               "evacuation messages in local languages. Barangay officials also receive a call."),
      }, "PH |", (3000000, 10000000, "PHP"), "subscription", "en", [("davao-city", "2022", {})]),
    S("borneo-floodwatch", "borneo-hydro", SF, {
        "en": ("River level monitoring and flood alerts",
               "Solar-powered river level stations and rain gauges, with alerts to residents and district disaster "
               "officers by SMS and app when the water rises. The stations keep working during power cuts."),
        "zh-Hans": ("河流水位监测与洪水预警",
                    "太阳能供电的河流水位站和雨量计，水位上涨时通过短信和应用通知居民和县灾害管理人员。监测站在停电时也能正常工作。"),
      }, "MY BN ID |", (100000, 250000, "MYR"), "subscription", "en zh-Hans", [("kota-kinabalu", "2021", {})]),
    S("kawasemi-flood", "kawasemi", SF, {
        "ja": ("内水氾濫予測・地下空間浸水警報",
               "下水道の水位計と雨量レーダーから内水氾濫を予測し、地下街や地下鉄駅の出入口に浸水の危険が迫ると管理者と"
               "利用者に警報を出します。止水板を設置するかどうかの判断を支援します。"),
      }, "JP |", (30000000, 100000000, "JPY"), "purchase", "ja"),
    S("yamabiko-alert", "yamabiko", SF, {
        "ja": ("防災情報一斉配信",
               "避難情報を防災行政無線、メール、SNS、アプリ、デジタルサイネージに一度の操作で同時配信します。"
               "多言語の定型文を備えています。"),
        "en": ("Multi-channel emergency alerts",
               "Sends evacuation orders to sirens, SMS, social media, apps and signs in one step, with ready-made "
               "messages in several languages. Operators can preview every channel before sending."),
      }, "JP | eastern-asia south-eastern-asia", (10000000, 40000000, "JPY"), "subscription", "ja en"),
    S("chaophraya-flood", "chaophraya", SF, {
        "en": ("Canal level and pump station monitoring",
               "Water levels in canals and the status of drainage pumps shown live to the city's drainage "
               "department, with flood alerts by district. Operators can start pumps remotely."),
      }, "TH |", (5000000, 20000000, "THB"), "subscription", "en", [("bangkok", "2021", {})]),
    S("northgate-floodready", "northgate", SF, {
        "en": ("River flood warning",
               "River gauges and a forecast model issue flood warnings to residents by text and phone before the "
               "water reaches their street. Emergency managers see the forecast on a map."),
      }, "| northern-america", (40000, 150000, "USD"), "subscription", "en"),
    # ------------------------------------------------------------------ fire
    S("hydroterre-vigie", "hydroterre", SF, {
        "fr": ("Vigie feux de forêt",
               "Des caméras panoramiques installées sur des points hauts repèrent automatiquement les fumées "
               "naissantes dans les massifs boisés et envoient leur position aux pompiers en quelques minutes. Un opérateur confirme chaque alerte avant sa transmission."),
      }, "| western-europe southern-europe", (60000, 250000, "EUR"), "subscription", "fr"),
    S("waldblick-sensors", "waldblick", SF, {
        "en": ("Forest fire gas sensor network",
               "Solar-powered gas sensors in the forest smell a smouldering fire within minutes and send an alert "
               "over a mesh radio network. No cameras or line of sight are needed."),
        "fr": ("Capteurs de gaz contre les feux de forêt",
               "Des capteurs autonomes détectent les gaz d'un feu couvant en quelques minutes et donnent l'alerte par "
               "un réseau radio maillé. Aucune caméra ni visibilité directe n'est nécessaire."),
      }, "| western-europe northern-europe southern-europe", (100000, 500000, "EUR"), "purchase", "en fr"),
    S("tianmu-firewatch", "tianmu", SF, {
        "zh-Hans": ("森林防火视频监测",
                    "在制高点安装可见光和热成像双光谱摄像机，自动识别烟火并定位火点，联动护林员和消防。适用于林区、景区和城郊山地。"),
      }, "CN |", (1000000, 5000000, "CNY"), "purchase", "zh-Hans"),
    S("beacon-wildfire", "beacon", SF, {
        "en": ("Wildfire detection cameras",
               "A network of AI cameras on towers that spots smoke and sends the position of the fire to the fire "
               "service. Each camera tower covers up to 15 km."),
      }, "| northern-america western-europe", (600000, 2000000, "USD"), "purchase", "en"),
    # ------------------------------------------------------- other hazards
    S("yamabiko-dosha", "yamabiko", SF, {
        "ja": ("土砂災害監視",
               "斜面に傾斜計と土壌水分計を設置し、崩壊の兆候を検知して避難情報の発令を支援します。観測データは防災担当課にリアルタイムで届きます。"),
      }, "JP |", (20000000, 80000000, "JPY"), "purchase", "ja"),
    S("borneo-slope", "borneo-hydro", SF, {
        "en": ("Hill slope monitoring",
               "Tilt and moisture sensors on hill slopes near housing warn of landslides after heavy rain. Alerts go to residents and the district disaster office."),
      }, "MY BN |", (200000, 600000, "MYR"), "purchase", "en"),
    S("andaman-touristsafe", "andaman", SF, {
        "en": ("Tourist safety app",
               "An SOS button for visitors that sends their location to the tourist police, with the app in five "
               "languages. It also shows the nearest hospital and police station."),
      }, "TH |", (2000000, 6000000, "THB"), "subscription", "en zh-Hans ko ja",
      [("phuket", "2022", {})]),
]

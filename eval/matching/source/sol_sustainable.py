"""Solutions of the domain sustainable_city: waste, water, lighting,
building energy, air quality (and one flood forecaster filed here)."""
from common import S

D = "sustainable_city"
SEA = "south-eastern-asia"

SOLUTIONS = [
    # ---------------------------------------------------------------- waste
    S("routewise-collect", "routewise", D, {
        "en": ("Collection route planner",
               "Plans daily waste-collection routes from bin fill sensors and truck GPS, so crews only stop "
               "where bins are nearly full. Dispatchers see the day's plan on a map and drivers follow it on a "
               "phone app. Reports show kilometres, fuel and tonnes per route."),
        "zh-Hans": ("垃圾收运路线规划",
                    "根据垃圾桶满溢传感器和车辆GPS数据，每天自动生成收运路线，只在接近装满的桶点停靠。"
                    "调度员在地图上查看计划，司机通过手机应用按路线作业。"),
      }, "SG MY | south-eastern-asia", (50000, 200000, "USD"), "subscription", "en zh-Hans",
      [("da-nang", "2023", {"en": "Fuel use down 12 % in a year"}),
       ("johor-bahru", "2022", {"en": "Two of nine compactor trucks moved to new districts"})]),
    S("hanbit-route", "hanbit", D, {
        "ko": ("청소차 수거 동선 최적화",
               "수거 차량의 GPS와 수거 실적 데이터를 분석해 매일 최적의 수거 동선을 자동으로 짜 줍니다. "
               "빈 차로 달리는 구간과 중복 운행을 줄여 연료비와 인건비를 절감합니다. "
               "관제 화면에서 차량별 진행 상황을 실시간으로 확인할 수 있습니다."),
        "ja": ("ごみ収集車の運行ルート最適化",
               "収集車のGPSと収集実績を分析し、毎日の最適な収集ルートを自動作成します。"
               "空車走行や重複走行を減らし、燃料費と人件費を削減します。"),
      }, "KR JP |", (80000000, 300000000, "KRW"), "subscription", "ko ja"),
    S("elbtal-tourplan", "elbtal", D, {
        "en": ("Refuse round optimiser",
               "Builds daily refuse-collection rounds from bin fill-level sensors and vehicle tracking, so that "
               "crews skip bins that are still mostly empty. Planners approve the rounds on a map and drivers get "
               "turn-by-turn guidance in the cab. Monthly reports compare kilometres driven and fuel burned per "
               "tonne collected."),
        "fr": ("Optimiseur de tournées de collecte",
               "Calcule chaque jour les tournées de collecte à partir des capteurs de remplissage et de la "
               "géolocalisation des bennes. Les équipes ne s'arrêtent qu'aux conteneurs presque pleins."),
      }, "| western-europe northern-europe", (40000, 150000, "EUR"), "subscription", "en fr"),
    S("midori-route", "midori", D, {
        "ja": ("収集ルート自動作成クラウド",
               "過去の収集量と道路事情をもとに、収集車ごとの巡回ルートを毎日自動で作成するクラウドサービスです。"
               "運転手はタブレットでルートを確認し、積み残しや追加依頼もその場で反映できます。"
               "走行距離の短縮と収集車の台数削減を支援します。"),
      }, "| eastern-asia south-eastern-asia", (10000000, 40000000, "JPY"), "subscription", "ja"),
    S("petaling-wastefleet", "petaling", D, {
        "en": ("Waste fleet command centre",
               "A full control room for municipal waste fleets: GPS and fuel sensors on every compactor, "
               "automatic weekly re-planning of collection routes, driver scoring and handling of missed-bin "
               "claims. Delivered turnkey with screens, hardware and three years of operation support."),
      }, "| south-eastern-asia", (2000000, 5000000, "MYR"), "purchase", "en",
      [("kuala-lumpur", "2021", {"en": "140 trucks monitored from one control room"}),
       ("kuching", "2023", {})]),
    S("cuiwei-dispatch", "cuiwei", D, {
        "zh-Hans": ("环卫车辆智能调度系统",
                    "为环卫作业车辆提供GPS定位、油耗监测和作业路线智能调度。系统根据各收集点的垃圾量自动调整线路，"
                    "减少空驶里程，并支持与城市管理平台对接。"),
      }, "CN |", (800000, 3000000, "CNY"), "subscription", "zh-Hans"),
    S("hanbit-smartbin", "hanbit", D, {
        "ko": ("태양광 압축 스마트 쓰레기통",
               "태양광으로 작동하는 압축 쓰레기통이 적재량을 실시간으로 측정해 관제 시스템에 전송합니다. "
               "가득 차기 전에 알림을 보내 넘침을 막고, 압축 덕분에 수거 횟수를 줄일 수 있습니다."),
        "en": ("Solar compacting smart bin",
               "Solar-powered public litter bins compact the waste and report their fill level every hour. "
               "Crews are alerted before a bin overflows, and compaction cuts the number of pick-ups."),
      }, "KR VN KH |", (50000000, 400000000, "KRW"), "purchase", "ko en",
      [("phnom-penh", "2023", {"ko": "시범 구역 넘침 민원 70% 감소"}),
       ("hanoi", "2022", {})]),
    S("kinoko-binsensor", "kinoko", D, {
        "ja": ("ごみ箱満杯センサー",
               "既存のごみ箱や集積所に後付けできる超音波センサーで、たまり具合を遠隔から把握できます。"
               "満杯に近づくと担当者にメールで通知し、地図上で各地点の状況を一覧できます。電池で約5年動作します。"),
      }, "| eastern-asia south-eastern-asia", (2000000, 8000000, "JPY"), "subscription", "ja"),
    S("compostelle-sonde", "compostelle", D, {
        "fr": ("Sondes de remplissage pour bacs et colonnes",
               "Des sondes à ultrasons fixées sous le couvercle mesurent le remplissage des bacs publics et des "
               "colonnes de tri. La plateforme signale les bacs qui vont déborder et ceux qu'il est inutile de "
               "vider. Installation sans travaux, autonomie de plusieurs années."),
      }, "FR KH LA VN |", (20000, 60000, "EUR"), "subscription", "fr"),
    S("rinjani-wastebank", "rinjani", D, {
        "en": ("Digital waste bank",
               "An app and ledger for neighbourhood waste banks: residents bring sorted plastics, paper and metal, "
               "the collector weighs them and the value is credited to the household's account. City staff see "
               "the tonnes kept out of landfill, district by district."),
      }, "ID |", (500000000, 2000000000, "IDR"), "subscription", "en",
      [("banyuwangi", "2022", {"en": "41 neighbourhood waste banks on the app"}),
       ("makassar", "2023", {})]),
    S("midori-biogas", "midori", D, {
        "ja": ("食品廃棄物メタン発酵プラント",
               "市場や飲食店から出る生ごみをメタン発酵させ、バイオガスで発電します。発酵残さは堆肥として利用できます。"
               "設計・建設から運転指導まで一括で提供します。"),
        "en": ("Food-waste anaerobic digestion plant",
               "Turns food waste from markets and restaurants into biogas for power, with the digestate used as "
               "compost. Design, build and operator training in one contract."),
      }, "| eastern-asia south-eastern-asia", (300000000, 1200000000, "JPY"), "purchase", "ja en",
      [("bangkok", "2020", {"en": "30 t a day of market waste turned into biogas"})]),
    S("compostelle-methan", "compostelle", D, {
        "fr": ("Méthaniseur compact pour biodéchets",
               "Unité de méthanisation en conteneur qui traite de 2 à 10 tonnes de biodéchets par jour, issus des "
               "marchés et de la restauration. Le biogaz alimente un groupe électrogène et le digestat est valorisé "
               "en compost. Livrée avec la formation des exploitants locaux."),
        "en": ("Compact digester for organic waste",
               "Containerised anaerobic digester for 2 to 10 tonnes a day of market and canteen waste; the biogas "
               "runs a generator and the digestate becomes compost. Local operators are trained to run it."),
      }, "FR KH LA VN |", (150000, 600000, "EUR"), "purchase", "fr en",
      [("siem-reap", "2022", {"fr": "8 t de biodéchets de marché traités par jour"})]),
    S("hanbit-foodwaste", "hanbit", D, {
        "ko": ("RFID 음식물 쓰레기 종량기",
               "공동주택 단지에 RFID 카드로 배출량을 계량하는 음식물 쓰레기 수거기를 설치해 배출한 만큼 수수료를 "
               "부과합니다. 세대별 배출량을 앱으로 보여 주어 자연스럽게 감량을 유도하며, 도입 단지에서 배출량이 "
               "평균 20% 이상 줄었습니다."),
      }, "KR |", (500000000, 1500000000, "KRW"), "purchase", "ko"),
    S("cuiwei-kitchen", "cuiwei", D, {
        "zh-Hans": ("厨余垃圾就地处理设备",
                    "在农贸市场、食堂和小区设置厨余垃圾就地减量处理机，经破碎、脱水和好氧发酵，体积减少80%以上，"
                    "大幅降低清运和末端处理费用。设备占地小，可直接放在市场或小区内。"),
        "ko": ("음식물 쓰레기 현장 감량 처리기",
               "시장, 급식소, 아파트 단지에서 음식물 쓰레기를 분쇄·탈수·발효해 부피를 80% 이상 줄입니다. "
               "운반과 처리 비용을 크게 낮춥니다."),
      }, "CN KR |", (1000000, 4000000, "CNY"), "purchase", "zh-Hans ko"),
    S("cuiwei-sorting", "cuiwei", D, {
        "zh-Hans": ("智能分类回收箱与积分系统",
                    "在小区投放点设置智能分类回收箱，居民扫码投放可回收物、厨余和有害垃圾，系统自动称重并发放积分，"
                    "积分可兑换生活用品。后台统计各小区的分类准确率和回收量。"),
      }, "CN |", (500000, 3000000, "CNY"), "purchase", "zh-Hans"),
    S("xiyue-sortwatch", "xiyue", D, {
        "zh-Hans": ("垃圾分类投放点AI督导",
                    "在投放点安装摄像头，AI自动识别混投、乱扔和桶满溢，并将告警推送给社区督导员。"
                    "按小区生成分类质量排名，辅助考核。"),
        "en": ("AI monitoring of sorting points",
               "Cameras at neighbourhood drop-off points detect mixed or dumped waste and overflowing bins and "
               "alert the community supervisor. Sorting quality is ranked by estate."),
      }, "CN SG MY |", (800000, 2500000, "CNY"), "subscription", "zh-Hans en"),
    S("elbtal-mrf", "elbtal", D, {
        "en": ("Optical sorting line for recyclables",
               "Near-infrared optical sorters and ballistic separators for materials-recovery facilities, "
               "separating PET, HDPE, paper and metals from mixed dry recyclables. Throughput from 5 to 25 tonnes "
               "an hour."),
        "fr": ("Ligne de tri optique des recyclables",
               "Trieurs optiques proche infrarouge et séparateurs balistiques pour centres de tri : PET, PEHD, "
               "papiers et métaux issus de la collecte sélective. Débit de 5 à 25 tonnes par heure."),
      }, "| western-europe northern-europe eastern-asia", (2000000, 8000000, "EUR"), "purchase", "en fr zh-Hans"),
    S("elbtal-lfg", "elbtal", D, {
        "en": ("Landfill gas capture and monitoring",
               "Drills gas wells into existing landfill cells, connects them to a blower and a flare or gas engine, "
               "and monitors methane content and flow at every well. Cuts odour and fire risk and can earn carbon "
               "credits."),
        "fr": ("Captage et suivi du biogaz de décharge",
               "Puits de captage, torchère ou moteur à gaz, et suivi en continu du méthane sur chaque puits. "
               "Réduit les odeurs et le risque d'incendie."),
      }, "| western-europe south-eastern-asia", (400000, 1500000, "EUR"), "purchase", "en fr",
      [("yangon", "2019", {"en": "Flare on the main cell; surface fires stopped"})]),
    S("midori-lfg", "midori", D, {
        "ja": ("埋立地ガス回収・発電システム",
               "既設の最終処分場にガス抜き井戸を設け、回収したメタンガスで発電します。メタン濃度や流量を遠隔監視し、"
               "悪臭や火災のリスクを低減します。二国間クレジット制度の案件形成も支援します。"),
      }, "| eastern-asia south-eastern-asia", None, "purchase", "ja"),
    # ---------------------------------------------------------------- water
    S("lanshui-leak", "lanshui", D, {
        "zh-Hans": ("供水管网漏损监测平台",
                    "通过DMA分区计量、夜间最小流量分析和噪声记录仪，定位供水管网中的漏损区域和漏点。"
                    "平台按分区显示产销差率，并生成巡检和维修工单。"),
      }, "CN | south-eastern-asia", (1000000, 5000000, "CNY"), "purchase", "zh-Hans en",
      [("ho-chi-minh-city", "2022", {"zh-Hans": "试点分区漏损率从32%降至21%"})]),
    S("quellfluss-nrw", "quellfluss", D, {
        "en": ("Non-revenue water analytics",
               "Software for water utilities that finds where treated water is lost: it combines bulk meter "
               "readings, pressure sensors and night-flow analysis per district metered area and ranks the zones "
               "for leak crews. Pressure management advice reduces bursts on old mains."),
      }, "DE | western-europe south-eastern-asia", (60000, 250000, "EUR"), "subscription", "en",
      [("cebu-city", "2021", {"en": "NRW down from 38 % to 29 % in the pilot zones"}),
       ("kuching", "2022", {})]),
    S("kawasemi-leak", "kawasemi", D, {
        "ja": ("衛星×AI 漏水箇所絞り込みサービス",
               "人工衛星のマイクロ波画像をAIで解析し、地中の水道管から漏れた水の兆候がある区域を半径100メートル程度に"
               "絞り込みます。調査員の音聴調査を絞り込んだ区域に集中でき、漏水発見までの期間を大幅に短縮します。"),
      }, "| eastern-asia south-eastern-asia", (5000000, 20000000, "JPY"), "subscription", "ja"),
    S("hydroterre-fuites", "hydroterre", D, {
        "fr": ("Détection acoustique des fuites sur réseau d'eau",
               "Des prélocalisateurs acoustiques posés sur les vannes écoutent le réseau chaque nuit et signalent les "
               "bruits de fuite. Le service localise les fuites sur les conduites de distribution avant qu'elles ne "
               "deviennent des casses, et suit le rendement du réseau secteur par secteur."),
      }, "| western-europe northern-africa western-africa", (30000, 120000, "EUR"), "subscription", "fr"),
    S("tidewell-meter", "tidewell", D, {
        "en": ("Smart water meters with leak alerts",
               "Ultrasonic household meters read every hour over a low-power network. Continuous night-time flow "
               "at a property triggers a leak alert to the customer and the utility, and bills use actual "
               "readings."),
      }, "| south-eastern-asia", (200000, 1000000, "SGD"), "purchase", "en zh-Hans"),
    S("lanshui-quality", "lanshui", D, {
        "zh-Hans": ("水质在线监测系统",
                    "在水厂出水、管网关键节点和二次供水设施安装多参数水质传感器，实时监测余氯、浊度和pH，超标自动告警。数据同步推送到供水调度中心，便于快速处置。"),
      }, "CN VN |", (600000, 2000000, "CNY"), "purchase", "zh-Hans"),
    S("quellfluss-pump", "quellfluss", D, {
        "en": ("Pump energy optimisation for water utilities",
               "Schedules the pumps of treatment plants and booster stations to meet demand at the lowest "
               "electricity cost, using tank levels and tariff periods. Typical savings are 10 to 20 % of the pumping electricity bill."),
        "fr": ("Optimisation énergétique des pompages",
               "Planifie les pompes des usines et des surpresseurs pour couvrir la demande au moindre coût "
               "électrique, selon le niveau des réservoirs et les périodes tarifaires. Les économies atteignent en général 10 à 20 % de la facture de pompage."),
      }, "| western-europe northern-europe south-eastern-asia", (80000, 300000, "EUR"), "subscription", "en fr"),
    S("tidewell-flood", "tidewell", D, {
        "en": ("Urban flood forecasting",
               "Combines rainfall radar, drain and river level sensors and a hydraulic model to forecast which "
               "streets will flood in the next three hours. Alerts go to residents by SMS and messaging apps and to "
               "the city's emergency team on a dashboard."),
        "zh-Hans": ("城市内涝预报",
                    "结合降雨雷达、排水管道和河道水位传感器以及水力模型，预测未来三小时哪些街道会积水，"
                    "并通过短信和即时通讯向居民发送预警。应急部门可在看板上查看各街区的风险等级。"),
      }, "SG | south-eastern-asia", (150000, 600000, "SGD"), "subscription", "en zh-Hans",
      [("jakarta", "2023", {"en": "Warnings issued 90 minutes ahead on average"}),
       ("bangkok", "2022", {}), ("ho-chi-minh-city", "2024", {})]),
    # ------------------------------------------------------------- lighting
    S("lumicite-eclairage", "lumicite", D, {
        "fr": ("Télégestion de l'éclairage public",
               "Un contrôleur posé sur chaque lanterne permet d'allumer, d'éteindre et de graduer l'éclairage à "
               "distance, selon l'heure et la présence de piétons ou de véhicules. Les pannes remontent "
               "automatiquement et la consommation est suivie rue par rue."),
        "en": ("Remote street lighting management",
               "A controller on each lantern lets the city switch, dim and schedule lights remotely and brighten "
               "them when people or vehicles pass. Faults are reported automatically and energy use is tracked "
               "street by street."),
      }, "FR | western-europe south-eastern-asia", (40000, 200000, "EUR"), "subscription", "fr en",
      [("luang-prabang", "2021", {"fr": "Consommation de l'éclairage du centre réduite de 45 %"})]),
    S("hikarizaka-led", "hikarizaka", D, {
        "ja": ("人感センサー付きLED街路灯",
               "人や車の動きを検知して明るさを自動で切り替えるLED街路灯です。深夜の通行が少ない道路では減光し、"
               "接近時だけ明るくすることで電力を大幅に削減します。故障や消灯はネットワーク経由で通知されます。"),
      }, "| eastern-asia south-eastern-asia", (5000000, 30000000, "JPY"), "purchase", "ja"),
    S("baram-streetlight", "baram", D, {
        "ko": ("스마트 가로등 원격 제어",
               "가로등마다 통신 모듈을 달아 점등·소등·밝기를 원격으로 제어하고 고장을 자동으로 알려 줍니다. "
               "시간대와 교통량에 따라 밝기를 조절해 전력 사용량을 줄입니다."),
      }, "KR MM KH |", (100000000, 500000000, "KRW"), "purchase", "ko en"),
    S("lotus-solarlight", "lotus-grid", D, {
        "en": ("Solar street lights with remote dimming",
               "Off-grid solar street lights with lithium batteries and a cellular controller, for roads where the "
               "grid is far or unreliable. Lights dim after midnight and brighten on motion; the city sees battery "
               "health and outages online."),
      }, "VN LA KH MM |", (20000, 90000, "USD"), "purchase", "en",
      [("battambang", "2022", {"en": "1,200 solar lights on peri-urban roads"}),
       ("vientiane", "2023", {}), ("da-nang", "2021", {})]),
    S("lichtweg-smartlight", "lichtweg", D, {
        "en": ("Adaptive street lighting control",
               "Lantern controllers that dim and switch street lighting remotely and raise light levels when "
               "pedestrians or vehicles are detected. Failures are reported automatically and energy is metered "
               "per circuit."),
      }, "| western-europe northern-europe", (30000, 150000, "EUR"), "subscription", "en fr"),
    # ------------------------------------------------------ building energy
    S("prairie-bems", "prairie", D, {
        "en": ("Building energy analytics",
               "Connects to the meters and building management systems of a city's buildings, finds waste such as "
               "heating and cooling running at night, and ranks buildings by savings potential. Portfolio "
               "dashboards track savings against a baseline."),
      }, "| northern-america western-europe", (50000, 200000, "USD"), "subscription", "en"),
    S("lumicite-batiments", "lumicite", D, {
        "fr": ("Pilotage énergétique des bâtiments publics",
               "Supervision du chauffage, de la ventilation et de l'éclairage des écoles, gymnases et mairies, avec "
               "une programmation calée sur l'occupation réelle. Les dérives de consommation sont signalées chaque "
               "semaine et les économies mesurées bâtiment par bâtiment, en appui au décret tertiaire."),
      }, "FR BE CH LU |", (80000, 250000, "EUR"), "subscription", "fr"),
    S("baram-bems", "baram", D, {
        "ko": ("건물 에너지 관리 시스템(BEMS)",
               "냉난방·조명·환기 설비의 에너지 사용량을 실시간으로 계측하고, AI가 재실 인원과 날씨를 고려해 설비 "
               "운전을 최적화합니다. 대형 상업시설과 업무용 건물에서 냉방 에너지를 15~25% 줄입니다."),
        "en": ("Building energy management system",
               "Meters HVAC, lighting and ventilation in real time and optimises plant operation for occupancy and "
               "weather; cuts cooling energy in large commercial buildings by 15–25 %. Operators see every building's consumption on one screen."),
      }, "KR MY SG |", (200000000, 1000000000, "KRW"), "purchase", "ko en"),
    S("petaling-coolsense", "petaling", D, {
        "en": ("Chiller plant optimisation",
               "Sensors and control software for the chilled-water plants that cool malls and office towers. The "
               "system sequences chillers, pumps and cooling towers for the lowest kW per ton of cooling."),
        "zh-Hans": ("冷水机房节能优化",
                    "为商场和写字楼的中央空调冷水机房提供传感器和控制软件，自动优化冷水机组、水泵和冷却塔的运行，"
                    "降低单位制冷能耗。已在吉隆坡的大型商场投入使用。"),
      }, "MY SG TH |", (150000, 450000, "MYR"), "subscription", "en zh-Hans",
      [("kuala-lumpur", "2023", {"en": "Chiller plant energy down 18 % at a 60,000 m² mall"}),
       ("johor-bahru", "2024", {})]),
    S("lotus-solarmon", "lotus-grid", D, {
        "en": ("Rooftop solar and energy audits for public buildings",
               "Energy audits of public buildings followed by rooftop solar installation and monitoring. "
               "Dashboards show generation, consumption and savings on the electricity bill."),
      }, "VN KH LA TH MY |", (15000, 50000, "USD"), "subscription", "en"),
    S("xiyue-bems", "xiyue", D, {
        "zh-Hans": ("楼宇空调节能控制",
                    "对商场、写字楼的中央空调系统进行物联网改造，AI根据客流和天气预测负荷，自动调节冷机和风机，"
                    "空调能耗可下降20%左右。改造无需更换原有设备。"),
      }, "CN |", (1000000, 4000000, "CNY"), "subscription", "zh-Hans"),
    # ---------------------------------------------------------- air quality
    S("kinoko-air", "kinoko", D, {
        "ja": ("低コスト大気質センサー網",
               "PM2.5、PM10、NO2、オゾンを測る小型センサーを街灯や学校に設置し、数百メートル単位で大気汚染の分布を"
               "把握します。基準局のデータで自動補正し、汚染が高まるとアラートを出します。"),
      }, "| eastern-asia south-eastern-asia", (10000000, 40000000, "JPY"), "subscription", "ja en",
      [("bangkok", "2023", {"ja": "市内40地点でPM2.5を常時測定"}), ("chonburi", "2024", {})]),
    S("hanbit-air", "hanbit", D, {
        "ko": ("도시 미세먼지 IoT 측정망",
               "학교, 버스정류장, 도로변 등에 미세먼지 측정기를 촘촘히 설치해 동네별 대기질을 실시간으로 보여 줍니다. "
               "고농도 발생 시 시민 알림과 살수차 출동 등 저감 조치를 연계합니다."),
      }, "KR VN MN |", (150000000, 600000000, "KRW"), "purchase", "ko"),
    S("xiyue-airgrid", "xiyue", D, {
        "zh-Hans": ("网格化大气污染监测",
                    "按一到三公里网格布设微型空气质量监测站，结合污染源清单和气象数据进行溯源分析，"
                    "定位工地扬尘、道路和工业排放等主要来源。监测数据可向公众发布。"),
      }, "CN VN |", (1000000, 3000000, "CNY"), "purchase", "zh-Hans"),
    S("civiclab-air", "civiclab", D, {
        "fr": ("Capteurs citoyens de qualité de l'air",
               "Des habitants volontaires installent des micro-capteurs de particules sur leur balcon ; les mesures "
               "sont publiées sur une carte ouverte et discutées lors d'ateliers de quartier. Le service fournit les capteurs et anime les ateliers."),
      }, "FR BE CH |", (10000, 40000, "EUR"), "subscription", "fr"),
]

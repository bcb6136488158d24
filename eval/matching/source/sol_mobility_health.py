"""Solutions of the domains mobility and health."""
from common import S

M = "mobility"
H = "health"

SOLUTIONS = [
    # ------------------------------------------------------ traffic signals
    S("saemteo-signal", "saemteo", M, {
        "ko": ("실시간 교통신호 최적화",
               "교차로 영상 검지기로 방향별 대기 차량을 측정하고, 신호 주기와 녹색 시간을 실시간으로 조정합니다. "
               "연동 구간 전체를 함께 최적화해 정지 횟수와 지체 시간을 줄입니다."),
        "en": ("Real-time signal optimisation",
               "Video detectors measure the queue on every approach and the system retimes cycles and green splits "
               "in real time, coordinating whole corridors to cut stops and delay. Engineers can set priorities corridor by corridor."),
      }, "KR | south-eastern-asia", (500000000, 2000000000, "KRW"), "purchase", "ko en",
      [("ho-chi-minh-city", "2022", {"en": "Peak-hour delay down 17 % on 12 junctions"})]),
    S("chaophraya-signal", "chaophraya", M, {
        "en": ("Adaptive junction control",
               "Replaces fixed-time plans at busy junctions with signal timings that follow the traffic actually "
               "waiting, measured by cameras and loop detectors. Traffic police can override from a tablet during "
               "events and rainy-season peaks."),
      }, "TH |", (10000000, 40000000, "THB"), "purchase", "en",
      [("bangkok", "2022", {"en": "Evening queues a third shorter at 8 pilot junctions"}),
       ("chonburi", "2023", {})]),
    S("clearlane-adaptive", "clearlane", M, {
        "en": ("Adaptive signal control",
               "Signal timings that adjust cycle by cycle to the vehicles waiting at each junction, detected by "
               "cameras and radar, in place of fixed-time plans. Corridors are coordinated to reduce stops, and "
               "engineers can review every timing decision."),
      }, "| northern-america western-europe australia-and-new-zealand", (150000, 800000, "USD"), "subscription", "en"),
    S("taktwerk-adaptive", "taktwerk", M, {
        "en": ("Traffic-responsive signal control",
               "Central software that recalculates green times every cycle from detector data and coordinates "
               "neighbouring junctions. Works with most existing signal controllers."),
        "fr": ("Régulation des feux en temps réel",
               "Logiciel central qui recalcule les temps de vert à chaque cycle à partir des détecteurs et coordonne "
               "les carrefours voisins. Compatible avec la plupart des contrôleurs existants."),
      }, "| western-europe northern-europe eastern-asia", (300000, 1200000, "EUR"), "purchase", "en fr"),
    S("xiyue-signal", "xiyue", M, {
        "zh-Hans": ("城市交通信号AI配时",
                    "接入路口视频和雷达数据，AI实时计算各方向排队长度并优化配时方案，实现干线绿波和区域协调控制。"
                    "试点区域拥堵指数平均下降15%。"),
        "ja": ("AI信号制御サービス",
               "交差点のカメラとレーダーから方向別の待ち行列を推定し、AIが信号の青時間をリアルタイムで最適化します。"
               "幹線の系統制御にも対応します。"),
      }, "CN JP |", (2000000, 10000000, "CNY"), "subscription", "zh-Hans ja"),
    S("tsubame-count", "tsubame", M, {
        "ja": ("AIカメラ交通量調査",
               "既設カメラや可搬型カメラの映像から、車種別・方向別の交通量をAIで自動集計します。"
               "人手による交通量調査を置き換え、渋滞対策の効果検証に使えます。"),
      }, "| eastern-asia", (3000000, 10000000, "JPY"), "subscription", "ja"),
    # -------------------------------------------------------------- parking
    S("straitsgate-guide", "straitsgate", M, {
        "en": ("Parking guidance and payment",
               "Bay sensors and car-park counters feed live vacancies to street signs and a driver app, which also "
               "takes payment by the minute. Enforcement officers see unpaid bays on a handheld."),
        "zh-Hans": ("停车诱导与缴费",
                    "车位传感器和停车场计数数据实时推送到诱导屏和手机应用，按分钟缴费，执法人员可在手持终端查看未缴费车位。适用于路内停车和公共停车场。"),
      }, "| south-eastern-asia", (100000, 500000, "SGD"), "subscription", "en zh-Hans",
      [("johor-bahru", "2023", {}), ("kuala-lumpur", "2022", {"en": "4,000 bays with live vacancy"})]),
    S("yunlu-parking", "yunlu", M, {
        "zh-Hans": ("城市级智慧停车平台",
                    "路内泊位安装地磁和视频检测，与路外停车场数据汇聚到统一平台，通过诱导屏和小程序实时发布空余车位，"
                    "支持无感支付。可采用特许经营模式建设运营。"),
      }, "CN |", (1000000, 6000000, "CNY"), "ppp", "zh-Hans"),
    S("tianmu-parkvideo", "tianmu", M, {
        "zh-Hans": ("高位视频路内停车管理",
                    "利用路侧高位摄像机识别车牌和泊位状态，自动计时收费，并向车主发布空位信息，对违停车辆自动取证。一台摄像机可覆盖多个泊位，减少人工收费员。"),
      }, "CN MY TH |", (2000000, 8000000, "CNY"), "purchase", "zh-Hans en"),
    S("saemteo-parkshare", "saemteo", M, {
        "ko": ("거주자 우선주차 공유 앱",
               "비어 있는 거주자 우선주차면과 건물 부설주차장을 시간 단위로 공유해 골목길 불법 주차 수요를 흡수합니다. "
               "주민이 앱으로 빈 시간을 등록하면 방문 차량이 예약하고 결제합니다."),
        "ja": ("住宅地の駐車場シェアアプリ",
               "住民専用駐車区画や建物の駐車場の空き時間を共有し、路上駐車の需要を吸収します。空き時間は住民がアプリで登録し、来訪者が予約・決済します。"),
      }, "KR JP |", (100000000, 400000000, "KRW"), "subscription", "ko ja"),
    S("petaling-epark", "petaling", M, {
        "en": ("Council e-parking",
               "Lets drivers pay for on-street parking from their phone and gives council officers a handheld app to "
               "check bays and issue fines. Revenue is reported per street and per hour."),
      }, "MY BN |", (300000, 1000000, "MYR"), "subscription", "en",
      [("kota-kinabalu", "2021", {}), ("kuching", "2022", {}), ("bandar-seri-begawan", "2023", {})]),
    # ------------------------------------------------------------------ bus
    S("saemteo-bis", "saemteo", M, {
        "ko": ("버스정보시스템(BIS)",
               "버스 단말기의 위치 정보를 모아 정류장 안내판과 모바일 앱에 도착 예정 시간을 알려 줍니다. "
               "운행 간격과 정시성 통계를 제공해 노선 조정에 활용할 수 있습니다."),
        "en": ("Bus information system",
               "GPS units on buses feed arrival predictions to stop displays and a mobile app; operators get "
               "headway and punctuality statistics. It works with the city's existing bus fleet."),
      }, "KR VN LA KH MM |", (400000000, 2000000000, "KRW"), "purchase", "ko en",
      [("vientiane", "2021", {"ko": "도착 안내 정류장 120곳"}), ("phnom-penh", "2023", {})]),
    S("tsubame-busloc", "tsubame", M, {
        "ja": ("バスロケーションシステム",
               "車載のスマートフォンやGPS端末からバスの位置を集め、停留所の表示器やウェブで接近情報と到着予測を案内します。"
               "小規模な事業者でも導入しやすいクラウド型です。"),
      }, "JP | eastern-asia south-eastern-asia", (15000000, 60000000, "JPY"), "subscription", "ja en"),
    S("islas-jeepney", "islas", M, {
        "en": ("Real-time jeepney and bus tracking",
               "Tracks modernised jeepneys and city buses and shows riders where the next vehicle is, on a map and "
               "by SMS. Franchise holders see trips and dwell times."),
      }, "PH |", (2000000, 6000000, "PHP"), "subscription", "en", [("davao-city", "2023", {})]),
    S("xiyue-busprio", "xiyue", M, {
        "zh-Hans": ("公交信号优先系统",
                    "公交车接近路口时，车载终端向信号机发出请求，系统延长绿灯或提前切换，减少公交在路口的等待。"
                    "可与公交专用道执法摄像头配合使用。"),
        "en": ("Transit signal priority",
               "Buses approaching a junction request priority from the signal controller, which extends or advances "
               "the green; can be combined with bus-lane enforcement cameras. Delays at junctions fall without long red phases for other traffic."),
      }, "CN MY SG ID |", (1500000, 6000000, "CNY"), "purchase", "zh-Hans en"),
    S("taktwerk-tsp", "taktwerk", M, {
        "en": ("Bus priority at traffic lights",
               "Gives late-running buses priority at junctions while keeping general traffic moving. Includes "
               "bus-lane camera enforcement and a punctuality report per route."),
      }, "| western-europe south-eastern-asia", (200000, 700000, "EUR"), "purchase", "en"),
    S("clearlane-tsp", "clearlane", M, {
        "en": ("Transit signal priority",
               "Buses request priority over cellular links and junction controllers extend or advance the green for "
               "late-running vehicles. Includes punctuality reporting per route and corridor."),
      }, "| northern-america", (100000, 400000, "USD"), "subscription", "en"),
    S("saemteo-brt", "saemteo", M, {
        "ko": ("중앙버스전용차로 운영 솔루션",
               "중앙버스전용차로의 정류장 시설, 버스 우선 신호, 전용차로 위반 단속 카메라를 통합 설계·구축합니다. 운행 정시성 분석과 운영 교육도 함께 제공합니다."),
      }, "KR ID VN |", (1000000000, 5000000000, "KRW"), "purchase", "ko", [("jakarta", "2020", {})]),
    # ---------------------------------------------------------- micromobility
    S("mobilis-trottinettes", "atelier-mobilis", M, {
        "fr": ("Régulation des trottinettes en libre-service",
               "La plateforme reçoit les données des opérateurs de trottinettes et de vélos en libre-service, définit "
               "des zones de stationnement obligatoires et des zones à vitesse réduite, et mesure le respect des règles "
               "par opérateur. Les agents signalent les engins mal garés depuis leur téléphone."),
      }, "| western-europe", (30000, 120000, "EUR"), "subscription", "fr en"),
    S("clearlane-curb", "clearlane", M, {
        "en": ("Curb and micromobility manager",
               "Geofences, parking corrals and speed zones for shared scooters, checked against the operators' live "
               "data feeds; cities issue and audit operator permits from the same tool. Violations are reported per operator each week."),
      }, "| northern-america western-europe", (60000, 250000, "USD"), "subscription", "en"),
    S("yunlu-fence", "yunlu", M, {
        "zh-Hans": ("共享单车电子围栏监管平台",
                    "接入各共享单车和电动自行车企业的数据，划定电子围栏停放区和禁停区，统计乱停放和超量投放情况，"
                    "并对企业进行考核。执法人员可通过手机查看违规停放点位。"),
      }, "CN |", (500000, 2000000, "CNY"), "subscription", "zh-Hans"),
    S("straitsgate-pmd", "straitsgate", M, {
        "en": ("Personal mobility device geofencing",
               "Sets no-ride and parking zones for shared e-scooters and bicycles and audits the operators against "
               "them. Operators receive a weekly compliance report."),
      }, "| south-eastern-asia", (50000, 200000, "SGD"), "subscription", "en"),
    # ------------------------------------------------------------ ticketing
    S("tsubame-ticket", "tsubame", M, {
        "ja": ("QR・ICカード共通乗車券",
               "バス、鉄道、フェリーで使える共通のQR乗車券とICカードを提供します。運賃の事業者間精算まで自動化し、"
               "乗降データを路線計画に活用できます。"),
        "en": ("Shared QR and card ticketing",
               "One QR ticket and smart card across buses, rail and ferries, with automatic revenue sharing between "
               "operators and ridership data for planning. Operators of any size can join."),
      }, "| eastern-asia south-eastern-asia", (30000000, 150000000, "JPY"), "purchase", "ja en"),
    S("mobilis-billettique", "atelier-mobilis", M, {
        "fr": ("Billettique par compte et paiement sans contact",
               "Les voyageurs valident avec leur carte bancaire, leur téléphone ou un QR code, et le meilleur tarif "
               "est calculé en fin de journée. Un même titre couvre les bus, les navettes et les bateaux de plusieurs "
               "exploitants."),
      }, "FR VN KH MA SN |", (80000, 400000, "EUR"), "subscription", "fr en"),
    S("songhong-qrfare", "songhong", M, {
        "en": ("QR fare payment for city buses",
               "Riders pay bus fares by scanning a QR code with their banking or wallet app; operators get daily "
               "settlement and ridership by route. No card readers need to be installed on board."),
      }, "VN |", (1000000000, 3000000000, "VND"), "subscription", "en", [("hanoi", "2023", {})]),
    S("islas-farecard", "islas", M, {
        "en": ("Cashless fare cards for jeepneys and buses",
               "Stored-value cards and validators for jeepneys, UV Express vans and buses, topped up at convenience "
               "stores. Operators get daily settlement by route."),
      }, "PH ID |", (5000000, 20000000, "PHP"), "subscription", "en"),
    S("saemteo-farecard", "saemteo", M, {
        "ko": ("통합 교통카드 정산 시스템",
               "버스, 지하철, 택시에서 하나의 교통카드로 결제하고 환승 할인을 적용하며, 운송 사업자 간 수입금을 "
               "자동으로 정산합니다. 해외 도시의 요금 체계에 맞춰 현지화할 수 있습니다."),
      }, "KR VN |", (1000000000, 5000000000, "KRW"), "purchase", "ko"),
    # --------------------------------------------------------- other mobility
    S("lotus-evcharge", "lotus-grid", M, {
        "en": ("EV charging network management",
               "Manages public chargers for electric motorbikes, cars and buses: booking, payment, load balancing "
               "and uptime reports. Drivers find and pay for chargers in one app."),
      }, "VN TH ID |", (30000, 150000, "USD"), "subscription", "en"),
    S("selat-ojekhub", "selat", M, {
        "en": ("Motorcycle taxi pick-up zones",
               "Designates and monitors pick-up zones for ride-hailing motorcycle taxis around stations and markets, "
               "with data-sharing agreements with the platforms. The zones ease kerbside congestion at peak hours."),
      }, "ID |", (300000000, 1200000000, "IDR"), "subscription", "en", [("jakarta", "2022", {})]),
    S("tsubame-ondemand", "tsubame", M, {
        "ja": ("AIオンデマンド交通",
               "利用者の予約に合わせてAIが運行ルートを組み、乗合ワゴンを走らせます。路線バスが撤退した地域や"
               "高齢者の通院に適しています。"),
      }, "JP |", (5000000, 20000000, "JPY"), "subscription", "ja"),
    S("chaophraya-boat", "chaophraya", M, {
        "en": ("Canal and river boat tracking",
               "Tracks passenger boats on rivers and canals and shows riders when the next boat reaches each pier. Pier operators can update timetables and notices from a phone."),
      }, "TH |", (3000000, 10000000, "THB"), "subscription", "en"),
    # ------------------------------------------------------------ ambulance
    S("kinta-dispatch", "kinta", H, {
        "en": ("Ambulance dispatch and crew tracking",
               "Call-takers record the emergency with the caller's location and a triage protocol; the system "
               "proposes the nearest free ambulance and tracks it to the hospital. Hospitals see incoming patients "
               "before they arrive."),
      }, "MY | south-eastern-asia", (400000, 1500000, "MYR"), "subscription", "en",
      [("kota-kinabalu", "2022", {"en": "Median response time down from 19 to 13 minutes"}),
       ("kuching", "2023", {})]),
    S("beacon-cad", "beacon", H, {
        "en": ("Computer-aided ambulance dispatch",
               "Takes the call, geolocates the caller, applies a medical triage protocol and recommends the closest "
               "available ambulance, tracked live to the hospital. Supervisors see response times for every call."),
      }, "| northern-america", (200000, 900000, "USD"), "subscription", "en"),
    S("hoshizora-dispatch", "hoshizora", H, {
        "ja": ("救急搬送支援システム",
               "119番通報の位置情報から最適な救急隊を選び、現場到着までの時間を短縮します。救急隊はタブレットで患者情報を"
               "入力し、受け入れ可能な病院に一斉に照会できるため、搬送先の決定にかかる時間も減ります。"),
      }, "JP |", (50000000, 200000000, "JPY"), "purchase", "ja"),
    S("dasarang-119", "dasarang", H, {
        "ko": ("119 구급차 최적 배치·출동 시스템",
               "과거 출동 기록과 실시간 교통 상황을 분석해 구급차 대기 위치를 수시로 재배치하고, 신고가 들어오면 "
               "가장 빨리 도착할 수 있는 구급차를 배정합니다. 출동 시간 통계와 지역별 공백 분석도 제공합니다."),
        "ja": ("救急車の最適配置・出動支援",
               "過去の出動記録とリアルタイムの交通情報から救急車の待機場所を随時見直し、通報時には最も早く到着できる"
               "車両を割り当てます。出動時間の統計と地域ごとの空白分析も提供します。"),
      }, "KR JP |", (500000000, 2000000000, "KRW"), "purchase", "ko ja"),
    S("siam-lanna-1669", "siam-lanna", H, {
        "en": ("Emergency medical call app",
               "Callers press one button to send their location and medical profile; the dispatch centre sees the "
               "nearest ambulance and rescue volunteers and sends them. Operators can talk to the caller while the crew is on the way."),
      }, "TH LA KH |", (2000000, 8000000, "THB"), "subscription", "en",
      [("chonburi", "2021", {}), ("phuket", "2022", {})]),
    # ------------------------------------------------------------ outbreaks
    S("jinghu-outbreak", "jinghu", H, {
        "zh-Hans": ("传染病多点触发监测预警平台",
                    "汇聚医院门急诊、药店退烧止咳药销售、学校缺勤和实验室检测等数据，自动识别异常聚集并分级预警。"
                    "疾控人员可在地图上追踪病例和密切接触者。"),
      }, "CN |", None, "subscription", "zh-Hans"),
    S("kallang-surveillance", "kallang", H, {
        "en": ("Disease surveillance dashboard",
               "Brings together clinic visits, laboratory results and wastewater testing to spot outbreaks early. "
               "Epidemiologists get daily signals by district and a case-management workspace."),
        "zh-Hans": ("疾病监测预警看板",
                    "整合诊所就诊、实验室结果和污水检测数据，及早发现疫情苗头，按区域每日推送信号。流行病学人员可在平台上管理病例。"),
      }, "| south-eastern-asia eastern-asia", (200000, 800000, "SGD"), "subscription", "en zh-Hans",
      [("kuala-lumpur", "2022", {}), ("bangkok", "2023", {})]),
    S("siam-lanna-dengue", "siam-lanna", H, {
        "en": ("Dengue hotspot mapping",
               "Maps dengue cases reported by hospitals and health volunteers, predicts hotspots from rainfall and "
               "larvae surveys, and plans fogging and clean-up campaigns. Health volunteers report cases from a phone app."),
      }, "TH LA KH MM VN |", (1000000, 4000000, "THB"), "subscription", "en",
      [("vientiane", "2022", {}), ("siem-reap", "2023", {"en": "Fogging focused on 9 of 64 villages"})]),
    # -------------------------------------------------------- telemedicine
    S("sante-relais-teleconsult", "sante-relais", H, {
        "fr": ("Téléconsultation en zone rurale",
               "Un infirmier relais équipé d'une valise connectée (tensiomètre, ECG, otoscope) reçoit le patient au "
               "village et le met en visioconférence avec un médecin de l'hôpital. Fonctionne avec une connexion "
               "mobile faible ; les dossiers sont partagés avec l'hôpital de référence."),
        "en": ("Rural teleconsultation",
               "A relay nurse with a connected kit sees patients in the village and links them by video to a "
               "hospital doctor; works on weak mobile connections. Records are shared with the referral hospital."),
      }, "FR KH LA VN SN CI |", (20000, 80000, "EUR"), "subscription", "fr en",
      [("battambang", "2023", {"fr": "1 400 téléconsultations la première année"})]),
    S("dasarang-tele", "dasarang", H, {
        "ko": ("원격진료 플랫폼",
               "보건소와 마을 진료소를 병원 전문의와 화상으로 연결하고, 혈압·혈당 같은 생체 신호를 전송해 "
               "만성질환자를 원격으로 관리합니다. 농어촌 지역과 해외 보건 협력 사업에 적합합니다."),
        "en": ("Telemedicine platform",
               "Video links between health posts and hospital specialists, with vital-sign transfer for remote "
               "follow-up of chronic patients. Suitable for rural areas and for health cooperation projects abroad."),
      }, "KR VN KH MN |", (100000000, 400000000, "KRW"), "subscription", "ko en"),
    S("jinghu-tele", "jinghu", H, {
        "zh-Hans": ("远程会诊与互联网医院",
                    "基层卫生院通过视频与上级医院专家会诊，支持电子处方和检查结果共享，减少患者长途就医。平台也可在海外医疗合作项目中部署。"),
      }, "CN KH LA |", (200000, 1000000, "CNY"), "subscription", "zh-Hans"),
    S("siam-lanna-vhv", "siam-lanna", H, {
        "en": ("Village health tele-consult",
               "Village health volunteers use a tablet app to screen patients, record vital signs and start a video "
               "call with the district hospital doctor when needed. The app works offline and syncs when a signal is available."),
      }, "TH LA KH |", (500000, 2000000, "THB"), "subscription", "en",
      [("siem-reap", "2023", {"en": "Used by 300 village health volunteers"}), ("chonburi", "2022", {})]),
    S("kallang-tele", "kallang", H, {
        "en": ("Virtual clinic",
               "Video consultations, e-prescriptions and home delivery of medicines for the patients of polyclinics. Patients book slots and pay in the app."),
      }, "| south-eastern-asia", (100000, 400000, "SGD"), "subscription", "en zh-Hans"),
    S("beacon-telehealth", "beacon", H, {
        "en": ("Telehealth visits for rural clinics",
               "Connects rural clinics to hospital doctors by video, with shared records and connected examination "
               "devices. Scheduling and billing are built in."),
      }, "| northern-america western-europe", (50000, 200000, "USD"), "subscription", "en"),
    # ---------------------------------------------------------- elderly care
    S("dasarang-silver", "dasarang", H, {
        "ko": ("독거노인 응급안전 안심서비스",
               "어르신 댁에 활동·화재·출입 감지 센서를 설치해 일정 시간 움직임이 없거나 화재가 감지되면 돌봄 요원과 "
               "119에 자동으로 알립니다. 보호자는 앱으로 안부를 확인할 수 있습니다."),
      }, "KR |", (100000000, 300000000, "KRW"), "subscription", "ko"),
    S("hoshizora-mimamori", "hoshizora", H, {
        "ja": ("高齢者見守りセンサー",
               "居室の人感センサーと電力使用量から生活リズムを把握し、長時間動きがない場合や転倒の可能性がある場合に"
               "家族や支援員へ通知します。カメラを使わないためプライバシーに配慮できます。"),
        "ko": ("어르신 돌봄 센서",
               "동작 센서와 전력 사용량으로 생활 패턴을 파악하고, 오랫동안 움직임이 없거나 낙상이 의심되면 가족과 "
               "돌봄 담당자에게 알립니다. 카메라를 쓰지 않습니다."),
      }, "JP KR |", (20000000, 60000000, "JPY"), "subscription", "ja ko"),
    S("gaon-carehub", "gaon", H, {
        "ko": ("스마트 돌봄 통합관제센터",
               "돌봄 대상자의 센서, AI 스피커, 응급 호출 데이터를 한곳에 모아 24시간 관제하고, 위기 상황에는 출동을 "
               "지시하는 통합관제센터를 구축합니다. 지자체의 돌봄 인력과 119를 연계합니다."),
      }, "KR |", (2000000000, 5000000000, "KRW"), "purchase", "ko"),
    S("kallang-eldercare", "kallang", H, {
        "en": ("Fall alerts for seniors living alone",
               "Wearable buttons and room sensors alert a call centre when a senior falls or stops moving. Family members receive the alerts on their phones as well."),
      }, "| south-eastern-asia", (80000, 300000, "SGD"), "subscription", "en zh-Hans"),
    # ----------------------------------------------------------------- other
    S("kinta-beds", "kinta", H, {
        "en": ("Hospital bed and referral board",
               "Shows free beds by ward across public hospitals and lets doctors request a patient transfer online. Ambulance crews can see which emergency departments have room."),
      }, "| south-eastern-asia", (150000, 500000, "MYR"), "subscription", "en"),
    S("sante-relais-grossesse", "sante-relais", H, {
        "fr": ("Suivi de grossesse par SMS",
               "Les femmes enceintes reçoivent par SMS les rappels de consultation et de vaccination ; les sages-femmes "
               "suivent les rendez-vous manqués. Les messages sont envoyés dans la langue locale."),
      }, "FR KH LA VN SN CI |", (10000, 40000, "EUR"), "subscription", "fr"),
    # ------------------------------------------------------ added look-alikes
    S("saemteo-calltaxi", "saemteo", M, {
        "ko": ("교통약자 콜택시 통합 배차",
               "휠체어 탑승이 가능한 특별교통수단의 예약과 배차를 한곳에서 관리합니다. 이용자는 앱으로 차량 위치와 "
               "도착 예정 시간을 확인할 수 있습니다."),
      }, "KR |", (100000000, 300000000, "KRW"), "subscription", "ko"),
    S("sante-relais-veille", "sante-relais", H, {
        "fr": ("Veille sanitaire communautaire",
               "Les agents de santé communautaires signalent par SMS les fièvres, diarrhées et décès inhabituels de "
               "leur village. Un tableau de bord alerte le district quand les signalements se regroupent."),
      }, "FR KH LA SN CI |", (15000, 60000, "EUR"), "subscription", "fr en"),
]

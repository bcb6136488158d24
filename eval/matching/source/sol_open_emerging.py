"""Solutions of the domains open_inclusive_city and emerging_technology."""
from common import S

O = "open_inclusive_city"
E = "emerging_technology"

SOLUTIONS = [
    # ------------------------------------------------ multilingual information
    S("andaman-lingo", "andaman", O, {
        "en": ("Multilingual city information chatbot",
               "A chatbot on messaging apps and the city website that answers visitors and migrant workers in their "
               "own language about transport, health services, permits and emergencies. City staff update the "
               "answers in Thai, and the content is translated and checked."),
      }, "TH |", (1000000, 4000000, "THB"), "subscription", "en zh-Hans ko ja",
      [("phuket", "2023", {"en": "Chatbot answers in 8 languages"}), ("chonburi", "2024", {})]),
    S("gaon-lingo", "gaon", O, {
        "ko": ("외국인 주민 다국어 안내 챗봇",
               "외국인 주민과 관광객에게 행정 절차, 병원, 교통, 재난 정보를 여러 언어로 안내하는 챗봇입니다. "
               "담당 공무원이 한국어로 답변을 등록하면 자동 번역과 검수를 거쳐 제공합니다."),
      }, "KR JP TH |", (50000000, 200000000, "KRW"), "subscription", "ko en ja zh-Hans"),
    S("sakuradai-tagengo", "sakuradai", O, {
        "ja": ("外国人住民向け多言語情報配信",
               "ごみの出し方、子育て、防災などの行政情報を、やさしい日本語と多言語の自動翻訳でアプリとメールに配信します。"
               "窓口ではタブレットによる通訳サービスも使えます。"),
      }, "JP |", (3000000, 15000000, "JPY"), "subscription", "ja en ko zh-Hans"),
    S("civiclab-accueil", "civiclab", O, {
        "fr": ("Accueil multilingue des nouveaux arrivants",
               "Un guide numérique et un service d'interprétariat pour accompagner les nouveaux arrivants étrangers "
               "dans leurs démarches : logement, école, santé, transports. Le contenu est disponible en plusieurs langues."),
      }, "FR BE |", (15000, 60000, "EUR"), "subscription", "fr en"),
    # --------------------------------------------------------- participation
    S("civiclab-concertation", "civiclab", O, {
        "fr": ("Plateforme de concertation citoyenne",
               "Les habitants commentent les projets sur une carte, répondent à des questionnaires et s'inscrivent aux "
               "ateliers ; la collectivité publie ensuite une synthèse et ses réponses. Un module de budget "
               "participatif est inclus."),
        "en": ("Citizen consultation platform",
               "Residents comment on projects on a map, answer surveys and sign up for workshops; the city publishes "
               "a summary and its answers. A participatory budget module is included."),
      }, "FR LA KH VN |", (5000, 30000, "EUR"), "subscription", "fr en",
      [("battambang", "2022", {"fr": "Concertation sur la rénovation des berges"})]),
    S("lionbay-engage", "lionbay", O, {
        "en": ("Citizen engagement suite",
               "Surveys, idea boards and map-based feedback for planning projects, with sentiment analysis of the "
               "comments. Results are shown on a public page."),
      }, "| south-eastern-asia", (30000, 100000, "SGD"), "subscription", "en"),
    S("songhong-consult", "songhong", O, {
        "en": ("Online public consultation on plans",
               "Publishes draft plans and regulations for comment, collects feedback from residents and records how "
               "each comment was handled. It follows national rules on public consultation."),
        "fr": ("Consultation publique en ligne",
               "Publication des projets de plans et de règlements, recueil des avis des habitants et suivi des "
               "réponses apportées. Il respecte les règles nationales de consultation publique."),
      }, "VN LA KH |", (300000000, 800000000, "VND"), "subscription", "en fr"),
    S("gaon-budget", "gaon", O, {
        "ko": ("주민참여예산 온라인 플랫폼",
               "주민이 사업을 제안하고 온라인 투표로 예산 배분에 참여합니다. 제안 접수부터 투표, 결과 공개까지 한곳에서 관리합니다."),
      }, "KR |", (50000000, 200000000, "KRW"), "subscription", "ko"),
    S("northgate-engage", "northgate", O, {
        "en": ("Community engagement hub",
               "Project pages, map comments, surveys and workshop sign-ups for planning consultations. Staff publish a summary of the feedback."),
      }, "| northern-america", (20000, 80000, "USD"), "subscription", "en"),
    # --------------------------------------------------------- accessibility
    S("saemteo-barrierfree", "saemteo", O, {
        "ko": ("무장애 보행 길안내",
               "휠체어와 유모차 이용자를 위해 계단, 턱, 경사로, 엘리베이터 정보를 반영한 보행 경로를 안내합니다. "
               "공사 구간과 고장 난 엘리베이터는 실시간으로 반영됩니다."),
        "en": ("Step-free walking directions",
               "Walking routes for wheelchair and pushchair users that avoid steps and kerbs and use ramps and lifts; "
               "roadworks and broken lifts are updated live. Users can also report new obstacles."),
      }, "KR |", (80000000, 200000000, "KRW"), "subscription", "ko en"),
    S("kawasemi-bfnavi", "kawasemi", O, {
        "ja": ("バリアフリーナビ",
               "段差、スロープ、エレベーター、多目的トイレの情報を地図に整備し、車いす利用者に最適な経路を案内します。利用者が新しい段差や工事の情報を投稿することもできます。"),
      }, "JP KR |", (5000000, 20000000, "JPY"), "subscription", "ja"),
    # ------------------------------------------------------------- inclusion
    S("bayanihan-digital", "bayanihan", O, {
        "en": ("Digital skills hubs",
               "Free Wi-Fi learning hubs in barangay halls with courses on online public services for seniors and "
               "out-of-school youth. Volunteers help residents apply for services online."),
      }, "PH |", (500000, 2000000, "PHP"), "subscription", "en"),
    S("civiclab-mediation", "civiclab", O, {
        "fr": ("Médiation numérique",
               "Des conseillers numériques accompagnent les habitants éloignés du numérique dans leurs démarches en "
               "ligne, en mairie et dans les centres sociaux. Les séances sont gratuites pour les habitants."),
      }, "FR |", (20000, 80000, "EUR"), "subscription", "fr"),
    # ================================================================ twins
    S("sinbi-twin", "sinbi", E, {
        "ko": ("도시 디지털 트윈 플랫폼",
               "항공 촬영과 건물 데이터를 바탕으로 도시 전체를 3D로 재현하고, 신축 건물의 일조·조망·바람길과 침수, "
               "교통 영향을 가상 공간에서 시뮬레이션합니다. 개발 계획 심의와 주민 설명회에 활용됩니다."),
      }, "KR BN SG VN |", (1500000000, 5000000000, "KRW"), "subscription", "ko en",
      [("hanoi", "2023", {"ko": "12km² 3D 모델을 건축 심의에 활용"})]),
    S("sinbi-coastal", "sinbi", E, {
        "ko": ("해안 침수 예측 디지털 트윈",
               "태풍 경로, 조위, 파랑 예보를 3D 도시 모델에 결합해 해안 저지대의 침수 범위를 몇 시간 앞서 예측하고, "
               "위험 구역 주민에게 대피 안내를 보냅니다. 재난 대응 부서가 대피 범위를 정하는 데 활용합니다."),
      }, "KR |", (500000000, 2000000000, "KRW"), "subscription", "ko"),
    S("xiyue-cim", "xiyue", E, {
        "zh-Hans": ("城市信息模型(CIM)平台",
                    "融合倾斜摄影、BIM和地下管线数据，构建城市三维信息模型，支持规划审查、内涝模拟和城市运行监测。平台可向公众展示规划方案。"),
      }, "CN | south-eastern-asia", (5000000, 20000000, "CNY"), "purchase", "zh-Hans"),
    S("lionbay-twin", "lionbay", E, {
        "en": ("Virtual city model for planning",
               "A 3D city model that planners use to test new buildings, flood scenarios and transport changes, "
               "shared with the public in a web viewer. The model can be updated from new drone surveys."),
      }, "| south-eastern-asia australia-and-new-zealand", (500000, 2000000, "SGD"), "subscription", "en"),
    S("kinoko-3dcity", "kinoko", E, {
        "ja": ("3D都市モデル活用サービス",
               "建物や道路の3D都市モデルを整備し、浸水想定や開発計画のシミュレーション、市民向けの可視化に活用します。ウェブで市民に公開することもできます。"),
      }, "JP |", (10000000, 50000000, "JPY"), "subscription", "ja"),
    S("prairie-twin", "prairie", E, {
        "en": ("Urban digital twin",
               "A 3D model of the city combining buildings, utilities and live sensor data to test development and "
               "flood scenarios. Planners can compare scenarios side by side."),
      }, "| northern-america western-europe", (300000, 1500000, "USD"), "subscription", "en"),
    # ---------------------------------------------------------------- drones
    S("kinoko-droneinspect", "kinoko", E, {
        "ja": ("ドローンによる橋梁・道路点検",
               "ドローンで橋梁の裏面や高所を撮影し、AIがひび割れや剥離を自動で検出して点検調書を作成します。"
               "足場や高所作業車が不要になり、点検費用と交通規制を減らせます。"),
      }, "JP |", (8000000, 30000000, "JPY"), "subscription", "ja"),
    S("yunlu-droneinspect", "yunlu", E, {
        "zh-Hans": ("无人机桥梁道路巡检",
                    "无人机按自动航线巡检桥梁、道路和边坡，AI识别裂缝与病害，生成巡检报告。无需搭建脚手架，也减少了交通管制。"),
        "ja": ("ドローン自動巡回点検",
               "ドローンが自動航路で橋梁や道路を巡回し、AIがひび割れなどの損傷を検出して報告書を作成します。足場が不要になり、交通規制も減らせます。"),
      }, "CN JP |", (500000, 2000000, "CNY"), "purchase", "zh-Hans ja"),
    S("byeolbit-drone", "byeolbit", E, {
        "ko": ("드론 시설물 안전 점검",
               "드론으로 교량, 옹벽, 터널 입구를 촬영하고 AI가 균열을 찾아 점검 보고서를 만듭니다. 사람이 접근하기 어려운 곳도 안전하게 점검할 수 있습니다."),
      }, "KR JP |", (100000000, 300000000, "KRW"), "subscription", "ko"),
    S("kinoko-methane-drone", "kinoko", E, {
        "ja": ("ドローンによるメタン漏えい調査",
               "メタン検知レーザーを搭載したドローンで埋立地や下水処理場の上空を飛行し、ガスの漏れている箇所を地図にします。"
               "地上での巡回調査に比べて、短時間で広い範囲を確認できます。"),
      }, "| eastern-asia south-eastern-asia", (3000000, 12000000, "JPY"), "purchase", "ja"),
    # ------------------------------------------------------------------- IoT
    S("kinoko-iotbase", "kinoko", E, {
        "ja": ("都市IoTデータ連携基盤",
               "メーカーや通信方式の異なるセンサーをまとめて接続し、データを標準形式で蓄積・公開する都市OSです。"
               "各部署のアプリがAPIで共通のデータを使えます。"),
        "en": ("City IoT data platform",
               "Connects sensors of any brand and network, stores their data in a standard model and serves it by "
               "API to every department's applications. Departments no longer run separate platforms."),
      }, "JP | eastern-asia south-eastern-asia", (5000000, 30000000, "JPY"), "subscription", "ja en"),
    S("xiyue-iot", "xiyue", E, {
        "zh-Hans": ("城市物联感知平台",
                    "统一接入各部门的各类物联网传感器，实现设备管理、数据汇聚和告警联动，避免重复建设。支持多种通信方式和设备品牌。"),
      }, "CN SG MY |", (2000000, 8000000, "CNY"), "purchase", "zh-Hans en"),
    S("prairie-iot", "prairie", E, {
        "en": ("Smart city IoT hub",
               "Connects and manages city sensors from many vendors on one platform with open APIs. Alerts from any sensor can trigger work orders."),
      }, "| northern-america", (80000, 300000, "USD"), "subscription", "en"),
    S("lotus-lorawan", "lotus-grid", E, {
        "en": ("LoRaWAN network as a service",
               "A city-wide low-power radio network for sensors, operated as a service. Gateways and maintenance are included."),
      }, "VN KH LA |", (20000, 80000, "USD"), "subscription", "en"),
    # ----------------------------------------------------------------- other
    S("xiyue-smartpole", "xiyue", E, {
        "zh-Hans": ("多功能智慧灯杆",
                    "将照明、5G微基站、视频监控、环境监测和信息发布屏集成在一根灯杆上，减少重复立杆，照明支持按需调光。适用于新建道路和老路改造。"),
      }, "CN |", (3000000, 12000000, "CNY"), "purchase", "zh-Hans"),
    S("xiyue-citybrain", "xiyue", E, {
        "zh-Hans": ("城市大脑运营中心",
                    "汇聚交通、城管、应急等部门数据，建设城市运行指挥中心，实现一屏观全城。可采用政府和社会资本合作模式建设运营。"),
      }, "CN |", None, "ppp", "zh-Hans"),
    S("tsubame-autobus", "tsubame", E, {
        "ja": ("自動運転バス運行支援",
               "レベル4の自動運転バスの遠隔監視と運行管理を提供します。運転手不足に悩む地域の路線維持を支えます。"),
      }, "JP |", (50000000, 200000000, "JPY"), "subscription", "ja"),
    S("tianmu-patrolbot", "tianmu", E, {
        "zh-Hans": ("安防巡逻机器人",
                    "在广场和园区自主巡逻，识别异常情况并实时回传视频。夜间巡逻可减轻安保人员的负担。"),
      }, "CN |", (300000, 1000000, "CNY"), "purchase", "zh-Hans"),
    # ------------------------------------------------------ added look-alikes
    S("northgate-sidewalk", "northgate", O, {
        "en": ("Sidewalk accessibility inventory and routing",
               "Crews survey kerb ramps, steps and sidewalk widths with a phone app, and wheelchair users get "
               "step-free walking routes built from the inventory. Broken elevators at stations are shown live."),
      }, "| northern-america", (30000, 120000, "USD"), "subscription", "en"),
    S("clearlane-bridgescan", "clearlane", E, {
        "en": ("Drone bridge inspection",
               "Drones photograph decks, piers and bearings, and AI marks cracks and spalling on a 3D model of each "
               "bridge. Inspection reports follow the federal bridge inventory format."),
      }, "| northern-america", (50000, 200000, "USD"), "subscription", "en"),
]

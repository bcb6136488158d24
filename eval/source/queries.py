"""Queries and graded judgments (2 = highly relevant, 1 = partly relevant, unlisted = 0).

Documents are named 'lang:key' (see docs_*.py).  Judging rules (also in eval/README.md):
- A query naming a city or an organization wants the documents about it in every language:
  the documents whose names carry it are 2; a document that only mentions it in passing is 1.
- A topical query wants documents in the query's language: the user reads that language.
  Documents whose subject is the topic are 2; documents that touch it (a transcript line from
  the session, an event that lists it among others, a profile that mentions it) are 1.
  Exception: a topical query that names a city also takes the same topic in other languages as 1.
- Substring look-alikes are not relevant: 京都 (Kyoto) inside 東京都 (Tokyo Metropolis),
  대전 (Daejeon) inside 휴대전화 (mobile phone), 首都 against 首尔.
"""


def build(docs):
    by_name = {}
    for d in docs:
        for k in d["name_keys"]:
            by_name.setdefault(k, []).append(d["key"])

    def about(name_key, extra=None, grade=2):
        j = {k: grade for k in by_name[name_key]}
        j.update(extra or {})
        return j

    Q = []

    def q(lang, text, judgments, note):
        Q.append({"lang": lang, "text": text, "judgments": judgments, "note": note})

    seoul_extra = {"en:ev_training_seoul": 1, "fr:org_wego_fr": 1}
    beijing_extra = {"zh-Hans:org_xiongan": 1}

    # ------------------------------------------------------------------ English
    q("en", "Seoul", about("seoul", seoul_extra),
      "City name: Seoul's documents in all five languages (names carry 서울/ソウル/首尔/Séoul); "
      "the training course held in Seoul and the French WeGO profile that says its secretariat is "
      "in Séoul are partly relevant.")
    q("en", "Singapur", about("singapore"),
      "Misspelled (German/Spanish spelling) city name: Singapore's documents in every language.")
    q("en", "tranport open data",
      {"en:sg_transport_data": 2, "en:lyon_parking": 2, "en:seoul_opendata": 1,
       "en:ev_opendata_webinar": 1, "en:cue_privacy": 1},
      "Typo for 'transport': open data about transport; the general open-data webinar and the "
      "question about transport data are partly relevant.")
    q("en", "contact tracing",
      {"en:sg_token": 2, "en:cue_sg_token": 1, "en:ev_wego_covid": 1},
      "Singapore's tracing token; the speaker's line about it and the webinar listing tracing apps.")
    q("en", "drive-through testing",
      {"en:seoul_drive": 2, "en:cue_seoul_drive": 1, "en:ev_wego_covid": 1},
      "Seoul's drive-through stations; the transcript line on them; the webinar on testing strategies.")
    q("en", "face masks",
      {"en:hanoi_masks": 2, "en:bkk_masks": 2, "en:cue_hanoi": 1, "en:ev_wego_covid": 1},
      "Mask distribution in Hanoi and Bangkok (singular 'mask' in some); the Hanoi speaker's line.")
    q("en", "telemedicine for patients at home",
      {"en:daegu_telemed": 2, "en:cue_daegu": 1},
      "Daegu's home treatment by phone and video; the Daegu speaker calling patients at home.")
    q("en", "flood warning sensors",
      {"en:jakarta_flood": 2, "en:cue_jakarta": 1, "en:ev_capital_move": 1, "en:kl_twin": 1},
      "Jakarta's river sensors; Jakarta speaker on sensors; panel on Jakarta's flooding; KL's twin "
      "with flood maps.")
    q("en", "webinar pandemic response",
      {"en:ev_wego_covid": 2, "en:cue_seoul_drive": 1, "en:cue_sg_token": 1, "en:cue_daegu": 1,
       "en:cue_jakarta": 1, "en:cue_hanoi": 1, "en:cue_recording": 1},
      "The WeGO webinar itself; its transcript lines are partly relevant.")
    q("en", "garbage collection",
      {"en:manila_trucks": 2, "en:org_bma": 1, "en:ev_waste_energy": 1},
      "Manila's tracked garbage trucks; BMA lists waste collection; the waste-to-energy workshop.")
    q("en", "elecric buses",
      {"en:shenzhen_ebus": 2, "en:cue_shenzhen": 2},
      "Typo for 'electric': Shenzhen's electric bus fleet and the speaker's line about it.")
    q("en", "ASEAN Smart Cities Network",
      about("ascn", {"en:org_danang": 1}),
      "Network name: its profile and events in every language; Da Nang's profile names it as a "
      "pilot city.")
    q("en", "ministry of transport",
      {"en:org_molit": 2, "ko:org_molit": 1, "ja:org_mlit": 1},
      "Korea's Ministry of Land, Infrastructure and Transport; the Korean profile of the same "
      "ministry and Japan's transport ministry (English name in names) are partly relevant.")
    q("en", "air quality",
      {"en:ub_air": 2, "en:busan_shore": 1, "en:cue_busan": 1, "en:ev_ub_regional": 1},
      "Ulaanbaatar's sensors; fine dust at Busan port; the meeting on air pollution.")
    q("en", "Kyoto tourism crowding",
      {"en:kyoto_crowds": 2, "en:cue_kyoto": 1, "ko:kyoto_ko": 1, "ja:kyoto_kanko": 1,
       "zh-Hans:kyoto_zh": 1, "ja:ev_kyoto_forum": 1, "ja:cue_kyoto": 1, "ja:org_kyoto": 1},
      "Kyoto's crowd forecast; same topic in other languages is partly relevant (query names a city).")
    q("en", "online building permits",
      {"en:bkk_permits": 2, "en:incheon_video": 1},
      "Bangkok's online permits; Incheon's remote civil service counters.")
    q("en", "Bangkok", about("bangkok"),
      "City name: Bangkok's documents in every language (バンコク, 曼谷, 방콕 in names).")
    q("en", "capital city",
      {"en:ev_capital_move": 2, "en:org_seoul": 1, "en:org_bma": 1},
      "Moving Indonesia's capital; Seoul and Bangkok profiles say they are capitals.")
    q("en", "solar panels",
      {"en:sg_solar": 2, "en:yokohama_vpp": 1},
      "Singapore's rooftop solar; Yokohama's batteries (energy storage, no panels) partly.")

    q("en", "Jakrta flood",
      {"en:jakarta_flood": 2, "en:cue_jakarta": 1, "en:ev_capital_move": 1, "ko:jakarta_ko": 1},
      "Misspelled city name plus topic: Jakarta's flood warnings; the Jakarta speaker and the panel "
      "on Jakarta's flooding; the Korean document on the same practice (query names a city).")

    # ------------------------------------------------------------------- French
    q("fr", "Séoul", about("seoul", seoul_extra),
      "Nom de ville : les documents sur Séoul dans toutes les langues ; la formation à Séoul et le "
      "profil de WeGO (secrétariat à Séoul) le sont en partie.")
    q("fr", "Seoul", about("seoul", seoul_extra),
      "Sans accent, comme on le tape souvent : mêmes jugements que « Séoul ».")
    q("fr", "villes membres",
      {"fr:ev_lyon_rencontre": 2, "fr:ev_assemblee_wego": 2, "fr:org_aimf": 2,
       "fr:ev_webinaire_pandemie": 1, "fr:org_dakar": 1, "fr:org_wego_fr": 1, "fr:org_ascn_fr": 1},
      "Pluriel : doit trouver « ville membre » (Dakar) comme « villes membres ».")
    q("fr", "transports gratuits",
      {"fr:dunkerque_bus": 2, "fr:montpellier_gratuit": 2, "fr:cue_dunkerque": 1,
       "fr:org_dunkerque": 1},
      "Pluriel : les documents disent « transport en commun gratuit », « transport public », "
      "« gratuits ».")
    q("fr", "données ouvertes",
      {"fr:rennes_opendata": 2, "fr:paris_velib": 2, "fr:ev_atelier_donnees": 2, "fr:org_lumiere": 2,
       "fr:org_rennes": 2, "fr:cue_donnees": 1},
      "Open data en français, y compris « ouvrir les données » et « ouvre ses données ».")
    q("fr", "citoyens",
      {"fr:paris_budget": 2, "fr:grenoble_assemblee": 2, "fr:cue_citoyens": 1, "fr:cue_citoyenne": 1,
       "fr:ev_montreal_sommet": 1, "fr:org_montreal": 1},
      "Participation citoyenne : doit trouver « citoyenne », « citoyennes » et « citoyen ».")
    q("fr", "dépistage",
      {"fr:paris_depistage": 2, "fr:seoul_depistage": 2, "fr:ev_webinaire_pandemie": 1,
       "fr:cue_seoul": 1},
      "Tests de dépistage à Paris et à Séoul ; le webinaire et la ligne sur les stations au volant.")
    q("fr", "masques",
      {"fr:strasbourg_masques": 2, "fr:hanoi_riz": 2, "fr:cue_masques": 1, "fr:cue_hanoi": 1,
       "fr:ev_webinaire_pandemie": 1},
      "Distribution de masques ; « masque » au singulier doit aussi compter.")
    q("fr", "Pekin", about("beijing", beijing_extra),
      "Sans accent : Pékin / 北京 / 베이징 dans toutes les langues.")
    q("fr", "Hanoi", about("hanoi"),
      "Sans tréma : Hanoï / 河内 / 하노이 dans toutes les langues.")
    q("fr", "Singapour", about("singapore"),
      "Nom de ville : Singapour dans toutes les langues.")
    q("fr", "télémédecine",
      {"fr:lyon_telecons": 2},
      "Le seul document parle de « téléconsultation » avec un médecin : aucun mot en commun.")
    q("fr", "gestion des déchets",
      {"fr:ev_dechets_webinaire": 2, "fr:dakar_dechets": 2, "fr:lyon_chaleur": 1, "fr:org_lyon": 1},
      "Collecte et valorisation des déchets ; le chauffage par incinération et la métropole qui "
      "gère les déchets en partie.")
    q("fr", "webinaire pandémie",
      {"fr:ev_webinaire_pandemie": 2, "fr:cue_seoul": 1, "fr:cue_masques": 1, "fr:cue_hanoi": 1,
       "fr:cue_pekin": 1},
      "Le webinaire et les lignes de sa transcription.")
    q("fr", "traçage des contacts",
      {"fr:pekin_codesante": 2, "fr:lyon_tracage": 2, "fr:ev_webinaire_pandemie": 1,
       "fr:cue_pekin": 1},
      "Code santé de Pékin et suivi des cas contacts à Lyon (« suivi », pas « traçage »).")
    q("fr", "pistes cyclables",
      {"fr:bordeaux_velo": 2, "fr:cue_velo": 1, "fr:ev_mobilite_douce": 1},
      "Bordeaux ; la ligne « une piste cyclable » au singulier ; la conférence sur le vélo.")
    q("fr", "chauffage urbain",
      {"fr:lyon_chaleur": 2, "fr:pekin_air": 1},
      "Réseau de chaleur de Lyon ; Pékin remplace le chauffage au charbon.")
    q("fr", "ministère des transports",
      {"fr:org_mte": 2, "en:org_molit": 1, "ko:org_molit": 1, "ja:org_mlit": 1},
      "Le ministère français chargé des transports ; les ministères coréen et japonais dont le nom "
      "français (dans names) contient « Transports ».")
    q("fr", "capitale",
      {"fr:jakarta_capitale": 2, "fr:org_paris": 1, "fr:org_dakar": 1},
      "Le déplacement de la capitale indonésienne ; Paris et Dakar sont des capitales.")

    # ------------------------------------------------------------------- Korean
    q("ko", "서울", about("seoul", seoul_extra),
      "도시 이름: 모든 언어의 서울 문서(names에 Seoul/ソウル/首尔/Séoul). 서울에서 열리는 연수와 "
      "사무국이 서울에 있다는 프랑스어 WeGO 소개는 부분 관련.")
    q("ko", "서울 데이터",
      {"ko:seoul_owl": 2, "en:seoul_opendata": 1, "ja:seoul_night_bus": 1},
      "두 낱말: 서울의 데이터 활용(심야버스). 같은 사례의 영어·일본어 문서는 부분 관련.")
    q("ko", "회원",
      {"ko:ev_ga": 2, "ko:ev_newmember": 2, "ko:cue_member": 2, "ko:org_wego": 2,
       "ko:ev_training": 1, "ko:ev_neascn": 1, "ko:org_ascn": 1, "ko:ev_korea_asean": 1,
       "ko:ev_contest": 1, "ko:ev_covid_webinar": 1, "ko:org_seoul": 1},
      "조사 붙은 형태(회원이, 회원을, 회원국, 회원 도시)를 찾아야 한다. 회원 가입·총회·회원 구성이 2.")
    q("ko", "데이터",
      {"ko:seoul_owl": 2, "ko:open_portal": 2, "ko:ev_data_webinar": 2, "ko:daejeon_accident": 1,
       "ko:molit_epi": 1, "ko:mask_5bu": 1, "ko:cue_data": 1, "ko:cue_question": 1, "ko:ev_neascn": 1,
       "ko:ev_port_forum": 1, "ko:org_molit": 1},
      "데이터가 주제인 문서가 2; 빅데이터, 공공데이터로, 데이터 허브처럼 붙어 쓰인 형태도 찾아야 한다.")
    q("ko", "도쿄", about("tokyo"),
      "도시 이름: 모든 언어의 도쿄 문서(東京/东京/Tokyo).")
    q("ko", "싱가포르", about("singapore"),
      "도시 이름: 모든 언어의 싱가포르 문서.")
    q("ko", "코로나 검사",
      {"ko:seoul_walk": 2, "ko:ev_covid_webinar": 1, "ko:cue_walk": 1},
      "선별진료소 검사; 웨비나와 부스 설명 자막은 부분 관련.")
    q("ko", "마스크",
      {"ko:mask_5bu": 2, "ko:cue_mask": 2, "ko:hanoi_rice": 1, "ko:ev_covid_webinar": 1},
      "공적 마스크와 그 이야기; 하노이에서 마스크도 나눠 준 사례.")
    q("ko", "역학조사",
      {"ko:molit_epi": 2, "ko:cue_epi": 2, "ko:org_kdca": 1, "ko:ev_covid_webinar": 1,
       "ko:beijing_code_ko": 1},
      "역학조사 지원시스템과 발표; 질병관리청 소개와 접촉자 추적 사례는 부분 관련.")
    q("ko", "비대면 진료",
      {"ko:daegu_center": 2, "ko:cue_daegu": 1, "ko:selfquar_app": 1},
      "대구 생활치료센터의 화상 진료; 전화 진료 이야기와 앱 건강 보고는 부분 관련.")
    q("ko", "대중교통",
      {"ko:drt_bus": 2, "ko:sejong_bus": 2, "ko:seoul_owl": 2, "ko:sg_erp": 1, "ko:org_hanul": 1,
       "ko:kyoto_ko": 1, "ko:cue_sejong": 1},
      "버스 문서들은 '대중교통'이라는 낱말을 거의 쓰지 않는다: 어휘 일치만으로는 부족하다.")
    q("ko", "음식물 쓰레기",
      {"ko:suwon_rfid": 2},
      "수원의 RFID 종량제.")
    q("ko", "웨비나",
      {"ko:ev_covid_webinar": 2, "ko:ev_data_webinar": 2, "ko:cue_walk": 1, "ko:cue_daegu": 1,
       "ko:cue_mask": 1, "ko:cue_epi": 1, "ko:cue_data": 1, "ko:cue_question": 1},
      "웨비나 두 개와 그 자막.")
    q("ko", "국토교통부",
      {"ko:org_molit": 2, "en:org_molit": 2, "ko:molit_epi": 2, "ko:ev_expo": 2, "ko:cue_epi": 1},
      "부처 이름: 소개(한·영), 역학조사 시스템, 엑스포; 발표 자막은 부분 관련. "
      "일본 국토교통성은 다른 기관이다.")
    q("ko", "스마트 횡단보도",
      {"ko:busan_crossing": 2, "en:busan_crossing": 1},
      "부산의 스마트 횡단보도; 같은 사례의 영어 문서는 부분 관련.")
    q("ko", "탄소중립",
      {"ko:jeju_energy": 2, "ko:ev_jeju_forum": 2, "ko:suwon_solar": 1},
      "제주의 탄소중립; 수원의 온실가스 감축.")
    q("ko", "부산", about("busan"),
      "도시 이름: 모든 언어의 부산 문서(釜山/Busan).")
    q("ko", "도시의 안전",
      {"ko:daejeon_light": 2, "ko:ev_safety_conf": 2, "ko:incheon_songdo": 2, "ko:busan_crossing": 1,
       "ko:ev_expo": 1},
      "조사 '의'가 붙은 구: 도시 안전, 방범, 관제.")
    q("ko", "수도 이전",
      {"ko:sejong_capital": 2, "ko:org_seoul": 1},
      "세종 행정수도; 서울 소개의 '대한민국의 수도'는 부분 관련.")
    q("ko", "대전", about("daejeon"),
      "도시 이름 대전: '휴대전화' 안의 '대전'은 관련 없다.")

    # ----------------------------------------------------------------- Japanese
    q("ja", "ソウル", about("seoul", seoul_extra),
      "都市名：全言語のソウルの文書（names に 서울/Seoul/首尔/Séoul）。ソウルでの研修と、"
      "事務局がソウルにあるとする仏語の WeGO 紹介は一部関連。")
    q("ja", "ソウル 検査",
      {"en:seoul_drive": 1, "fr:seoul_depistage": 1, "ko:seoul_walk": 1, "zh-Hans:seoul_drive_zh": 1,
       "en:cue_seoul_drive": 1, "ko:cue_walk": 1, "fr:cue_seoul": 1},
      "日本語の文書はない：ソウルの検査（ドライブスルー・ウォークスルー）を扱う他言語の文書が一部関連。"
      "日本の検査の文書は無関係。")
    q("ja", "検査",
      {"ja:tokyo_pcr": 2, "ja:osaka_kensa": 2, "ja:gesui_pcr": 2, "ja:cue_pcr": 1,
       "ja:ev_wego_japan": 1, "ja:ev_health_webinar": 1, "ja:org_mhlw": 1},
      "二文字の語：PCR検査・抗原検査。検査体制を扱うウェビナーと厚労省紹介は一部関連。")
    q("ja", "交通",
      {"ja:bangkok_traffic": 2, "ja:toyama_lrt": 2, "ja:ev_maas_webinar": 2, "ja:seoul_night_bus": 2,
       "ja:danang_ja": 2, "ja:shutoken_telework": 1, "ja:jakarta_capital": 1, "ja:ev_mlit_report": 1,
       "ja:cue_toyama": 1, "ja:org_mlit": 1, "ja:kyoto_kanko": 1},
      "二文字の語：公共交通・交通管制・交通データ。中国語の文書は日本語の利用者には対象外。")
    q("ja", "市民",
      {"ja:aizu_optin": 2, "ja:ev_citizen_ws": 2, "ja:ev_kyoto_forum": 2, "ja:kakogawa_camera": 1,
       "ja:sapporo_snow": 1, "ja:ev_aizu_tour": 1, "ja:cue_aizu": 1, "ja:cue_kyoto": 1},
      "市民参加が主題の文書が2。市民に触れるだけの文書は1。")
    q("ja", "首都",
      {"ja:tokyo_quake": 2, "ja:shutoken_telework": 2, "ja:jakarta_capital": 2, "ja:org_tokyo": 2,
       "ja:cue_quake": 1, "ja:beijing_air": 1},
      "首都直下地震・首都圏・首都移転・日本の首都。")
    q("ja", "東京", about("tokyo"),
      "都市名：全言語の東京の文書（东京/도쿄/Tokyo）。")
    q("ja", "マスク",
      {"ja:nuno_mask": 2, "ja:mask_map_ja": 2, "ja:cue_mask": 1, "ja:ev_health_webinar": 1},
      "マスクの配布と在庫。")
    q("ja", "接触確認アプリ",
      {"ja:cocoa": 2, "ja:cue_cocoa": 1, "ja:ev_health_webinar": 1, "ja:org_mhlw": 1},
      "複合語：COCOA とその話題。")
    q("ja", "オープンデータ",
      {"ja:kobe_opendata": 2, "ja:mask_map_ja": 1, "ja:aizu_optin": 1},
      "神戸市のオープンデータ；在庫の公開データを使った地図と、会津のデータ活用は一部関連。")
    q("ja", "テレワーク",
      {"ja:shutoken_telework": 2},
      "首都圏のテレワーク。")
    q("ja", "防災",
      {"ja:takamatsu_iot": 2, "ja:tokyo_quake": 2, "ja:ev_bousai_webinar": 2, "ja:org_kumo": 1,
       "ja:aizu_optin": 1, "ja:yokohama_vpp": 1, "ja:cue_quake": 1, "ja:ev_mlit_report": 1},
      "IoT防災、首都直下地震への備え、豪雨と水位データ。")
    q("ja", "ごみ",
      {"ja:yokohama_gomi": 2, "ja:kyoto_foodloss": 2},
      "ひらがな二文字：ごみ分別と食品ロス。")
    q("ja", "ウェビナーの録画",
      {"ja:ev_wego_japan": 2, "ja:cue_thanks": 2, "ja:ev_health_webinar": 1,
       "ja:ev_bousai_webinar": 1, "ja:ev_maas_webinar": 1},
      "助詞「の」を含む句。録画を公開するウェビナー；ほかのウェビナーは一部関連。")
    q("ja", "スマートシティ・インスティテュート", about("scij", {"en:cue_kyoto": 1}),
      "組織名：全言語の SCI-Japan の文書。")
    q("ja", "シンガポール", about("singapore"),
      "都市名：全言語のシンガポールの文書。")
    q("ja", "再生可能エネルギー",
      {"ja:ev_energy_seminar": 2, "ja:yokohama_vpp": 1, "ja:sg_virtual": 1},
      "再エネのセミナー；蓄電池と太陽光パネルのシミュレーションは一部関連。")
    q("ja", "北京", about("beijing", beijing_extra),
      "都市名：北京は日本語と中国語で同じ字。全言語の北京の文書。")
    q("ja", "京都", about("kyoto"),
      "都市名：京都。「東京都」の中の「京都」は無関係。")

    # ---------------------------------------------------------- Chinese (zh-Hans)
    q("zh-Hans", "首尔", about("seoul", seoul_extra),
      "城市名：所有语言中关于首尔的文档（names 含 서울/ソウル/Seoul/Séoul）。首都≠首尔。")
    q("zh-Hans", "首尔 检测",
      {"zh-Hans:seoul_drive_zh": 2, "en:seoul_drive": 1, "fr:seoul_depistage": 1, "ko:seoul_walk": 1,
       "en:cue_seoul_drive": 1, "ko:cue_walk": 1, "fr:cue_seoul": 1},
      "两个词：首尔的免下车检测站；其他语言中同一做法的文档部分相关。北京的检测不相关。")
    q("zh-Hans", "城市",
      {"zh-Hans:org_bj": 2, "zh-Hans:org_sh": 2, "zh-Hans:org_sz": 2, "zh-Hans:org_hz": 2,
       "zh-Hans:org_cd": 2, "zh-Hans:org_wuhan": 2, "zh-Hans:org_wego": 1, "zh-Hans:org_ascn": 1,
       "zh-Hans:org_mohurd": 1, "zh-Hans:cd_park": 1, "zh-Hans:paris_15_zh": 1,
       "zh-Hans:ev_china_asean": 1},
      "单独的“城市”：在城市网络平台上，用户要找的是城市条目（城市的机构简介）；城市网络和城市建设部门"
      "部分相关；以城市为主题的理念（公园城市、15分钟城市）和城市间合作论坛也部分相关。仅在“智慧城市”等词中出现不算。")
    q("zh-Hans", "交通",
      {"zh-Hans:hz_brain": 2, "zh-Hans:sz_jam": 2, "zh-Hans:hz_face": 2, "zh-Hans:sg_erp_zh": 2,
       "zh-Hans:sz_ebus": 1, "zh-Hans:jakarta_zh": 1, "zh-Hans:ev_hz_tour": 1, "zh-Hans:cue_hz": 1,
       "zh-Hans:org_qingyun": 1, "zh-Hans:org_wuhan": 1, "zh-Hans:sh_opendata": 1,
       "zh-Hans:ev_training": 1, "zh-Hans:hz_code": 1},
      "两字词：交通治理、拥堵、地铁、道路收费。日文文档对中文用户不算。")
    q("zh-Hans", "首都",
      {"zh-Hans:xiongan_capital": 2, "zh-Hans:org_bj": 2, "zh-Hans:org_xiongan": 2,
       "zh-Hans:jakarta_zh": 2, "zh-Hans:bj_olympic_power": 1},
      "首都功能疏解、北京、印尼迁都。首尔不是首都一词。")
    q("zh-Hans", "东京", about("tokyo"),
      "城市名（简体“东”）：日文文档写作“東京”，靠 names 找到。")
    q("zh-Hans", "核酸检测",
      {"zh-Hans:bj_nat": 2, "zh-Hans:cue_beijing": 1, "zh-Hans:ev_covid_webinar": 1,
       "zh-Hans:seoul_drive_zh": 1},
      "北京的检测点；首尔的免下车检测站（写作“新冠病毒检测”）部分相关。")
    q("zh-Hans", "口罩",
      {"zh-Hans:gz_mask": 2, "zh-Hans:cue_mask": 2, "zh-Hans:hanoi_zh": 1,
       "zh-Hans:ev_covid_webinar": 1},
      "口罩预约与发放。")
    q("zh-Hans", "健康码",
      {"zh-Hans:hz_code": 2, "zh-Hans:cue_code": 2, "zh-Hans:bj_nat": 1, "zh-Hans:org_hz": 1},
      "杭州健康码；检测结果与健康码关联。")
    q("zh-Hans", "开放数据",
      {"zh-Hans:sh_opendata": 2, "zh-Hans:ev_data_webinar": 2, "zh-Hans:cue_qa": 1},
      "上海的文档写作“公共数据开放平台”，词序不同。")
    q("zh-Hans", "城市大脑",
      {"zh-Hans:hz_brain": 2, "zh-Hans:ev_hz_tour": 2, "zh-Hans:cue_hz": 1, "zh-Hans:org_hz": 1},
      "杭州城市大脑。")
    q("zh-Hans", "垃圾分类",
      {"zh-Hans:sh_waste": 2, "zh-Hans:ev_waste_meeting": 2, "zh-Hans:cue_waste": 1},
      "上海垃圾分类。")
    q("zh-Hans", "新加坡", about("singapore"),
      "城市名：所有语言中关于新加坡的文档。")
    q("zh-Hans", "网络研讨会",
      {"zh-Hans:ev_covid_webinar": 2, "zh-Hans:ev_data_webinar": 2, "zh-Hans:cue_code": 1,
       "zh-Hans:cue_beijing": 1, "zh-Hans:cue_mask": 1,
       "zh-Hans:cue_remote": 1, "zh-Hans:cue_qa": 1},
      "两场网络研讨会及其字幕；只有问候或致谢的字幕不算（规则 4）。")
    q("zh-Hans", "智慧城市 合作",
      {"zh-Hans:ev_china_asean": 2, "zh-Hans:org_ascn": 2, "zh-Hans:org_wego": 1},
      "两个词：中国—东盟合作论坛和东盟网络；WeGO 简介部分相关。")
    q("zh-Hans", "远程医疗",
      {"zh-Hans:remote_med": 2, "zh-Hans:cue_remote": 1},
      "文档写作“远程问诊”“远程会诊”，没有“远程医疗”四字。")
    q("zh-Hans", "电动公交",
      {"zh-Hans:sz_ebus": 2, "zh-Hans:cue_sz": 2, "zh-Hans:org_sz": 1},
      "深圳公交电动化（文档写作“公交车……纯电动车”）。")
    q("zh-Hans", "世界智慧可持续城市组织",
      {"zh-Hans:org_wego": 2, "en:org_wego": 2, "fr:org_wego_fr": 2, "ko:org_wego": 2, "ja:org_wego": 2,
       "zh-Hans:ev_covid_webinar": 2, "zh-Hans:ev_ga": 2, "zh-Hans:ev_training": 2,
       "en:ev_wego_ga": 1, "fr:ev_assemblee_wego": 1, "ko:ev_ga": 1},
      "组织名：各语言的 WeGO 简介与中文活动为2；其他语言的全体大会部分相关。")
    q("zh-Hans", "市民",
      {"zh-Hans:bj_12345": 2, "zh-Hans:hz_code": 1, "zh-Hans:gz_mask": 1, "zh-Hans:cd_park": 1},
      "两字词：市民热线；其他提到市民的服务部分相关。")
    q("zh-Hans", "京都", about("kyoto"),
      "城市名：京都。“东京都”里的“京都”不相关。")

    # --- harder set (2026-12-07) ---
    # Kinds of trap: queries typed without spaces (particles, の, longer compounds, whole
    # questions), Japanese inflection, function words shared with organization names, vocabulary
    # gaps, city + topic across languages, long questions, and webinar session titles repeated on
    # transcript lines that say nothing about the topic (rule 4: those lines are 0).

    # ------------------------------------------------------------------ English
    q("en", "refuse lorries",
      {"en:manila_trucks": 2, "en:kl_waste": 2, "en:org_bma": 1},
      "Vocabulary gap: the documents say garbage trucks, waste pickup, bins and rubbish, never "
      "'refuse' or 'lorries'. Manila's tracked garbage trucks and Kuala Lumpur's sensor bins are "
      "about collection vehicles; the BMA profile lists waste collection.")
    q("en", "remote consultation",
      {"en:daegu_telemed": 2, "en:jeju_telehealth": 2, "en:cue_daegu": 1, "en:incheon_video": 1},
      "Vocabulary gap: telemedicine and video doctor visits (Daegu, Jeju's islands); the Daegu "
      "speaker calling patients at home; Incheon's video counters are remote consultations with a "
      "civil servant, partly relevant.")
    q("en", "micromobility",
      {"en:paris_scooters": 2, "en:sg_pmd": 2, "en:ev_lyon_summit": 1, "en:paris_15min": 1},
      "Vocabulary gap: no document uses the word; e-scooter rules in Singapore and the end of "
      "shared e-scooters in Paris are 2; a summit on shared mobility and Paris's cycle lanes touch it.")
    q("en", "inundation",
      {"en:jakarta_flood": 2, "en:fukuoka_flood": 2, "en:cue_jakarta": 1, "en:ev_capital_move": 1,
       "en:kl_twin": 1},
      "Vocabulary gap (flood, flooded, water level): Jakarta's and Fukuoka's flood sensors; the "
      "Jakarta speaker, the panel on Jakarta's flooding and KL's twin with flood maps partly.")
    q("en", "CCTV",
      {"en:kakogawa_cameras": 2, "en:danang_lights": 1, "en:busan_crossing": 1},
      "Vocabulary gap: the documents say cameras and footage. Kakogawa's watch-over cameras are "
      "2; traffic cameras at Da Nang's junctions and at Busan's crossings touch it.")
    q("en", "isolated seniors",
      {"en:daegu_cooling": 2, "en:cue_heat_daegu": 1, "en:ev_heat_webinar": 1, "en:sg_token": 1,
       "en:cue_sg_token": 1, "en:kakogawa_cameras": 1},
      "Vocabulary gap: 'elderly person who lives alone', 'older residents', 'older people'. Daegu's "
      "daily calls to elderly people living alone are 2; the Daegu speaker, the heat webinar's "
      "checks on people living alone, Singapore's tokens for older residents and Kakogawa's beacons "
      "for older people partly.")
    q("en", "rules for the use of e-scooters",
      {"en:sg_pmd": 2, "en:paris_scooters": 2},
      "Function words: 'for the … of' fill the names of the Institute for the Future of the City "
      "and Harbour Cities for Sustainability, which are not relevant. The content words are "
      "rules and e-scooters: Singapore's footpath rules and the end of rental in Paris.")
    q("en", "cooling for the elderly during heatwaves",
      {"en:daegu_cooling": 2, "en:ev_heat_webinar": 1, "en:cue_heat_daegu": 1},
      "Function words 'for the' (organization names are not relevant): Daegu's cooling shelters "
      "and calls to elderly people; the heat webinar and the Daegu speaker partly.")
    q("en", "heat action plans",
      {"en:ev_heat_webinar": 2, "en:daegu_cooling": 1, "en:cue_heat_daegu": 1},
      "The session itself is 2; Daegu's measures and the speaker's line about them are partly "
      "relevant. The other lines of its transcript (on mute, sharing the screen, thanks) carry the "
      "session title only and are 0.")
    q("en", "what did cities do to keep buses running safely during covid",
      {"en:busan_bus_covid": 2, "en:bkk_masks": 1},
      "Long question: Busan kept its bus routes running and disinfected buses; Bangkok's masks on "
      "public transport partly. Documents in other languages are not for an English reader.")
    q("en", "Paris e-scooter ban",
      {"en:paris_scooters": 2, "fr:paris_trottinettes": 1, "ko:paris_kick": 1},
      "City + topic: the English document is 2; the same practice in French and Korean is 1 "
      "(rule 3). Paris's other documents are not about scooters.")
    q("en", "Daegu heatwave shelters",
      {"en:daegu_cooling": 2, "en:cue_heat_daegu": 1, "en:ev_heat_webinar": 1, "ko:daegu_heat": 1,
       "ko:cue_heat_shelter": 1},
      "City + topic: Daegu's cooling shelters; the Daegu speaker and the webinar with Daegu's "
      "speakers partly; the Korean document and line on the same shelters are 1 (rule 3). Daegu's "
      "pandemic documents are not about heat.")
    q("en", "our town hall computers got locked by hackers, what should we do",
      {"en:ev_cyber": 2},
      "Long question with a vocabulary gap: the webinar says ransomware attacks on town halls and "
      "what to do in the first hours.")

    # ------------------------------------------------------------------- French
    q("fr", "vélos partagés",
      {"fr:paris_velib": 2, "fr:lyon_velov": 2, "fr:montreal_defi": 1, "fr:rennes_opendata": 1},
      "Écart de vocabulaire : les documents disent « vélos en libre-service ». Paris et Lyon sont "
      "pertinents ; le compte unique de Montréal (vélo en libre-service parmi d'autres modes) et la "
      "disponibilité des vélos publiée par Rennes en partie.")
    q("fr", "ramassage des poubelles",
      {"fr:dakar_dechets": 2, "fr:lille_collecte": 2, "fr:org_lyon": 1, "fr:ev_dechets_webinaire": 1},
      "Écart de vocabulaire : « collecte », « ordures ménagères », « conteneurs ». Les tricycles de "
      "Dakar et les conteneurs à capteurs de Lille ; la métropole qui gère les déchets et le "
      "webinaire sur les déchets en partie.")
    q("fr", "l'aide aux personnes âgées pendant la canicule",
      {"fr:canicule_paris": 2, "fr:ev_chaleur_webinaire": 1},
      "Mots-outils (l', aux, la) : l'Agence de l'énergie et de l'habitat et l'Observatoire de la "
      "fiscalité n'ont rien à voir. Le registre canicule de Paris ; le webinaire qui cite les "
      "registres des personnes fragiles en partie.")
    q("fr", "le bilan de la gratuité des transports",
      {"fr:dunkerque_bus": 2, "fr:montpellier_gratuit": 2, "fr:cue_dunkerque": 1,
       "fr:org_dunkerque": 1},
      "Mots-outils (le, de la, des) partagés avec les noms d'organismes sans rapport. Les réseaux "
      "gratuits de Dunkerque et de Montpellier ; la ligne sur le bus gratuit et le profil de la "
      "communauté urbaine en partie. La demi-heure gratuite de Vélo'v n'est pas la gratuité des transports.")
    q("fr", "webinaire vagues de chaleur",
      {"fr:ev_chaleur_webinaire": 2, "fr:cue_chaleur_cours": 1, "fr:paris_oasis": 1,
       "fr:canicule_paris": 1, "fr:montreal_ruelles": 1},
      "Le webinaire lui-même ; la ligne sur les cours oasis et les pratiques contre la chaleur en "
      "partie. Les lignes de sa transcription qui ne disent que « micro coupé », « mon écran » ou "
      "« merci » ne portent que le titre de la séance : 0.")
    q("fr", "comment les villes ont-elles fait rouler les bus pendant le confinement ?",
      {"fr:lyon_bus_covid": 2},
      "Question longue : le réseau lyonnais pendant le confinement. Le télétravail à Tokyo ne parle "
      "pas des bus.")
    q("fr", "trottinettes en libre-service à Paris",
      {"fr:paris_trottinettes": 2, "en:paris_scooters": 1, "ko:paris_kick": 1},
      "Ville + sujet : le document français ; la même pratique en anglais et en coréen en partie (règle 3).")
    q("fr", "inondations à Paris",
      {"fr:paris_seine": 2},
      "Ville + sujet avec écart de vocabulaire : le document dit « crue », « sous l'eau », jamais "
      "« inondation ». Les autres documents sur Paris n'en parlent pas.")
    q("fr", "vidéosurveillance",
      {"fr:nice_video": 2},
      "Écart de vocabulaire : Nice parle de « vidéoprotection » et de caméras. La « surveillance » "
      "du code santé de Pékin n'est pas de la vidéo.")
    q("fr", "quelles villes ont supprimé la publicité dans la rue ?",
      {"fr:grenoble_pub": 2},
      "Question longue : Grenoble a retiré les panneaux publicitaires (« publicitaires », pas « publicité »).")
    q("fr", "aînés",
      {"fr:canicule_paris": 2, "fr:strasbourg_masques": 1},
      "Écart de vocabulaire : « personnes âgées », « habitants âgés ». Le registre canicule ; les "
      "masques distribués aux habitants âgés en partie.")
    q("fr", "Fukuoka inondations",
      {"en:fukuoka_flood": 1, "ja:fukuoka_shinsui": 1},
      "Ville + sujet sans document français : la même pratique en anglais et en japonais compte "
      "en partie (règle 3). Les autres documents sur Fukuoka ne parlent pas d'eau.")
    q("fr", "que faire pour que les cours d'école soient moins chaudes l'été ?",
      {"fr:paris_oasis": 2, "fr:cue_chaleur_cours": 1, "fr:ev_chaleur_webinaire": 1},
      "Question longue : les cours oasis de Paris ; la ligne sur ces cours et le webinaire qui "
      "cite la végétalisation des cours d'école en partie.")

    # ------------------------------------------------------------------- Korean
    q("ko", "공유자전거를",
      {"ko:daejeon_tashu": 2},
      "띄어쓰기 없이 조사가 붙은 말: 대전의 공공자전거 타슈. '공유 전동킥보드'는 자전거가 아니다.")
    q("ko", "폐기물",
      {"ko:apt_recycle": 2, "ko:suwon_rfid": 2},
      "어휘 차이: 문서는 '쓰레기', '재활용품'이라고 쓴다. 분리배출 도우미와 음식물 쓰레기 종량제.")
    q("ko", "물난리",
      {"ko:busan_underpass": 2, "ko:jakarta_ko": 2, "ko:ev_safety_conf": 1},
      "어휘 차이: 문서는 '물에 잠겨', '침수', '홍수'라고 쓴다. 부산 지하차도와 자카르타 홍수 경보; "
      "침수를 다루는 안전 콘퍼런스는 부분 관련.")
    q("ko", "감시카메라",
      {"ko:incheon_cctv": 2, "ko:daejeon_light": 1, "ko:busan_crossing": 1, "ko:busan_underpass": 1,
       "ko:incheon_songdo": 1},
      "어휘 차이: 문서는 'CCTV', '카메라'라고 쓴다. 인천의 지능형 CCTV가 2; CCTV와 연결된 보안등, "
      "횡단보도 카메라, 지하차도 CCTV, 방범 통합운영센터는 부분 관련.")
    q("ko", "개인형이동장치",
      {"ko:kick_tow": 2, "ko:paris_kick": 2},
      "띄어쓰기 없는 법률 용어이자 어휘 차이: 문서는 '전동킥보드'라고만 쓴다.")
    q("ko", "혼자사는노인은누가돌보나요",
      {"ko:suwon_ai_care": 2, "ko:daegu_heat": 2, "ko:ev_heat": 1, "ko:cue_heat_shelter": 1},
      "띄어쓰기 없는 질문, 어휘 차이: 문서는 '홀로 지내는 어르신', '홀몸 어르신'이라고 쓴다. 수원의 "
      "AI 스피커와 대구의 안부 전화가 2; 어르신 안부 확인을 다루는 웨비나와 쉼터 이야기는 부분 관련.")
    q("ko", "코로나때버스는어떻게운행했나요",
      {"ko:busan_bus_covid": 2},
      "띄어쓰기 없는 질문: 코로나19 때 노선을 유지한 부산 시내버스.")
    q("ko", "도시의 폭염 대책",
      {"ko:daegu_heat": 2, "ko:ev_heat": 2, "ko:cue_heat_shelter": 1, "ko:ev_safety_conf": 1},
      "'도시의'는 '미래의 도시를 위한 시민 연대' 같은 이름에도 있지만 그 단체는 관련 없다. 내용어는 폭염 "
      "대책: 대구의 무더위쉼터와 폭염 웨비나; 쉼터 이야기와 폭염을 다루는 안전 콘퍼런스는 부분 관련.")
    q("ko", "폭염에 강한 도시 만들기",
      {"ko:ev_heat": 2, "ko:daegu_heat": 2, "ko:cue_heat_shelter": 1, "ko:ev_safety_conf": 1},
      "웨비나 제목: 웨비나와 대구 사례가 2, 쉼터 이야기 자막은 1. 음소거, 화면 공유, 인사만 하는 자막은 "
      "제목만 같을 뿐 관련 없다(0).")
    q("ko", "제주특별자치도", about("jeju"),
      "공식 명칭(긴 복합어): 문서는 '제주'라고 쓴다. 모든 언어의 제주 문서.")
    q("ko", "원격진료",
      {"ko:jeju_telemed": 2, "ko:daegu_center": 2, "ko:cue_daegu": 1, "ko:selfquar_app": 1},
      "어휘 차이: 문서는 '화상 진료', '비대면 진료'라고 쓴다. 제주 부속섬과 대구 생활치료센터가 2; "
      "전화로 환자를 살핀 이야기와 앱 건강 보고는 부분 관련.")
    q("ko", "부산 버스 코로나",
      {"ko:busan_bus_covid": 2, "en:busan_bus_covid": 1},
      "도시 + 주제: 부산 시내버스의 코로나19 대응; 같은 사례의 영어 문서는 부분 관련(규칙 3).")
    q("ko", "파리의 킥보드",
      {"ko:paris_kick": 2, "en:paris_scooters": 1, "fr:paris_trottinettes": 1},
      "도시 + 주제, 조사 '의': 파리의 공유 전동킥보드 퇴출; 같은 사례의 영어·프랑스어 문서는 부분 관련.")

    # ----------------------------------------------------------------- Japanese
    q("ja", "浸水を防ぐ",
      {"ja:fukuoka_shinsui": 2, "ja:takamatsu_iot": 1, "ja:ev_bousai_webinar": 1},
      "活用形：文書は「防いできた」。博多駅周辺の浸水対策が2、水位データを扱う高松と豪雨のウェビナーは一部関連。")
    q("ja", "ごみを減らす",
      {"ja:kyoto_foodloss": 2, "ja:yokohama_plastic": 1, "ja:yokohama_gomi": 1},
      "活用形：文書は「減らしてきた」「減り」。京都の食品ロス削減が2、燃やすごみが減った横浜の"
      "プラスチック回収と分別アプリは一部関連。")
    q("ja", "自転車を借りる",
      {"ja:tokyo_bike": 2},
      "活用形：文書は「借り、」（連用形）。東京都心のシェアサイクル。パリの自転車道は借りる話ではない。")
    q("ja", "乗り合いタクシーを呼ぶ",
      {"ja:toyama_ondemand": 2, "ja:ev_maas_webinar": 1},
      "活用形と表記ゆれ：文書は「乗合タクシー」「呼んでもらう」。富山のオンデマンド交通が2、予約制の"
      "乗合タクシーを扱うウェビナーは一部関連。")
    q("ja", "涼しい場所で休む",
      {"ja:osaka_cool": 2, "ja:cue_atsusa_library": 1, "ja:ev_atsusa": 1},
      "形容詞の活用：文書は「涼しく過ごす」「涼んで」。大阪のクーリングシェルターが2、図書館の話と"
      "猛暑のウェビナーは一部関連。")
    q("ja", "リサイクル",
      {"ja:yokohama_plastic": 2, "ja:sapporo_kaden": 2, "ja:yokohama_gomi": 1},
      "語彙のずれ：文書は「再資源化」「再利用」「回収」と書き、リサイクルという語はない。分別アプリは一部関連。"
      "研究所の「海の資源」は無関係。")
    q("ja", "ひとり暮らしのお年寄り",
      {"ja:kobe_denki": 2, "ja:osaka_cool": 1, "ja:ev_atsusa": 1, "ja:kakogawa_camera": 1,
       "ja:cue_atsusa_library": 1},
      "語彙と表記のずれ：文書は「一人暮らしの高齢者」。電力データで見守る神戸が2、高齢者を訪ねる民生委員、"
      "高齢者への声かけを挙げるウェビナー、高齢者の発信器、図書館で涼むお年寄りの話は一部関連。")
    q("ja", "東京の自転車",
      {"ja:tokyo_bike": 2},
      "「の」を含む句（空白なし）：文書は「東京都心の」。東京のシェアサイクル。ほかの東京の文書は自転車と無関係。")
    q("ja", "横浜市役所", about("yokohama"),
      "長い複合語：文書は「横浜市」「横浜市営」。全言語の横浜の文書。")
    q("ja", "大雨のとき地下街は大丈夫なの",
      {"ja:fukuoka_shinsui": 2, "ja:ev_bousai_webinar": 1, "ja:takamatsu_iot": 1},
      "空白のない質問：博多駅の地下街の浸水対策が2。豪雨のウェビナーと水位センサーの高松は一部関連。")
    q("ja", "猛暑から市民を守るまちづくり",
      {"ja:ev_atsusa": 2, "ja:osaka_cool": 2, "ja:cue_atsusa_library": 1},
      "ウェビナーの題：ウェビナーと大阪のクーリングシェルターが2、図書館の話の字幕は1。ミュート、画面共有、"
      "お礼だけの字幕は題が同じだけで無関係（0）。")
    q("ja", "まちの暑さ対策",
      {"ja:osaka_cool": 2, "ja:ev_atsusa": 2, "ja:cue_atsusa_library": 1},
      "「の」を含む句：「まちの未来のための自治体ネットワーク」「海と森の暮らしの研究所」は「の」や「まち」を"
      "共有するだけで無関係。内容は暑さ対策。")
    q("ja", "感染が広がっていた時期にバスはどうやって走り続けたのか",
      {"ja:yokohama_bus": 2, "ja:shutoken_telework": 1},
      "長い質問と活用形（文書は「走り」「運行を続けた」）：コロナ禍の横浜市営バスが2、首都圏の通勤電車の"
      "混雑緩和は一部関連。")
    q("ja", "パリの電動キックボード",
      {"en:paris_scooters": 1, "fr:paris_trottinettes": 1, "ko:paris_kick": 1},
      "都市＋テーマ（「の」を含む句）：日本語の文書はなく、同じ事例を扱う英語・仏語・韓国語の文書が一部関連（規則3）。"
      "パリの自転車道は無関係。")

    # ---------------------------------------------------------- Chinese (zh-Hans)
    q("zh-Hans", "公共汽车",
      {"zh-Hans:sz_ebus": 2, "zh-Hans:wuhan_bus": 2, "zh-Hans:cue_sz": 1, "zh-Hans:org_sz": 1},
      "词汇差异：文档写作“公交”“公交车”。深圳公交电动化和武汉公交停运与恢复为2；关于电动车的发言和深圳"
      "简介部分相关。")
    q("zh-Hans", "疫情期间城市怎样保证公共汽车正常运营",
      {"zh-Hans:wuhan_bus": 2, "zh-Hans:hz_code": 1},
      "长问句，词汇差异：武汉公交停运后分批恢复运营为2；凭健康码乘坐公共交通部分相关。")
    q("zh-Hans", "共享单车",
      {"zh-Hans:hz_bike": 2},
      "词汇差异：文档写作“公共自行车”“借车”。巴黎的自行车道不是借车服务。")
    q("zh-Hans", "餐厨废弃物",
      {"zh-Hans:sz_kitchen": 2, "zh-Hans:sh_waste": 2, "zh-Hans:cue_waste": 1,
       "zh-Hans:ev_waste_meeting": 1},
      "词汇差异：文档写作“厨余垃圾”“湿垃圾”“剩菜剩饭”。深圳就地处理和上海湿垃圾分出为2；分湿垃圾的发言"
      "和经验交流会部分相关。")
    q("zh-Hans", "下大雨马路被淹怎么办",
      {"zh-Hans:gz_sponge": 2, "zh-Hans:bkk_flood_zh": 2},
      "无空格的问句，词汇差异：文档写作“暴雨”“积水”“内涝”。广州海绵城市和曼谷应对内涝。")
    q("zh-Hans", "独居老人在家出了意外怎么办",
      {"zh-Hans:sh_call": 2, "zh-Hans:cd_elderly": 2, "zh-Hans:ev_heat": 1},
      "无空格的问句：上海的一键呼叫和成都的智能水表为2；研讨会提到探访独居老人，部分相关。电梯困人与独居老人无关。")
    q("zh-Hans", "城市的内涝治理",
      {"zh-Hans:gz_sponge": 2, "zh-Hans:bkk_flood_zh": 2},
      "含“的”的短语：“城市的记忆”历史街区保护协会只是名称里有“城市的”，不相关。内容是内涝治理。")
    q("zh-Hans", "应对极端高温",
      {"zh-Hans:ev_heat": 2, "zh-Hans:cq_cool": 2, "zh-Hans:cue_heat_cave": 1},
      "研讨会标题里的词：研讨会和重庆防空洞纳凉为2，讲防空洞的字幕为1。只说静音、共享屏幕、谢谢的字幕只是"
      "标题相同，不相关（0）。")
    q("zh-Hans", "巴黎 电动滑板车",
      {"en:paris_scooters": 1, "fr:paris_trottinettes": 1, "ko:paris_kick": 1},
      "城市＋主题：没有中文文档；其他语言中关于巴黎取消共享电动滑板车的文档部分相关（规则3）。")
    q("zh-Hans", "广州市", about("guangzhou"),
      "较长的写法：文档多写作“广州”。所有语言中关于广州的文档。")
    q("zh-Hans", "重庆的防空洞",
      {"zh-Hans:cq_cool": 2, "zh-Hans:cue_heat_cave": 1},
      "含“的”的短语（无空格）：重庆开放防空洞避暑；讲防空洞的字幕部分相关。重庆的智博会与此无关。")
    q("zh-Hans", "深圳市厨余垃圾",
      {"zh-Hans:sz_kitchen": 2},
      "较长的复合写法（无空格）：文档写作“深圳一些小区……厨余垃圾”。上海的湿垃圾是另一座城市。")
    q("zh-Hans", "疫情期间老人不会用手机看病怎么办",
      {"zh-Hans:remote_med": 2, "zh-Hans:cue_remote": 2},
      "长问句：互联网医院与远程问诊；“很多老人不会用手机问诊，社区医生帮他们操作”的发言正是答案。")

    # --- judgments of the earlier queries for the documents added on 2026-12-07 ---
    def extend(lang, text, extra):
        hits = [x for x in Q if x["lang"] == lang and x["text"] == text]
        if len(hits) != 1:
            raise SystemExit(f"extend: no single query {lang} {text!r}")
        for key, grade in extra.items():
            if key in hits[0]["judgments"]:
                raise SystemExit(f"extend: {key} already judged for {text!r}")
            hits[0]["judgments"][key] = grade

    extend("en", "garbage collection", {"en:kl_waste": 2})
    extend("en", "telemedicine for patients at home", {"en:jeju_telehealth": 1})
    extend("en", "flood warning sensors", {"en:fukuoka_flood": 2})
    extend("fr", "gestion des déchets", {"fr:lille_collecte": 2})
    extend("fr", "masques", {"fr:lyon_bus_covid": 1})
    extend("ko", "대중교통", {"ko:busan_bus_covid": 2, "ko:daejeon_tashu": 1})
    extend("ko", "도시의 안전", {"ko:incheon_cctv": 2, "ko:busan_underpass": 1})
    extend("ko", "비대면 진료", {"ko:jeju_telemed": 2})
    extend("ko", "마스크", {"ko:busan_bus_covid": 1})
    extend("ko", "웨비나", {"ko:ev_heat": 2, "ko:cue_heat_shelter": 1})
    extend("ja", "交通", {"ja:toyama_ondemand": 2, "ja:yokohama_bus": 2, "ja:tokyo_bike": 1})
    extend("ja", "市民", {"ja:ev_atsusa": 1})
    extend("ja", "防災", {"ja:fukuoka_shinsui": 2})
    extend("ja", "ごみ", {"ja:yokohama_plastic": 2, "ja:sapporo_kaden": 1})
    extend("ja", "ウェビナーの録画", {"ja:ev_atsusa": 1})
    extend("zh-Hans", "交通", {"zh-Hans:wuhan_bus": 2, "zh-Hans:hz_bike": 1})
    extend("zh-Hans", "城市", {"zh-Hans:gz_sponge": 1})
    extend("zh-Hans", "网络研讨会", {"zh-Hans:ev_heat": 2, "zh-Hans:cue_heat_cave": 1})
    extend("zh-Hans", "垃圾分类", {"zh-Hans:sz_kitchen": 1})
    return Q

#!/usr/bin/env python3
"""Generates a citydriver export for the search benchmark (bench/search.sh).

Reads a real export of the demo network (to copy the exact row shapes and keep every foreign
key valid) and adds, in the five languages (en, fr, ko, ja, zh-Hans):

  * PRACTICES published practices: each has a primary language (the five in turn); its title
    and summary are in all five languages, its problem, solution and results in its primary
    language; its city is one of the demo's cities, 30 % have one partner organization;
  * LINES transcript lines: events of CUES lines each (one webinar, one recording, one transcript
    in one language, the five in turn), spoken-style sentences, a third of them with a speaker.

Sentences are built from templates and a shared list of ~90 smart-city concepts translated into
the five languages, picked with Zipf-like weights (a few very common words such as data,
transport, 交通; a long tail of rarer ones), the demo cities' names in each script, numbers and
years, and a long tail of generated project and speaker names (pseudo-words in Latin, Hangul,
katakana and hanzi) so the term dictionaries are not tiny. Synthetic text: good for timing, not
for judging relevance. Deterministic for a given --seed.

Usage: gen_search_corpus.py --demo demo.jsonl --lines 1000000 --practices 100000 --out corpus.jsonl
"""

import argparse
import bisect
import itertools
import json
import random
import sys

LANGS = ["en", "fr", "ko", "ja", "zh-Hans"]

# (en, fr, ko, ja, zh-Hans), most frequent first (the weights follow the rank).
CONCEPTS = [
    ("data", "données", "데이터", "データ", "数据"),
    ("transport", "transport", "교통", "交通", "交通"),
    ("cities", "villes", "도시", "都市", "城市"),
    ("citizens", "citoyens", "시민", "市民", "市民"),
    ("smart city", "ville intelligente", "스마트시티", "スマートシティ", "智慧城市"),
    ("platform", "plateforme", "플랫폼", "プラットフォーム", "平台"),
    ("public transport", "transports publics", "대중교통", "公共交通", "公共交通"),
    ("members", "membres", "회원", "会員", "会员"),
    ("health", "santé", "보건", "保健", "卫生"),
    ("safety", "sécurité", "안전", "安全", "安全"),
    ("open data", "données ouvertes", "공공데이터", "オープンデータ", "开放数据"),
    ("testing", "dépistage", "검사", "検査", "检测"),
    ("sensors", "capteurs", "센서", "センサー", "传感器"),
    ("energy", "énergie", "에너지", "エネルギー", "能源"),
    ("online services", "services en ligne", "온라인 서비스", "オンラインサービス", "在线服务"),
    ("administration", "administration", "행정", "行政", "行政"),
    ("budget", "budget", "예산", "予算", "预算"),
    ("companies", "entreprises", "기업", "企業", "企业"),
    ("traffic", "circulation", "교통량", "交通量", "交通流量"),
    ("bus", "bus", "버스", "バス", "公交车"),
    ("hospital", "hôpital", "병원", "病院", "医院"),
    ("artificial intelligence", "intelligence artificielle", "인공지능", "人工知能", "人工智能"),
    ("mobile app", "application mobile", "모바일 앱", "スマホアプリ", "手机应用"),
    ("air quality", "qualité de l'air", "대기질", "大気質", "空气质量"),
    ("waste", "déchets", "쓰레기", "ごみ", "垃圾"),
    ("water", "eau", "상수도", "水道", "供水"),
    ("network", "réseau", "네트워크", "ネットワーク", "网络"),
    ("partnership", "partenariat", "파트너십", "パートナーシップ", "合作伙伴关系"),
    ("pilot project", "projet pilote", "시범사업", "実証実験", "试点项目"),
    ("webinar", "webinaire", "웨비나", "ウェビナー", "网络研讨会"),
    ("subway", "métro", "지하철", "地下鉄", "地铁"),
    ("parking", "stationnement", "주차", "駐車場", "停车"),
    ("quarantine", "quarantaine", "격리", "隔離", "隔离"),
    ("vaccination", "vaccination", "예방접종", "予防接種", "疫苗接种"),
    ("disaster", "catastrophe", "재난", "災害", "灾害"),
    ("flood", "inondation", "홍수", "洪水", "洪水"),
    ("earthquake", "séisme", "지진", "地震", "地震"),
    ("CCTV", "vidéosurveillance", "폐쇄회로 카메라", "防犯カメラ", "监控摄像头"),
    ("procurement", "marchés publics", "조달", "調達", "采购"),
    ("civil servants", "fonctionnaires", "공무원", "職員", "公务员"),
    ("payment", "paiement", "결제", "決済", "支付"),
    ("startups", "jeunes pousses", "스타트업", "スタートアップ", "初创企业"),
    ("universities", "universités", "대학", "大学", "大学"),
    ("elderly people", "personnes âgées", "노인", "高齢者", "老年人"),
    ("children", "enfants", "어린이", "子ども", "儿童"),
    ("housing", "logement", "주택", "住宅", "住房"),
    ("tourism", "tourisme", "관광", "観光", "旅游"),
    ("bicycles", "vélos", "자전거", "自転車", "自行车"),
    ("electric vehicles", "véhicules électriques", "전기차", "電気自動車", "电动汽车"),
    ("charging stations", "bornes de recharge", "충전소", "充電スタンド", "充电站"),
    ("streetlights", "éclairage public", "가로등", "街路灯", "路灯"),
    ("buildings", "bâtiments", "건물", "建物", "建筑"),
    ("parks", "parcs", "공원", "公園", "公园"),
    ("trees", "arbres", "가로수", "樹木", "树木"),
    ("carbon", "carbone", "탄소", "炭素", "碳"),
    ("emissions", "émissions", "배출량", "排出量", "排放"),
    ("climate", "climat", "기후", "気候", "气候"),
    ("broadband", "haut débit", "초고속 인터넷", "ブロードバンド", "宽带"),
    ("5G", "5G", "5G", "5G", "5G"),
    ("cloud", "nuage informatique", "클라우드", "クラウド", "云计算"),
    ("privacy", "vie privée", "개인정보", "個人情報", "个人隐私"),
    ("cybersecurity", "cybersécurité", "사이버 보안", "サイバーセキュリティ", "网络安全"),
    ("digital twin", "jumeau numérique", "디지털 트윈", "デジタルツイン", "数字孪生"),
    ("blockchain", "chaîne de blocs", "블록체인", "ブロックチェーン", "区块链"),
    ("drones", "drones", "드론", "ドローン", "无人机"),
    ("robots", "robots", "로봇", "ロボット", "机器人"),
    ("schools", "écoles", "학교", "学校", "学校"),
    ("libraries", "bibliothèques", "도서관", "図書館", "图书馆"),
    ("volunteers", "bénévoles", "자원봉사자", "ボランティア", "志愿者"),
    ("participation", "participation", "참여", "参加", "参与"),
    ("survey", "enquête", "설문조사", "アンケート", "调查"),
    ("maps", "cartes", "지도", "地図", "地图"),
    ("roads", "routes", "도로", "道路", "道路"),
    ("bridges", "ponts", "교량", "橋梁", "桥梁"),
    ("port", "port", "항만", "港湾", "港口"),
    ("airport", "aéroport", "공항", "空港", "机场"),
    ("trains", "trains", "열차", "列車", "列车"),
    ("taxis", "taxis", "택시", "タクシー", "出租车"),
    ("pedestrians", "piétons", "보행자", "歩行者", "行人"),
    ("accidents", "accidents", "사고", "事故", "事故"),
    ("police", "police", "경찰", "警察", "警察"),
    ("fire", "incendie", "화재", "火災", "火灾"),
    ("emergency", "urgence", "응급", "緊急", "紧急"),
    ("telemedicine", "télémédecine", "원격의료", "遠隔医療", "远程医疗"),
    ("masks", "masques", "마스크", "マスク", "口罩"),
    ("contact tracing", "traçage des contacts", "역학조사", "接触追跡", "密接接触者追踪"),
    ("smart grid", "réseau électrique intelligent", "스마트 그리드", "スマートグリッド", "智能电网"),
    ("recycling", "recyclage", "재활용", "リサイクル", "回收利用"),
    ("noise", "bruit", "소음", "騒音", "噪音"),
    ("heat waves", "canicules", "폭염", "熱波", "热浪"),
]

# Sentence templates: {a}, {b} concepts, {city}, {n} a number, {y} a year, {x} a generated name.
TEMPLATES = {
    "en": [
        "In {city} we started using {a} to improve {b}.",
        "The {a} budget was about {n} million.",
        "We collected {a} from {n} sites of {b} every day.",
        "Since {y} our {a} team has worked with {b}.",
        "{a} really changed how {b} works in {city}.",
        "The question is how {a} can help {b}.",
        "I think {a} is the key for {b} in {city}.",
        "Last year {n} percent of {b} used {a}.",
        "The {x} project links {a} and {b}.",
        "With {x} we measured {a} in {n} districts.",
    ],
    "fr": [
        "À {city}, nous avons commencé à utiliser {a} pour améliorer {b}.",
        "Le budget consacré à {a} était d'environ {n} millions.",
        "Nous avons recueilli {a} sur {n} sites de {b} chaque jour.",
        "Depuis {y}, notre équipe {a} travaille avec {b}.",
        "{a} a vraiment changé {b} à {city}.",
        "La question est de savoir comment {a} peut aider {b}.",
        "Je pense que {a} est essentiel pour {b} à {city}.",
        "L'an dernier, {n} % de {b} ont utilisé {a}.",
        "Le projet {x} relie {a} et {b}.",
        "Avec {x}, nous avons mesuré {a} dans {n} quartiers.",
    ],
    "ko": [
        "{city}에서는 {b} 개선을 위해 {a}을 도입했습니다.",
        "{a} 예산은 약 {n}억 원이었습니다.",
        "매일 {n}곳의 {b}에서 {a}을 수집했습니다.",
        "{y}년부터 {a} 팀이 {b}와 협력했습니다.",
        "{a}이 {city}의 {b}을 정말 바꿨어요.",
        "문제는 {a}이 {b}에 어떻게 도움이 되느냐입니다.",
        "{city}의 {b}에는 {a}이 핵심이라고 생각합니다.",
        "작년에는 {b}의 {n}%가 {a}을 이용했습니다.",
        "{x} 사업은 {a}과 {b}을 연결합니다.",
        "{x}로 {n}개 구의 {a}을 측정했습니다.",
    ],
    "ja": [
        "{city}では、{b}を改善するために{a}を導入しました。",
        "{a}の予算はおよそ{n}億円でした。",
        "毎日{n}か所の{b}から{a}を集めました。",
        "{y}年から{a}のチームが{b}と連携しています。",
        "{a}で{city}の{b}が本当に変わりました。",
        "問題は、{a}が{b}にどう役立つかです。",
        "{city}の{b}には{a}が鍵だと思います。",
        "昨年は{b}の{n}%が{a}を利用しました。",
        "{x}プロジェクトは{a}と{b}をつなぎます。",
        "{x}で{n}の地区の{a}を測定しました。",
    ],
    "zh-Hans": [
        "在{city}，我们开始用{a}来改善{b}。",
        "{a}的预算大约是{n}亿元。",
        "我们每天从{n}个{b}站点收集{a}。",
        "从{y}年起，{a}团队一直和{b}合作。",
        "{a}真的改变了{city}的{b}。",
        "问题是{a}怎样帮助{b}。",
        "我认为在{city}，{a}是{b}的关键。",
        "去年有百分之{n}的{b}使用了{a}。",
        "{x}项目把{a}和{b}联系起来。",
        "我们用{x}在{n}个区测量了{a}。",
    ],
}

# Spoken fillers put before a transcript line now and then.
FILLERS = {
    "en": ["So, ", "Um, ", "Well, ", "Yes, ", "And, you know, ", "Thank you. ", "Okay, so "],
    "fr": ["Alors, ", "Euh, ", "Bon, ", "Oui, ", "Et, vous savez, ", "Merci. ", "Donc "],
    "ko": ["그래서 ", "음, ", "네, ", "그러니까 ", "감사합니다. ", "자, "],
    "ja": ["それで、", "えー、", "はい、", "まあ、", "ありがとうございます。", "では、"],
    "zh-Hans": ["所以，", "嗯，", "对，", "那么，", "谢谢。", "好，"],
}

TITLE = {
    "en": "{a} for {b} in {city}",
    "fr": "{a} pour {b} à {city}",
    "ko": "{city}의 {b}을 위한 {a}",
    "ja": "{city}の{b}のための{a}",
    "zh-Hans": "{city}面向{b}的{a}",
}
EVENT_TITLE = {
    "en": "Webinar {k}: {a} and {b} in {city}",
    "fr": "Webinaire {k} : {a} et {b} à {city}",
    "ko": "웨비나 {k}: {city}의 {a}과 {b}",
    "ja": "ウェビナー{k}：{city}の{a}と{b}",
    "zh-Hans": "网络研讨会{k}：{city}的{a}与{b}",
}

DOMAINS = [
    "efficient_government", "emerging_technology", "mobility", "open_inclusive_city",
    "safe_city", "sustainable_city", "health",
]

LATIN_SYL = ["ka", "ro", "mi", "ta", "lu", "ne", "so", "ri", "va", "do", "be", "ni", "ko", "sa",
             "te", "ma", "li", "no", "pa", "zu", "re", "gi", "ho", "fe", "ya", "mo", "ru", "da"]
HANGUL_SYL = list("가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추"
                  "기니디리미비시이지치한성진민영수정현준")
KATA_SYL = list("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン")
HANZI = list("华安明新东南北西中天海山江河金光长平阳春和永德兴福信达泰嘉瑞丰宏远通利康盛")


class Zipf:
    """Picks an index in range(n) with weight 1/(rank+1)^s."""

    def __init__(self, n, s=1.0):
        acc, self.cum = 0.0, []
        for i in range(n):
            acc += 1.0 / (i + 1) ** s
            self.cum.append(acc)

    def __call__(self, rnd):
        return bisect.bisect_left(self.cum, rnd.random() * self.cum[-1])


def make_names(rnd, n):
    """n generated names per script (same index = "the same" name in each script)."""
    out = {"latin": [], "ko": [], "ja": [], "zh": []}
    seen = set()
    while len(out["latin"]) < n:
        k = rnd.randint(2, 4)
        w = "".join(rnd.choice(LATIN_SYL) for _ in range(k)).capitalize()
        if w in seen:
            continue
        seen.add(w)
        out["latin"].append(w)
        out["ko"].append("".join(rnd.choice(HANGUL_SYL) for _ in range(rnd.randint(2, 3))))
        out["ja"].append("".join(rnd.choice(KATA_SYL) for _ in range(rnd.randint(3, 5))))
        out["zh"].append("".join(rnd.choice(HANZI) for _ in range(rnd.randint(2, 3))))
    return out


class Writer:
    def __init__(self, rnd, cities, n_names):
        self.rnd = rnd
        self.cities = cities  # [(id, {lang: name})]
        self.concept = Zipf(len(CONCEPTS), 0.9)
        self.names = make_names(rnd, n_names)
        self.name = Zipf(n_names, 1.0)

    def gen_name(self, lang):
        i = self.name(self.rnd)
        key = {"en": "latin", "fr": "latin", "ko": "ko", "ja": "ja", "zh-Hans": "zh"}[lang]
        return self.names[key][i]

    def sentence(self, lang, city=None):
        r = self.rnd
        li = LANGS.index(lang)
        a = CONCEPTS[self.concept(r)][li]
        b = CONCEPTS[self.concept(r)][li]
        city = city or r.choice(self.cities)[1]
        return r.choice(TEMPLATES[lang]).format(
            a=a, b=b, city=city.get(lang) or city["en"], n=r.randint(2, 950),
            y=r.randint(2008, 2025), x=self.gen_name(lang))

    def text(self, lang, k, city=None):
        s = " " if lang in ("en", "fr", "ko") else ""
        t = s.join(self.sentence(lang, city) for _ in range(k))
        return t[0].upper() + t[1:]

    def spoken(self, lang):
        t = self.sentence(lang)
        if self.rnd.random() < 0.35:
            f = self.rnd.choice(FILLERS[lang])
            if lang in ("en", "fr") and not f.endswith(". "):
                t = t[0].lower() + t[1:] if not t[:2].isupper() else t
            t = f + t
        return t

    def title(self, template, lang, city, **kw):
        r = self.rnd
        li = LANGS.index(lang)
        a = CONCEPTS[self.concept(r)][li]
        b = CONCEPTS[self.concept(r)][li]
        t = template[lang].format(a=a, b=b, city=city.get(lang) or city["en"], **kw)
        return t[0].upper() + t[1:]


def dumps(table, row):
    return json.dumps({"table": table, "row": row}, ensure_ascii=False, separators=(",", ":"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--demo", required=True, help="an export of the demo network")
    ap.add_argument("--out", required=True)
    ap.add_argument("--lines", type=int, default=1_000_000, help="transcript lines")
    ap.add_argument("--practices", type=int, default=100_000)
    ap.add_argument("--cues", type=int, default=500, help="lines per transcript (one per event)")
    ap.add_argument("--names", type=int, default=50_000, help="generated names per script")
    ap.add_argument("--seed", type=int, default=4)
    a = ap.parse_args()
    rnd = random.Random(a.seed)

    header, rows = None, {}
    with open(a.demo, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i == 0:
                header = line.strip()
                continue
            if line.strip():
                d = json.loads(line)
                rows.setdefault(d["table"], []).append(d["row"])
    orgs = rows["organizations"]
    cities = [(o["id"], json.loads(o["names"])) for o in orgs if o["kind"] == "local_government"]
    partners = [o["id"] for o in orgs if o["kind"] != "local_government"]
    if not cities:
        sys.exit("the demo export has no cities")
    ev_template = next(e for e in rows["events"] if e["id"] == "wego-japan-2020-part-1") \
        if any(e["id"] == "wego-japan-2020-part-1" for e in rows["events"]) else rows["events"][0]
    now = 1767225600000000  # 2026-01-01T00:00:00Z, fixed so the output is deterministic
    w = Writer(rnd, cities, a.names)

    # Generated rows per table, produced lazily in the export's table order.
    n_events = -(-a.lines // a.cues) if a.lines else 0
    ev_meta = []  # (event id, lang, city)
    for k in range(n_events):
        ev_meta.append((f"gen-e-{k:05d}", LANGS[k % 5], rnd.choice(cities)))

    def events():
        for k, (eid, lang, (cid, cname)) in enumerate(ev_meta):
            row = dict(ev_template)
            titles = {"en": w.title(EVENT_TITLE, "en", cname, k=k)}
            if lang != "en":
                titles[lang] = w.title(EVENT_TITLE, lang, cname, k=k)
            start = 1577836800000000 + k * 86_400_000_000 // 2  # from 2020-01-01, every 12 h
            row.update(
                id=eid, series_id=None, part=None,
                titles=json.dumps(titles, ensure_ascii=False),
                description=json.dumps({lang: w.text(lang, 2, cname)}, ensure_ascii=False),
                format="webinar", starts_at=start, ends_at=start + 7_200_000_000,
                time_zone="Asia/Seoul", time_known=True, languages=lang, status="scheduled",
                audience="public", audience_value=None, capacity=None, moderated=False,
                attendance_mode="online", seat_version=0, created_at=now, updated_at=now, online_url=None,
                interpretation=None, venue=None, registration_opens_at=None,
                registration_closes_at=None, reminder_minutes=None)
            yield row

    def event_organizers():
        for eid, _, (cid, _) in ev_meta:
            yield {"event_id": eid, "org_id": cid, "role": "organizer"}

    def recordings():
        for k, (eid, lang, _) in enumerate(ev_meta):
            yield {"created_at": now, "event_id": eid, "id": f"gen-r-{k:05d}", "lang": lang,
                   "title": None, "url": f"https://www.youtube.com/watch?v=gen{k:05d}"}

    def transcripts():
        for k, (eid, lang, _) in enumerate(ev_meta):
            n = min(a.cues, a.lines - k * a.cues)
            yield {"created_at": now, "cue_count": n, "event_id": eid, "id": f"gen-t-{k:05d}",
                   "lang": lang, "recording_id": f"gen-r-{k:05d}", "sample": False,
                   "source": "webvtt", "updated_at": now}

    def cues():
        for k, (eid, lang, _) in enumerate(ev_meta):
            n = min(a.cues, a.lines - k * a.cues)
            speakers = [w.gen_name(lang) for _ in range(3)]
            for s in range(n):
                voice = rnd.choice(speakers) if rnd.random() < 0.33 else None
                yield {"end_ms": s * 4000 + 3800, "seq": s, "start_ms": s * 4000,
                       "text": w.spoken(lang), "transcript_id": f"gen-t-{k:05d}", "voice": voice}

    practice_partner_rows = []

    def practices():
        for k in range(a.practices):
            lang = LANGS[k % 5]
            cid, cname = rnd.choice(cities)
            pid = f"gen-p-{k:06d}"
            # The same two concepts in every language of the title.
            state = rnd.getstate()
            titles = {}
            for l in LANGS:
                rnd.setstate(state)
                titles[l] = w.title(TITLE, l, cname)
            summary = {l: w.text(l, 2, cname) for l in LANGS}
            goals = sorted(rnd.sample(range(1, 18), rnd.randint(0, 3)))
            if partners and rnd.random() < 0.3:
                practice_partner_rows.append({"org_id": rnd.choice(partners), "practice_id": pid})
            yield {
                "city_org_id": cid, "cost": None, "created_at": now,
                "domain": DOMAINS[rnd.randrange(len(DOMAINS))], "ended": None, "id": pid,
                "links": "[]",
                "problem": json.dumps({lang: w.text(lang, 2, cname)}, ensure_ascii=False),
                "published_at": now,
                "results": json.dumps({lang: w.text(lang, 2, cname)}, ensure_ascii=False),
                "sdgs": "," + ",".join(map(str, goals)) + "," if goals else "",
                "solution": json.dumps({lang: w.text(lang, 3, cname)}, ensure_ascii=False),
                "started": str(rnd.randint(2012, 2025)),
                "summary": json.dumps(summary, ensure_ascii=False),
                "titles": json.dumps(titles, ensure_ascii=False),
                "updated_at": now,
            }

    generated = {
        "events": events, "event_organizers": event_organizers, "recordings": recordings,
        "transcripts": transcripts, "transcript_cues": cues, "practices": practices,
        "practice_partners": lambda: iter(practice_partner_rows),
    }
    order = ["organizations", "networks", "memberships", "people", "series", "events",
             "event_organizers", "event_links", "registrations", "event_speakers",
             "event_invitations", "recordings", "transcripts", "transcript_cues", "practices",
             "practice_partners", "practice_contacts", "practice_events", "collections",
             "collection_items", "users", "editor_grants", "invitations", "api_tokens",
             "audit_log", "outbox", "meta"]
    for t in rows:
        if t not in order:
            order.append(t)  # a table this script does not know: copied as it is
    counts = {}
    with open(a.out, "w", encoding="utf-8") as out:
        out.write(header + "\n")
        for t in order:
            n = 0
            for r in itertools.chain(rows.get(t, []), generated.get(t, lambda: iter(()))()):
                out.write(dumps(t, r) + "\n")
                n += 1
            if n:
                counts[t] = n
    print("generated:", " ".join(f"{t}={n}" for t, n in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generates a citydriver export for the matchmaking benchmark (bench/matching.sh).

Reads an export of the demo network and writes it again with, added: 5,000 companies and 500
development agencies (a country each from 40, names in English and one other language),
100,000 solutions, 10,000 financing offers and 20 needs of the demo's project
jakarta-waste-collection. Titles and descriptions are built from word lists per domain in
English and sometimes ko, ja, zh-Hans or fr, so that text relevance has something to score;
about 10 % of the solutions and offers serve Indonesia (ID or south-eastern-asia). Each row
holds the canonical input of a value that passes the domain's checks (crates/domain/src/
matching/mod.rs), the listed columns as crates/store/src/matching/queries.rs writes them.
Deterministic for a given demo export. Prints four need ids: solution, solution, funding, peer.

Usage: gen_matching.py demo.jsonl out.jsonl
"""
import json, random, re, sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "crates/domain"
LANGS = ["en", "ko", "ja", "zh-Hans", "fr"]
DOMAINS = ["efficient_government", "emerging_technology", "mobility", "open_inclusive_city",
           "safe_city", "sustainable_city", "health"]  # PracticeDomain's order (sorts so)
INSTRUMENTS = ["grant", "loan", "guarantee", "equity"]  # Instrument's order
# The domain's lists: language codes with the countries that speak them, M49 sub-regions,
# the accepted currencies with their units per US dollar.
TSV = [l.split("\t") for l in (DATA / "data/languages.tsv").read_text().splitlines()[1:] if l]
SPOKEN = {c: [r[0] for r in TSV if c in r[6].split()] for r in TSV for c in r[6].split()}
CODES = [r[0] for r in TSV]
REGION = dict(l.split("\t") for l in (DATA / "data/regions.tsv").read_text().splitlines()[1:] if l)
RATES = {c: float(v.replace("_", "")) for c, v in re.findall(
    r'\("([A-Z]{3})", ([\d_.]+)\)', (DATA / "src/matching/money.rs").read_text())}
COUNTRIES = {  # where the generated organizations are: ~40 countries, a capital's coordinates
    "KR": (37.57, 126.98), "JP": (35.68, 139.69), "CN": (39.9, 116.4), "ID": (-6.2, 106.85),
    "VN": (21.03, 105.85), "TH": (13.75, 100.5), "MY": (3.14, 101.69), "PH": (14.6, 120.98),
    "SG": (1.35, 103.82), "KH": (11.56, 104.92), "LA": (17.97, 102.6), "MM": (16.84, 96.17),
    "BN": (4.9, 114.94), "IN": (28.61, 77.21), "MN": (47.89, 106.91), "AU": (-35.28, 149.13),
    "NZ": (-41.29, 174.78), "US": (38.9, -77.04), "CA": (45.42, -75.7), "MX": (19.43, -99.13),
    "BR": (-15.79, -47.88), "AR": (-34.6, -58.38), "CL": (-33.45, -70.67), "CO": (4.71, -74.07),
    "PE": (-12.05, -77.04), "GB": (51.51, -0.13), "FR": (48.86, 2.35), "DE": (52.52, 13.4),
    "NL": (52.37, 4.9), "ES": (40.42, -3.7), "IT": (41.9, 12.5), "CH": (46.95, 7.45),
    "SE": (59.33, 18.07), "TR": (39.93, 32.86), "RU": (55.76, 37.62), "AE": (24.45, 54.38),
    "SA": (24.71, 46.68), "EG": (30.04, 31.24), "NG": (9.06, 7.49), "KE": (-1.29, 36.82),
}
OTHER_COUNTRIES = [c for c in COUNTRIES if c != "ID"]
OTHER_REGIONS = sorted(set(REGION.values()) - {"south-eastern-asia"})
NAME_LANG = {"KR": "ko", "JP": "ja", "CN": "zh-Hans", "SG": "zh-Hans", "FR": "fr", "CH": "fr"}

# (en, ko, ja, zh-Hans, fr): what a solution is about, by domain, and what it is.
TOPICS = {
    "sustainable_city": [("waste collection", "폐기물 수거", "ごみ収集", "垃圾收运", "collecte des déchets"),
        ("fill sensors", "적재량 센서", "充填センサー", "满溢传感器", "capteurs de remplissage"),
        ("collection routes", "수거 경로", "収集ルート", "收运路线", "tournées de collecte"),
        ("recycling", "재활용", "リサイクル", "回收利用", "recyclage"),
        ("food waste", "음식물 쓰레기", "生ごみ", "厨余垃圾", "déchets alimentaires"),
        ("landfill", "매립지", "埋立地", "填埋场", "décharge"),
        ("street lighting", "가로등", "街路灯", "路灯", "éclairage public"),
        ("water leaks", "누수", "漏水", "管网漏损", "fuites d'eau"),
        ("air quality", "대기질", "大気質", "空气质量", "qualité de l'air"),
        ("energy efficiency", "에너지 효율", "省エネ", "能效", "efficacité énergétique")],
    "mobility": [("traffic signals", "교통 신호", "交通信号", "交通信号", "feux de circulation"),
        ("bus fleet", "버스 운행", "バス運行", "公交车队", "flotte de bus"),
        ("parking", "주차", "駐車場", "停车", "stationnement"),
        ("electric vehicles", "전기차", "電気自動車", "电动汽车", "véhicules électriques"),
        ("ride sharing", "승차 공유", "相乗り", "共享出行", "covoiturage"),
        ("fare payment", "요금 결제", "運賃決済", "票务支付", "paiement des titres")],
    "safe_city": [("CCTV", "폐쇄회로 카메라", "防犯カメラ", "监控摄像头", "vidéosurveillance"),
        ("flood warning", "홍수 경보", "洪水警報", "洪水预警", "alerte aux crues"),
        ("emergency calls", "긴급 신고", "緊急通報", "紧急呼叫", "appels d'urgence"),
        ("fire detection", "화재 감지", "火災検知", "火灾探测", "détection d'incendie")],
    "health": [("telemedicine", "원격의료", "遠隔医療", "远程医疗", "télémédecine"),
        ("hospital beds", "병상", "病床", "病床", "lits d'hôpital"),
        ("vaccination", "예방접종", "予防接種", "疫苗接种", "vaccination"),
        ("elderly care", "노인 돌봄", "高齢者ケア", "养老护理", "soins aux personnes âgées")],
    "efficient_government": [("online permits", "온라인 민원", "オンライン申請", "网上审批", "permis en ligne"),
        ("procurement", "조달", "調達", "采购", "marchés publics"),
        ("tax collection", "세금 징수", "徴税", "税收征管", "recouvrement des impôts"),
        ("records", "기록 관리", "文書管理", "档案管理", "archives")],
    "emerging_technology": [("digital twin", "디지털 트윈", "デジタルツイン", "数字孪生", "jumeau numérique"),
        ("drones", "드론", "ドローン", "无人机", "drones"),
        ("artificial intelligence", "인공지능", "人工知能", "人工智能", "intelligence artificielle"),
        ("5G", "5G", "5G", "5G", "5G")],
    "open_inclusive_city": [("open data", "공공데이터", "オープンデータ", "开放数据", "données ouvertes"),
        ("citizen participation", "시민 참여", "市民参加", "市民参与", "participation citoyenne"),
        ("accessibility", "접근성", "アクセシビリティ", "无障碍", "accessibilité"),
        ("digital skills", "디지털 역량", "デジタルスキル", "数字技能", "compétences numériques")],
}
PRODUCTS = [("platform", "플랫폼", "プラットフォーム", "平台", "plateforme"),
    ("sensors", "센서", "センサー", "传感器", "capteurs"), ("analytics", "분석", "分析", "分析", "analyse"),
    ("mobile app", "모바일 앱", "アプリ", "手机应用", "application mobile"),
    ("dashboard", "대시보드", "ダッシュボード", "仪表板", "tableau de bord"),
    ("planning software", "계획 소프트웨어", "計画ソフト", "规划软件", "logiciel de planification")]
TITLE = {"en": "{p} for {a}", "ko": "{a} {p}", "ja": "{a}の{p}", "zh-Hans": "{a}{p}", "fr": "{p} pour {a}"}
SENTENCES = {
    "en": ["It helps cities with {a} and {b}.", "Deployed in {n} districts to improve {a}.",
           "It links {a} data with {b} and shows results to the city's staff.",
           "Operators plan {a} from live data instead of fixed schedules."],
    "ko": ["{p}: 도시의 {a}, {b} 지원.", "{n}개 구에 도입: {a} 개선."],
    "ja": ["この{p}は都市の{a}と{b}を支えます。", "{n}の地区で{a}の改善に使われています。"],
    "zh-Hans": ["该{p}帮助城市改善{a}和{b}。", "已在{n}个区用于改善{a}。"],
    "fr": ["{p} au service des villes : {a}, {b}.", "Déployé dans {n} quartiers : {a}."],
}
OFFER_TITLE = {"grant": ("Grants for", "보조금:", "助成金：", "资助：", "Subventions pour"),
               "loan": ("Loans for", "대출:", "融資：", "贷款：", "Prêts pour"),
               "guarantee": ("Guarantees for", "보증:", "保証：", "担保：", "Garanties pour"),
               "equity": ("Equity for", "지분 투자:", "出資：", "股权投资：", "Capital pour")}
SUFFIX = [("Systems", "시스템즈", "システムズ", "系统", "Systèmes"), ("Analytics", "애널리틱스", "アナリティクス", "分析", "Analytique"),
          ("Labs", "랩스", "ラボ", "实验室", "Labs"), ("Technologies", "테크놀로지", "テクノロジーズ", "科技", "Technologies")]
FUNDS = [("Development Fund", "개발기금", "開発基金", "发展基金", "Fonds de développement"),
         ("Urban Bank", "도시은행", "都市銀行", "城市银行", "Banque urbaine"),
         ("Infrastructure Facility", "인프라 기금", "インフラ基金", "基础设施基金", "Facilité d'infrastructure")]
SYL = {"en": "ka ro mi ta lu ne so ri va do be ni ko sa te ma li no pa zu".split(),
       "ko": list("가나다라마바사아자차카타파하진민영수"), "ja": list("アイカキサシタチナニハヒマミラリルン"),
       "zh-Hans": list("华安明新东南北中天海山江金光长平和德兴"), "fr": "ka ro mi ta lu ne so ri va do".split()}


def dumps(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def sep(lang):
    return "" if lang in ("ja", "zh-Hans") else " "


def commas(v):
    return "," + ",".join(v) + "," if v else ""


def main():
    demo, out = sys.argv[1], sys.argv[2]
    rnd = random.Random(7)
    lines = Path(demo).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(l) for l in lines[1:] if l.strip()]
    city_ids = sorted(r["row"]["id"] for r in rows
                      if r["table"] == "organizations" and r["row"]["kind"] == "local_government")
    project = next(r["row"] for r in rows if r["table"] == "projects" and r["row"]["id"] == "jakarta-waste-collection")
    now = project["updated_at"]
    stamp = {"created_by": "system", "created_at": now, "updated_at": now}

    def word(lang):
        w = "".join(rnd.choice(SYL[lang]) for _ in range(rnd.randint(2, 3)))
        return w.capitalize() if lang in ("en", "fr") else w

    def texts(lang_set, make):  # an I18nText in English and the chosen others, keys sorted
        return {l: make(l) for l in sorted(lang_set)}

    def more_langs(p=0.3):
        return ["en"] + ([rnd.choice(LANGS[1:])] if rnd.random() < p else [])

    def org(i, kind, prefix, suffixes):
        country = rnd.choice(list(COUNTRIES))
        other = NAME_LANG.get(country) or rnd.choice(LANGS[1:])
        base, suf = {l: word(l) for l in LANGS}, rnd.choice(suffixes)
        names = texts(["en", other], lambda l: base[l] + sep(l) + suf[LANGS.index(l)])
        lat, lon = COUNTRIES[country]
        return {"country": country, "created_at": now, "updated_at": now, "id": f"{prefix}-{i:04d}",
                "description": dumps({"en": "A generated organization of the matchmaking benchmark."}),
                "kind": kind, "lat": round(lat + rnd.gauss(0, 0.5), 4), "lon": round(lon + rnd.gauss(0, 0.5), 4),
                "names": dumps(names), "region": None, "sort_name": names["en"].lower(), "website": None}

    companies = [org(i, "company", "bench-co", SUFFIX) for i in range(5000)]
    financiers = [org(i, "development_agency", "bench-fin", FUNDS) for i in range(500)]

    def reach(p_indonesia):  # (countries, regions), sorted; Indonesia served with p_indonesia
        countries = rnd.sample(OTHER_COUNTRIES, rnd.randint(0, 4))
        regions = rnd.sample(OTHER_REGIONS, rnd.randint(0 if countries else 1, 2))
        if rnd.random() < p_indonesia:
            by = rnd.choice(["country", "region", "both"])
            countries += ["ID"] if by != "region" else []
            regions += ["south-eastern-asia"] if by != "country" else []
        return sorted(countries), sorted(regions)

    def money(usd_lo, usd_hi):  # a range in a random currency, two significant digits
        cur = rnd.choice(["USD"] * 4 + ["EUR", "JPY", "KRW", "SGD", "IDR", "CNY", "THB"])
        nice = lambda v: int(float(f"{v * RATES[cur]:.2g}"))  # noqa: E731
        lo = rnd.uniform(usd_lo, usd_hi / 3)
        return nice(lo), nice(lo * rnd.uniform(2, 20)), cur

    def sentence(lang, topics):
        a, b = rnd.sample(topics, 2)
        p = rnd.choice(PRODUCTS)[LANGS.index(lang)]
        s = rnd.choice(SENTENCES[lang]).format(a=a[LANGS.index(lang)], b=b[LANGS.index(lang)], p=p, n=rnd.randint(2, 40))
        return s[0].upper() + s[1:]

    def about(topics, langs, k=3):
        t, p = rnd.choice(topics), rnd.choice(PRODUCTS)
        title = texts(langs, lambda l: TITLE[l].format(a=t[LANGS.index(l)], p=p[LANGS.index(l)]))
        title = {l: v[0].upper() + v[1:] for l, v in title.items()}
        desc = texts(langs, lambda l: sep(l).join(sentence(l, topics) for _ in range(k)))
        return title, desc

    solutions = []
    for i in range(100_000):
        co = rnd.choice(companies)
        domain = rnd.choice(DOMAINS)
        titles, description = about(TOPICS[domain], more_langs())
        countries, regions = reach(0.10)
        price = money(10_000, 5_000_000) if rnd.random() < 0.8 else (None, None, None)
        langs = {"en", *SPOKEN.get(co["country"], []), *rnd.sample(CODES, rnd.randint(0, 2))}
        refs = [{"city": c, "year": str(rnd.randint(2015, 2025)),
                 "results": {"en": "Generated reference: fewer complaints in a pilot district."} if rnd.random() < 0.3 else {},
                 "practice": None} for c in sorted(rnd.sample(city_ids, rnd.randint(0, 3)))]
        slug = re.sub(r"[^a-z0-9]+", "-", titles["en"].lower()).strip("-")[:30].strip("-")
        body = {"id": f"{co['id']}-{slug}-{i:06d}", "company": co["id"], "titles": titles, "description": description,
                "domain": domain, "countries": countries, "regions": regions, "price_min": price[0],
                "price_max": price[1], "currency": price[2],
                "price_model": rnd.choice(["purchase", "subscription", "ppp"]),
                "languages": sorted(langs), "references": refs}
        solutions.append({"body": dumps(body), "company_org_id": co["id"], "countries": commas(countries),
                          "domain": domain, "id": body["id"], "price_model": body["price_model"],
                          "regions": commas(regions), **stamp})

    offers = []
    for i in range(10_000):
        fin = rnd.choice(financiers)
        inst = rnd.choice(INSTRUMENTS)
        domains = [] if rnd.random() < 0.25 else sorted(rnd.sample(DOMAINS, rnd.randint(1, 3)), key=DOMAINS.index)
        topics = [t for d in (domains or DOMAINS) for t in TOPICS[d]]
        t = rnd.choice(topics)
        langs = more_langs()
        titles = texts(langs, lambda l: OFFER_TITLE[inst][LANGS.index(l)] + sep(l) + t[LANGS.index(l)])
        countries, regions = reach(0.10)
        lo, hi, cur = money(*{"grant": (20_000, 5_000_000), "loan": (500_000, 200_000_000),
                              "guarantee": (1_000_000, 100_000_000), "equity": (200_000, 50_000_000)}[inst])
        body = {"id": f"{fin['id']}-{inst}-{i:05d}", "financier": fin["id"], "titles": titles,
                "description": texts(langs, lambda l: sep(l).join(sentence(l, topics) for _ in range(2))),
                "instrument": inst, "countries": countries, "regions": regions, "domains": domains,
                "ticket_min": lo, "ticket_max": hi, "currency": cur,
                "terms": {"en": f"Generated terms: up to {rnd.randint(3, 25)} years."} if inst != "grant" else {}}
        offers.append({"body": dumps(body), "countries": commas(countries), "domains": commas(domains),
                       "financier_org_id": fin["id"], "id": body["id"], "instrument": inst,
                       "regions": commas(regions), **stamp})

    needs, picked = [], {"solution": [], "funding": [], "peer": []}
    waste = TOPICS["sustainable_city"]
    for k in range(20):
        kind = ["solution", "solution", "funding", "peer"][k % 4]
        titles, description = about(waste, more_langs(0.5), 2)
        amount = currency = None
        instruments = []
        if kind == "funding":
            amount, currency = rnd.choice([(rnd.randint(5, 200) * 1_000_000_000, "IDR"), (rnd.randint(1, 20) * 500_000, "USD")])
            instruments = sorted(rnd.sample(INSTRUMENTS, rnd.randint(0, 2)), key=INSTRUMENTS.index) if k > 2 else []
        elif kind == "solution" and rnd.random() < 0.6:
            amount, currency = rnd.randint(1, 30) * 500_000_000, "IDR"
        nid = f"jakarta-waste-collection-bench-{k + 1:02d}"
        picked[kind].append(nid)
        body = {"id": nid, "kind": kind, "titles": titles, "description": description, "amount": amount,
                "currency": currency, "instruments": instruments, "status": "open"}
        t = now + (k + 1) * 1_000_000
        needs.append({"body": dumps(body), "created_at": t, "created_by": "system", "id": nid,
                      "kind": kind, "project_id": "jakarta-waste-collection", "status": "open", "updated_at": t})

    added = {"organizations": companies + financiers, "solutions": solutions, "offers": offers, "needs": needs}
    line = lambda t, row: json.dumps({"row": row, "table": t}, ensure_ascii=False,  # noqa: E731
                                     separators=(",", ":"), sort_keys=True) + "\n"  # as the export's
    with open(out, "w", encoding="utf-8") as f:
        f.write(lines[0] + "\n")
        for i, r in enumerate(rows):  # the demo's rows, the generated ones after their table's
            f.write(line(r["table"], r["row"]))
            if i + 1 == len(rows) or rows[i + 1]["table"] != r["table"]:
                f.writelines(line(r["table"], g) for g in added.pop(r["table"], []))
        for t, gen in added.items():  # a table the demo had no row in
            f.writelines(line(t, g) for g in gen)
    print(f"generated: {len(companies)} companies, {len(financiers)} financiers, {len(solutions)} solutions, "
          f"{len(offers)} offers, {len(needs)} needs", file=sys.stderr)
    print(*picked["solution"][:2], picked["funding"][0], picked["peer"][0])


if __name__ == "__main__":
    main()

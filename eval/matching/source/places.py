"""Cities (the 26 ASEAN Smart Cities Network pilot cities and seven others)
and the invented companies. Coordinates are approximate (2 decimals)."""

def C(id, country, lat, lon, networks, en, ko, ja, zh, fr):
    return {"id": id, "names": {"en": en, "ko": ko, "ja": ja, "zh-Hans": zh, "fr": fr},
            "country": country, "lat": lat, "lon": lon, "networks": networks}

A = ["ascn"]
CITIES = [
    C("bandar-seri-begawan", "BN", 4.89, 114.94, A, "Bandar Seri Begawan", "반다르스리브가완", "バンダルスリブガワン", "斯里巴加湾市", "Bandar Seri Begawan"),
    C("battambang", "KH", 13.10, 103.20, A, "Battambang", "바탐방", "バッタンバン", "马德望", "Battambang"),
    C("phnom-penh", "KH", 11.56, 104.92, A, "Phnom Penh", "프놈펜", "プノンペン", "金边", "Phnom Penh"),
    C("siem-reap", "KH", 13.36, 103.86, A, "Siem Reap", "시엠레아프", "シェムリアップ", "暹粒", "Siem Reap"),
    C("banyuwangi", "ID", -8.22, 114.37, A, "Banyuwangi", "바뉴왕이", "バニュワンギ", "外南梦", "Banyuwangi"),
    C("jakarta", "ID", -6.21, 106.85, A, "Jakarta", "자카르타", "ジャカルタ", "雅加达", "Jakarta"),
    C("makassar", "ID", -5.15, 119.43, A, "Makassar", "마카사르", "マカッサル", "望加锡", "Makassar"),
    C("luang-prabang", "LA", 19.89, 102.14, A, "Luang Prabang", "루앙프라방", "ルアンパバーン", "琅勃拉邦", "Luang Prabang"),
    C("vientiane", "LA", 17.97, 102.63, A, "Vientiane", "비엔티안", "ビエンチャン", "万象", "Vientiane"),
    C("johor-bahru", "MY", 1.49, 103.74, A, "Johor Bahru", "조호르바루", "ジョホールバル", "新山", "Johor Bahru"),
    C("kota-kinabalu", "MY", 5.98, 116.07, A, "Kota Kinabalu", "코타키나발루", "コタキナバル", "亚庇", "Kota Kinabalu"),
    C("kuala-lumpur", "MY", 3.14, 101.69, A, "Kuala Lumpur", "쿠알라룸푸르", "クアラルンプール", "吉隆坡", "Kuala Lumpur"),
    C("kuching", "MY", 1.55, 110.34, A, "Kuching", "쿠칭", "クチン", "古晋", "Kuching"),
    C("mandalay", "MM", 21.96, 96.09, A, "Mandalay", "만달레이", "マンダレー", "曼德勒", "Mandalay"),
    C("nay-pyi-taw", "MM", 19.76, 96.13, A, "Nay Pyi Taw", "네피도", "ネピドー", "内比都", "Naypyidaw"),
    C("yangon", "MM", 16.84, 96.17, A, "Yangon", "양곤", "ヤンゴン", "仰光", "Rangoun"),
    C("cebu-city", "PH", 10.32, 123.89, A, "Cebu City", "세부시", "セブ市", "宿务市", "Cebu"),
    C("davao-city", "PH", 7.07, 125.61, A, "Davao City", "다바오시", "ダバオ市", "达沃市", "Davao"),
    C("manila", "PH", 14.60, 120.98, A, "Manila", "마닐라", "マニラ", "马尼拉", "Manille"),
    C("singapore", "SG", 1.35, 103.82, A, "Singapore", "싱가포르", "シンガポール", "新加坡", "Singapour"),
    C("bangkok", "TH", 13.76, 100.50, A, "Bangkok", "방콕", "バンコク", "曼谷", "Bangkok"),
    C("chonburi", "TH", 13.36, 100.98, A, "Chonburi", "촌부리", "チョンブリー", "春武里", "Chonburi"),
    C("phuket", "TH", 7.88, 98.39, A, "Phuket", "푸껫", "プーケット", "普吉", "Phuket"),
    C("da-nang", "VN", 16.05, 108.20, A, "Da Nang", "다낭", "ダナン", "岘港", "Đà Nẵng"),
    C("hanoi", "VN", 21.03, 105.85, A, "Hanoi", "하노이", "ハノイ", "河内", "Hanoï"),
    C("ho-chi-minh-city", "VN", 10.82, 106.63, A, "Ho Chi Minh City", "호찌민시", "ホーチミン市", "胡志明市", "Hô-Chi-Minh-Ville"),
    C("seoul", "KR", 37.57, 126.98, ["wego"], "Seoul", "서울", "ソウル", "首尔", "Séoul"),
    C("busan", "KR", 35.18, 129.08, ["wego"], "Busan", "부산", "釜山", "釜山", "Busan"),
    C("tokyo", "JP", 35.68, 139.69, ["scij"], "Tokyo", "도쿄", "東京", "东京", "Tokyo"),
    C("kyoto", "JP", 35.01, 135.77, ["scij"], "Kyoto", "교토", "京都", "京都", "Kyoto"),
    C("toyota", "JP", 35.08, 137.16, ["scij"], "Toyota", "도요타시", "豊田市", "丰田市", "Toyota"),
    C("chengdu", "CN", 30.57, 104.07, ["wego"], "Chengdu", "청두", "成都", "成都", "Chengdu"),
    C("lyon", "FR", 45.76, 4.84, [], "Lyon", "리옹", "リヨン", "里昂", "Lyon"),
]


def Co(id, country, en, native=None):
    names = {"en": en}
    if native:
        names.update(native)
    return {"id": id, "names": names, "country": country}

COMPANIES = [
    # Korea
    Co("hanbit", "KR", "Hanbit Urban Lab", {"ko": "한빛어반랩"}),
    Co("saemteo", "KR", "Saemteo Mobility", {"ko": "샘터모빌리티"}),
    Co("dasarang", "KR", "Dasarang Health", {"ko": "다사랑헬스"}),
    Co("gaon", "KR", "Gaon Civic Tech", {"ko": "가온시빅테크"}),
    Co("byeolbit", "KR", "Byeolbit Vision", {"ko": "별빛비전"}),
    Co("baram", "KR", "Baram Energy Grid", {"ko": "바람에너지그리드"}),
    Co("sinbi", "KR", "Sinbi Twin Works", {"ko": "신비트윈웍스"}),
    # Japan
    Co("kawasemi", "JP", "Kawasemi Systems", {"ja": "かわせみシステムズ"}),
    Co("tsubame", "JP", "Tsubame Transit Lab", {"ja": "つばめトランジットラボ"}),
    Co("hoshizora", "JP", "Hoshizora Medical Link", {"ja": "ほしぞらメディカルリンク"}),
    Co("midori", "JP", "Midori Kankyo Engineering", {"ja": "みどり環境エンジニアリング"}),
    Co("sakuradai", "JP", "Sakuradai Gyosei Solutions", {"ja": "桜台行政ソリューションズ"}),
    Co("kinoko", "JP", "Kinoko Sensing", {"ja": "きのこセンシング"}),
    Co("yamabiko", "JP", "Yamabiko Bousai", {"ja": "やまびこ防災"}),
    Co("hikarizaka", "JP", "Hikarizaka Lighting", {"ja": "ひかり坂ライティング"}),
    # China
    Co("xiyue", "CN", "Xiyue Urban Tech", {"zh-Hans": "曦岳城市科技"}),
    Co("lanshui", "CN", "Lanshui Water Intelligence", {"zh-Hans": "蓝水智水"}),
    Co("jinghu", "CN", "Jinghu Health Cloud", {"zh-Hans": "镜湖健康云"}),
    Co("tianmu", "CN", "Tianmu Vision", {"zh-Hans": "天目视觉"}),
    Co("cuiwei", "CN", "Cuiwei Environmental", {"zh-Hans": "翠微环境"}),
    Co("yunlu", "CN", "Yunlu Mobility", {"zh-Hans": "云路出行"}),
    Co("xinghe", "CN", "Xinghe Government Cloud", {"zh-Hans": "星河政务云"}),
    # Singapore
    Co("routewise", "SG", "RouteWise Systems"),
    Co("lionbay", "SG", "Lionbay Data", {"zh-Hans": "狮湾数据"}),
    Co("straitsgate", "SG", "Straitsgate Parking"),
    Co("kallang", "SG", "Kallang Care Systems"),
    Co("tidewell", "SG", "Tidewell Analytics"),
    # France
    Co("lumicite", "FR", "Lumicité", {"fr": "Lumicité"}),
    Co("atelier-mobilis", "FR", "Atelier Mobilis", {"fr": "Atelier Mobilis"}),
    Co("hydroterre", "FR", "Hydroterre", {"fr": "Hydroterre"}),
    Co("civiclab", "FR", "Civiclab Rhône", {"fr": "Civiclab Rhône"}),
    Co("sante-relais", "FR", "Santé Relais", {"fr": "Santé Relais"}),
    Co("compostelle", "FR", "Compostelle Énergies", {"fr": "Compostelle Énergies"}),
    # Viet Nam
    Co("songhong", "VN", "Song Hong Digital"),
    Co("lotus-grid", "VN", "Lotus Grid Tech"),
    Co("mekong-flow", "VN", "Mekong Flow", {"fr": "Mekong Flow"}),
    # Thailand
    Co("chaophraya", "TH", "Chaophraya Smart Works"),
    Co("siam-lanna", "TH", "Siam Lanna Health"),
    Co("andaman", "TH", "Andaman Civic"),
    # Indonesia
    Co("nusantara", "ID", "Nusantara Kota Digital"),
    Co("rinjani", "ID", "Rinjani Waste Tech"),
    Co("selat", "ID", "Selat Mobility"),
    # Malaysia
    Co("petaling", "MY", "Petaling Smart Solutions", {"zh-Hans": "八打灵智慧方案"}),
    Co("borneo-hydro", "MY", "Borneo Hydro Watch", {"zh-Hans": "婆罗洲水文监测"}),
    Co("kinta", "MY", "Kinta Health Systems"),
    # Philippines
    Co("bayanihan", "PH", "Bayanihan Tech"),
    Co("mabuhay", "PH", "Mabuhay GovTech"),
    Co("islas", "PH", "Islas Mobility"),
    # United States
    Co("northgate", "US", "Northgate Civic Software"),
    Co("clearlane", "US", "Clearlane Traffic"),
    Co("beacon", "US", "Beacon Dispatch"),
    Co("prairie", "US", "Prairie Grid Analytics"),
    # Germany
    Co("elbtal", "DE", "Elbtal Umwelttechnik"),
    Co("lichtweg", "DE", "Lichtweg Systems"),
    Co("taktwerk", "DE", "Taktwerk Mobility"),
    Co("quellfluss", "DE", "Quellfluss Wasser"),
    Co("waldblick", "DE", "Waldblick Sensorik"),
]

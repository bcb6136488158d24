# Matchmaking: the catalogue of solutions and financing offers, a project's needs, ranked
# candidates with their reasons, interests, invitations and introductions.

nav-solutions = ソリューション
matching-title = マッチング
matching-sections = マッチングのセクション
solutions-title = ソリューション
offers-title = 資金提供オファー
inbox-title = 関心表明と招待
search-kind-solution = ソリューション
search-kind-offer = 資金提供オファー
search-kind-need = ニーズ
driver-tab-needs = ニーズ

## The catalogue
solutions-intro = 企業が都市に提供するソリューションです。ソリューションごとに、販売地域、価格、対応言語、導入実績を掲載しています。
offers-intro = 開発協力機関、銀行、ファンドによる資金提供です。支援形態、対象となる国と分野、支援規模、条件を掲載しています。
solution-new = ソリューションを掲載
offer-new = 資金提供オファーを掲載
catalogue-q = キーワード
catalogue-any = すべて
catalogue-country = 提供国
solutions-count = { $count ->
   *[other] { $count }件のソリューション
}
offers-count = { $count ->
   *[other] { $count }件の資金提供オファー
}
solutions-none = 掲載されているソリューションはまだありません。
offers-none = 掲載されている資金提供オファーはまだありません。
catalogue-none-filtered = 条件に一致するものはありません。条件を一つ外すと、さらに表示されます。
catalogue-serves = 提供地域
offer-eligible = 対象地域：
served-more = { $count ->
   *[other] ほか{ $count }か国・地域
}
price-model-purchase = 購入
price-model-subscription = サブスクリプション
price-model-ppp = 官民連携
instrument-grant = 補助金
instrument-loan = 融資
instrument-guarantee = 保証
instrument-equity = 出資
solution-price = 価格
solution-price-on-request = 価格は要問い合わせ
solution-languages = 対応言語
solution-references = 導入実績
solution-references-none = 導入実績はまだ登録されていません。
reference-city = 都市
reference-year = 年
reference-results = 成果
reference-practice = 優良事例
reference-case = 事例を読む
catalogue-edit = 編集
catalogue-delete = 削除
offer-domains = 分野
offer-every-domain = すべての分野
offer-ticket = 支援規模
offer-terms = 条件

## The publishers' forms
catalogue-list-solutions = ソリューション
catalogue-list-offers = 資金提供オファー
catalogue-new-solutions = ソリューションを掲載
catalogue-new-offers = 資金提供オファーを掲載
catalogue-edit-solutions = ソリューションを編集
catalogue-edit-offers = 資金提供オファーを編集
catalogue-help-solutions = ソリューションは、あなたが編集を担当する企業が掲載します。販売地域（国または地域全体）、価格帯、対応言語を入力してください。提供地域外の都市には、ランキングに表示されません。
catalogue-help-offers = オファーは、あなたが編集を担当する団体が掲載します。指定した国または地域にあり、選択した分野に該当し、支援規模の範囲内にあるプロジェクトにのみ、ランキングに表示されます。
catalogue-org-solutions = 企業（識別子）
catalogue-org-offers = 資金提供機関（識別子）
catalogue-field-title = タイトル
catalogue-field-description = 説明
catalogue-field-countries = 国（ISOコード、カンマ区切り）
catalogue-field-regions = 地域（国連の準地域）
catalogue-field-currency = 通貨
offer-instrument = 支援形態
offer-domains-help = すべての分野を対象とする場合は、何も選択しないでください。
offer-ticket-min = 最小支援額
offer-ticket-max = 最大支援額
solution-price-min = 最低価格
solution-price-max = 最高価格
solution-price-model = 価格モデル
solution-languages-help = ISO 639コード（例：en、id、vi、th、ko、ja、zh、fr）。
solution-references-help = 1行に導入実績を1件：都市の識別子 | 年 | 成果 | 優良事例の識別子（後ろの3項目は空欄でも構いません）。

## A project's needs
needs-title = ニーズ
needs-intro = プロジェクトが求めているもの：導入するソリューション、学びを得られる都市、または資金です。ニーズごとに、候補をその理由とともに順位付けして示します。
needs-none = このプロジェクトには、まだニーズが登録されていません。
needs-see-candidates = 候補を見る
needs-add = ニーズを追加
needs-suggested = 計画と事業性評価からの提案
needs-suggested-help = ソリューションが決まっていないユースケース、プロジェクトの分野で参考となる都市、事業性評価で必要とされる資金。
needs-add-suggested = { $count ->
   *[other] 提案された{ $count }件を追加
}
needs-interests = 関心表明、招待、紹介
needs-interests-help = 関心表明または招待が承諾されると紹介となります。双方にメールが送信され、その記録がここに残ります。
need-kind = プロジェクトが求めるもの
need-kind-solution = ソリューション
need-kind-peer = 参考となる都市
need-kind-funding = 資金
need-status = 状況
need-status-open = 募集中
need-status-closed = 終了
need-funding = 資金
need-funding-help = 資金のニーズの場合のみ：求める金額と、必要に応じて受け入れ可能な支援形態を入力します。
need-amount = 必要額

## A need's candidates
candidates-title-solution = ソリューションのランキング
candidates-title-peer = 学びを得られる都市
candidates-title-funding = プロジェクトが対象となる資金提供オファー
candidates-help-solution = プロジェクトの国または地域で販売されているソリューションのみを表示します。スコアには、説明の一致度、分野、近隣や都市が加盟するネットワークでの導入実績、予算に対する価格、言語が反映されます。
candidates-help-peer = プロジェクトの分野で優良事例を公開しているか、プロジェクトを完了した都市です。近く、似ている都市から順に表示します。
candidates-help-funding = 国、分野、支援規模、支援形態の条件をニーズが満たすオファーのみを表示します。
candidates-count = { $count ->
    [0] 対象となる候補はありません
   *[other] 対象となる候補：{ $count }件
}
candidates-none = このニーズの条件を満たす候補はまだありません。条件を満たすソリューションやオファーが掲載されると、ここに表示されます。
candidate-score = スコア（100点満点）
candidate-invite = 招待
interest-express = 関心を表明
interest-express-help = プロジェクトのオーナーがメッセージを受け取り、承諾または辞退します。関心表明が承諾されると、メールで紹介されます。
interest-send = 送信
interest-sent = 関心表明をプロジェクトのオーナーに送信しました。
invitation-sent = 招待を送信しました。
interest-yours = あなたの関心表明と招待
interest-need = ニーズ
interest-candidate = 候補
interest-from = 開始した側
interest-from-candidate = 候補
interest-from-city = 都市
interest-status = 状況
interest-status-proposed = 回答待ち
interest-status-accepted = 紹介済み
interest-status-declined = 辞退
interest-message = メッセージ
interest-date = 日付
interest-accept = 承諾
interest-decline = 辞退

## The inbox
inbox-intro = あなたの団体が表明した関心と、都市からその団体に届いた招待です。招待を承諾すると紹介されます。
inbox-none = まだありません。関心を表明するには、プロジェクトの「ニーズ」タブまたは検索からニーズを開いてください。
inbox-need-gone = （表示できなくなりました）

## Reasons
reason-serves = { $place }で提供
reason-domain = { $domain }分野
reason-any-domain = すべての分野が対象
reason-words-strong = 説明がニーズとよく一致
reason-words = 説明にニーズと共通する語がある
reason-references-near = { $count ->
   *[other] { $place }での導入実績{ $count }件
}
reason-references-network = { $count ->
   *[other] { $network }の都市での導入実績{ $count }件
}
reason-price-fits = 価格{ $price }、予算{ $budget }に適合
reason-price-above = 価格{ $price }から、予算{ $budget }を超過
reason-price-on-request = 価格は要問い合わせ
reason-speaks = { $languages }に対応
reason-speaks-none = チームの言語にも国の言語にも対応していない
reason-ticket-fits = { $amount }は支援規模{ $range }の範囲内
reason-instrument = { $instrument }を提供
reason-practices = { $count ->
   *[other] { $domain }分野で公開された優良事例{ $count }件
}
reason-finished = { $count ->
   *[other] 同じ分野で完了したプロジェクト{ $count }件
}
reason-same-country = 同じ国（{ $place }）
reason-same-region = 同じ地域（{ $place }）
reason-distance = 距離{ $count }km
reason-shared-network = 同じ{ $network }の会員
reason-writes = 事例の記載言語：{ $languages }

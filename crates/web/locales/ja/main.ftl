# citydriver UI strings. Keys are shared by all five languages; see docs/ARCHITECTURE.md.

## Site
site-name = citydriver
site-tagline = 都市ネットワークを支えるプラットフォーム
nav-home = ホーム
nav-directory = ディレクトリ
nav-networks = ネットワーク
nav-map = 地図
nav-admin = 管理
nav-account = マイアカウント
nav-login = ログイン
nav-logout = ログアウト
nav-language = 言語
skip-to-content = 本文へスキップ
footer-about = citydriverは、都市がネットワークで出会ったパートナーと連携し、スマートシティ・プロジェクトの計画、資金調達、実装を進められるよう支援します。
footer-api = JSON APIとOpenAPIドキュメント

## Home
home-title = 互いに学び合う都市
home-intro = ネットワークのディレクトリです。会員都市、企業、機関、省庁、開発協力機関と、それらが加盟するネットワーク、所在地を掲載しています。
home-networks = ネットワーク
home-organizations = { $count ->
   *[other] { $count }団体
}
home-members = { $count ->
   *[other] { $count }件の加盟
}
home-open-directory = ディレクトリを開く
home-open-map = 会員を地図で見る

## Directory
directory-title = ディレクトリ
directory-filter = 絞り込み
directory-filter-kind = 種別
directory-filter-country = 国
directory-filter-network = ネットワーク
directory-filter-role = 役割
directory-filter-q = 名称で検索
directory-any = すべて
directory-apply = 適用
directory-clear = 条件をクリア
directory-results = { $count ->
    [0] 条件に一致する団体はありません。
   *[other] { $count }団体
}
directory-empty = 条件に一致する団体はありません。条件を一つ外してお試しください。
col-name = 名称
col-kind = 種別
col-country = 国
col-region = 地域
col-network = ネットワーク
col-role = 役割
col-since = 開始
col-until = 終了
col-organization = 団体
col-position = 役職
col-when = 日時
col-who = 実行者
col-action = 操作
col-target = 対象
col-outcome = 結果
col-details = 詳細
page-prev = 前へ
page-next = 次へ
page-of = { $page } / { $pages } ページ

## Organization
org-kind = 種別
org-country = 国
org-region = 地域
org-coordinates = 座標
org-website = ウェブサイト
org-description = 概要
org-names = 他言語での名称
org-memberships = ネットワーク
org-no-memberships = この団体のネットワーク加盟は記録されていません。
org-people = 担当者
org-no-people = この団体に登録されている担当者はいません。
org-edit = この団体を編集
org-new = 団体を追加
org-id = 識別子
org-id-help = 半角英小文字、数字、ハイフンが使用できます。空欄の場合は英語名から自動生成されます。後から変更することはできません。
org-saved = 保存しました。
org-created = 団体を追加しました。
org-email-private = メールアドレス（編集者のみに表示）
org-person-add = 担当者を追加
org-person-name = 氏名
org-person-position = 役職
org-person-as-of = 時点（年、年月または日付）
org-person-remove = 削除
unknown = 不明
not-published = 非公開
fallback-note = ご利用の言語では提供されていないため、次の言語で表示しています：{ $lang }
as-of = { $date }時点

## Kinds
kind-local_government = 地方自治体
kind-company = 企業
kind-institution = 機関
kind-ministry = 省庁
kind-development_agency = 開発協力機関
kind-academia = 学術機関
kind-ngo = NGO
kind-network_secretariat = ネットワーク事務局

## Roles
role-founding_member = 創設会員
role-member = 会員
role-partner = パートナー
role-observer = オブザーバー
role-pilot_city = パイロット都市
role-secretariat = 事務局
role-regional_office = 地域事務所

## Networks
networks-title = ネットワーク
network-scope = 対象範囲
network-status = 状況
network-founded = 設立
network-parent = 上位ネットワーク
network-secretariat = 事務局
network-sub-networks = 下位ネットワーク
network-members = 会員
network-no-members = このネットワークにはまだ会員が登録されていません。
network-on-map = これらの会員を地図で表示
network-relation-sub_network = { $parent }のサブネットワーク
network-relation-partner_network = { $parent }のパートナーネットワーク
network-new = ネットワークを追加
network-relation = 上位ネットワークとの関係
network-relation-none = なし
relation-sub_network = サブネットワーク
relation-partner_network = パートナーネットワーク
network-member-add = 会員を追加
network-member-org = 団体の識別子
network-member-remove = 削除
scope-global = グローバル
scope-regional = 地域
scope-subregional = 準地域
scope-national = 国
status-active = 活動中
status-forming = 設立準備中

## Map
map-title = 会員マップ
map-all = すべての団体
map-count = { $count ->
   *[other] 座標が判明している団体：{ $count }件
}
map-missing = { $count ->
    [0] 表示中のすべての団体に座標があります。
   *[other] 座標が不明な{ $count }団体は地図に表示されていません。
}
map-credit = 陸地の輪郭：Natural Earth（パブリックドメイン）。地図サーバーを使用せず、このサイトで描画しています。
map-show = 表示
map-by-country = 団体が多いため一つずつは描けません。円は国を表し、大きさは団体数に比例します。円または一覧の行から、その国の団体をディレクトリで開けます。
map-country-count = { $count ->
   *[other] { $count }団体
}

## Accounts
login-title = ログイン
login-email = メールアドレス
login-password = パスワード
login-submit = ログイン
login-failed = メールアドレスまたはパスワードが正しくありません。
login-throttled = このアカウントまたはこのアドレスからのサインイン失敗が多すぎます。{ $seconds } 秒後にもう一度お試しください。
logout-submit = ログアウト
signup-title = アカウントの作成
signup-invited-as = { $role }として招待されています。
signup-editor-of = { $org }の情報の編集を担当します。
signup-name = 氏名
signup-password-help = 10文字以上で入力してください。
signup-submit = アカウントを作成
signup-invalid = この招待リンクは無効です。すでに使用済みか、有効期限切れか、入力に誤りがあります。
account-title = マイアカウント
account-role = 役割
account-editor-of = 編集担当団体
account-tokens = APIトークン
account-token-name = トークン名
account-token-scopes = スコープ
account-token-create = トークンを作成
account-token-created = 新しいトークンです。今すぐコピーしてください。再表示はされません。
account-token-revoke = 無効化
account-token-revoked = 無効化済み
account-no-tokens = APIトークンはありません。
role-admin = 管理者（事務局）
role-member-account = 会員

## Administration
admin-title = 管理
admin-invite = ユーザーを招待
admin-invite-email = メールアドレス
admin-invite-role = 役割
admin-invite-org = 編集担当団体（識別子、任意）
admin-invite-submit = 招待を作成
admin-invite-created = 招待を作成しました。このリンクを{ $email }に送ってください。リンクは1回のみ使用でき、14日後に失効します：
admin-users = アカウント
admin-import = 団体または加盟情報のインポート
admin-import-format = 形式
admin-import-file = ファイル
admin-import-submit = インポート
admin-import-done = { $orgs }件の団体と{ $members }件の加盟情報をインポートしました。
admin-import-failed = インポートは行われませんでした。次の行を修正して、もう一度お試しください：
admin-import-format-orgs = 団体（CSV）
admin-import-format-members = 加盟情報（CSV）
admin-import-format-json = 団体と加盟情報（JSON）
admin-audit = 監査ログ
admin-audit-empty = まだ記録はありません。
outcome-ok = 完了
outcome-denied = 拒否
line = 行

## Form
form-save = 保存
form-cancel = キャンセル
form-errors = 下記の項目を修正してください。
form-required = 必須
form-name-in = 名称（{ $lang }）
form-description-in = 説明（{ $lang }）
form-choose = 選択してください…

## Errors
error-title = エラーが発生しました
error-not-found = このページは存在しません。
error-not-found-detail = アドレスが間違っているか、リンク先の内容が削除された可能性があります。
error-forbidden = この操作を行う権限がありません。
error-unauthenticated = 先にログインしてください。
error-csrf = このフォームは有効期限が切れているか、このサイトから送信されたものではありません。前のページに戻り、ページを再読み込みしてからもう一度お試しください。
error-invalid = 一部の項目が正しくありません。
error-conflict = すでに存在します。
error-throttled = 試行回数が多すぎます。しばらくしてからもう一度お試しください。
error-internal = 予期しないエラーが発生しました。エラーは記録されています。しばらくしてからもう一度お試しください。
error-back-home = ホームページに戻る
error-search = サイト内を検索

## Events
nav-events = イベント
events-title = イベント
events-upcoming = 今後のイベント
events-past = 過去のイベント
events-none-upcoming = 告知されている今後のイベントはありません。
events-none-past = 過去のイベントの記録はありません。
event-when = 日時
event-time-not-published = 時刻は非公開
event-in-utc = { $time } UTC
event-format = 形式
event-audience = 対象
event-languages = 使用言語
event-series = シリーズ
event-part = 第{ $n }回
event-parts = シリーズの各回
event-organizations = 関係団体
event-links = 関連イベント
event-ics = カレンダーに追加（.ics）
event-registered = { $count ->
   *[other] 登録者{ $count }名
}
event-waiting = { $count ->
    [0] キャンセル待ちなし
   *[other] キャンセル待ち{ $count }名
}
event-capacity = { $count ->
   *[other] 定員{ $count }名
}
link-precursor_of = 次のイベントの先行イベント
link-precursor_of-in = 先行イベント
link-follow_up_of = 次のイベントのフォローアップ
link-follow_up_of-in = フォローアップ
format-webinar = ウェビナー
format-live_event = ライブ配信イベント
format-workshop = ワークショップ
format-assembly = 総会
format-study_visit = 視察
audience-public = どなたでも参加可能
audience-network_members = { $value }の会員限定
audience-country = { $value }からの参加者限定
audience-invitation = 招待者限定
orgrole-organizer = 主催
orgrole-co_organizer = 共催
orgrole-presenter = 発表
orgrole-observer = オブザーバー
attendee-participant = 参加者
attendee-observer = オブザーバー
attendee-speaker = 登壇者
attendee-press = 報道関係者
register-title = 参加登録
register-name = 氏名
register-email = メールアドレス
register-org = 団体（ディレクトリの識別子）
register-org-name = または団体名
register-country = 出身国
register-attendee-type = 参加区分
register-submit = 登録する
register-closed-over = このイベントは終了したため、登録を締め切りました。
register-closed-invitation = このイベントは招待制です。
register-done-confirmed = 登録が完了しました。確認メールを{ $email }にお送りします。
register-done-waitlisted = 定員に達したため、キャンセル待ちとして登録しました。席が空き次第、{ $email }にお知らせします。
register-done-pending = ご登録は主催者の承認待ちです。結果は{ $email }にお知らせします。
register-link-by-mail = 登録内容の確認・変更・キャンセル用のリンク（オンラインイベントの場合は参加用アドレスも）は、そのメールでのみお知らせします。
register-repeated = { $email }はすでにこのイベントに登録されています。変更はありません。
manage-title = 登録内容
manage-status = 状況
manage-cancel = 登録をキャンセル
manage-cancelled = 登録をキャンセルしました。
manage-online = オンラインで参加
manage-link-note = このページのアドレスを保存しておいてください。登録内容の確認やキャンセルに使用できます。
reg-confirmed = 確定
reg-waitlisted = キャンセル待ち
reg-pending = 承認待ち
reg-cancelled = キャンセル済み
reg-rejected = 不承認

## Events: more (issue 3)
event-interpretation = 通訳言語
event-registration-opens = 登録受付開始
event-registration-closes = 登録受付締切
event-speakers = 登壇者
speaker-live = ライブ
speaker-prerecorded = 事前収録
event-recordings = 録画
event-transcripts = 文字起こし
transcript-sample-tag = サンプル
register-invited-as = { $email }宛てにお送りした招待から登録します。アドレスは変更できません。
register-time-zone = タイムゾーン（メールに記載する時刻に使用）
register-not-open = 登録受付は{ $when }に開始します。
register-closed-window = 登録受付は終了しました。
manage-change = 登録内容の変更
manage-lang = メールの言語
manage-save = 変更を保存
manage-changed = 登録内容を更新しました。
events-all = すべてのイベント
events-feed = カレンダーフィード（.ics）
search-submit = 検索
transcript-title = 文字起こし
transcript-sample-note = 公開されている事実をもとに、citydriverのデモ用に作成したサンプルです。実際の発言を記録したものではありません。また、録画は自動生成したトーン音の音声トラックです。
transcript-other-langs = 他の言語
transcript-recording = 録画
transcript-no-recording = 録画がまだリンクされていないため、時刻はリンクなしで表示しています。
transcript-search = 文字起こしを検索
transcript-show-all = すべての行を表示
transcript-found = 全{ $total }行のうち{ $n }行に検索語が含まれています。
transcript-none-found = 検索語を含む行はありません。
transcript-download = WebVTT形式でダウンロード
feed-personal-name = citydriver マイイベント
account-feed = マイカレンダーフィード
account-feed-help = カレンダーアプリでこのアドレスを購読すると、登録したイベントが表示されます。このアドレスを知っている人は誰でもあなたのイベントを見ることができるため、他の人と共有しないでください。
organize-title = 主催者コンソール
organize-attendees = 参加者
organize-pending-count = { $count ->
   *[other] 承認待ち{ $count }名
}
organize-cancelled-count = { $count ->
   *[other] キャンセル{ $count }名
}
organize-all = すべて
organize-find = 氏名、メールアドレスまたは団体
organize-export = 参加者リストをエクスポート（CSV）
organize-no-attendees = 該当する参加者はいません。
organize-org = 団体
organize-check-in = チェックイン
organize-approve = 承認
organize-reject = 不承認
organize-undo = 元に戻す
organize-invitations = 招待
organize-invite = 招待を送信
organize-invite-csv = または招待者のCSVファイル
organize-invite-csv-help = 1行目は列名を示すヘッダー行とし、email列（必須）と、任意でname列・lang列（en、ko、ja、zh-Hans、fr）を指定します。不正な行が1行でもあると誰も招待されず、該当する行が示されます。
organize-invite-csv-submit = ファイル内の全員を招待
organize-no-invitations = 招待はまだありません。
organize-invited-at = 招待日時
organize-registered = 登録済み
organize-remove = 削除
organize-person-id = 人物（ディレクトリの識別子）
organize-topic = テーマ
organize-mode = 登壇形式
organize-add-speaker = 登壇者を追加
organize-recording-url = 録画のアドレス（YouTube、Vimeo、ファイルなど…）
organize-recording-title = タイトル
organize-lang-tag = 言語（en、ja、ko…）
organize-add-recording = 録画を追加
organize-cues = { $count ->
   *[other] { $count }行
}
organize-transcript-recording = 対応する録画
organize-transcript-file = WebVTT、SRTまたはテキストファイル
organize-import-transcript = 文字起こしをインポート
organize-decided = { $name }：{ $status }。
organize-checked-in = { $name }さんのチェックインを記録しました。
organize-checked-in-undone = { $name }さんのチェックインを取り消しました。
organize-invited = { $email }宛てに招待をお送りします。
organize-invited-again = { $email }はすでに招待済みのため、メールは再送しません。
organize-invited-csv = { $invited }名を招待しました。{ $already }名はすでに招待済みです（メールは再送しません）。
organize-speaker-added = { $name }さんを登壇者に追加しました。
organize-speaker-removed = 登壇者を削除しました。
organize-recording-added = 録画をリンクしました。
organize-transcript-imported = 文字起こし（{ $lang }）をインポートしました：{ $n }行。

## Events: where (issue 3)
event-where = 場所
attendance-online = オンライン
attendance-in_person = 対面
attendance-mixed = 対面とオンライン
events-of-org = この団体のイベント
events-of-network = ネットワークと会員のイベント

## New events and series (issue 3)
new-event-title = 新しいイベント
new-event-belongs = シリーズと主催者
new-event-no-series = — 単独のイベント —
new-event-part = シリーズ内の回の番号
new-event-organizer = 主催団体（識別子）
new-event-co-organizers = 共催団体（識別子、カンマ区切り）
new-event-what = 内容
new-event-title-in = タイトル
new-event-description = 説明（英語）
new-event-id = 識別子（a-z、0-9、-。空欄の場合はタイトルから自動生成）
new-event-when = 日時
new-event-date = 日付（現地）
new-event-start = 開始時刻（現地時間）
new-event-end = 終了時刻（現地時間。開始時刻より前の場合は翌日とみなします）
new-event-times-help = 時刻がまだ公開されていない場合は、開始時刻と終了時刻の両方を空欄にしてください。イベントには日付のみが表示されます。
new-event-time-zone = タイムゾーン（IANA、例：Asia/Tokyo）
new-event-venue = 住所（対面イベントの場合）
new-event-online-url = オンラインのアドレス（参加登録が確定した参加者にのみ表示）
new-event-audience-public = どなたでも
new-event-audience-network_members = 特定のネットワークの会員
new-event-audience-country = 特定の国からの参加者
new-event-audience-invitation = 招待者限定
new-event-audience-value = 対象となるネットワークまたは国（ISOコード）
new-event-capacity = 定員（空欄の場合は制限なし）
new-event-moderated = 主催者が参加登録を一件ずつ承認する
new-event-reminder = リマインダーメール：開始の何分前に送信するか（空欄または0の場合は送信しない）
new-event-submit = イベントを作成
new-series-title = 新しいシリーズ
new-series-name = シリーズ名
new-series-submit = シリーズを作成
new-series-created = シリーズ「{ $id }」を作成しました。続いて各回を追加してください。
events-new = 新しいイベント

## Knowledge base (issue 4)
nav-practices = 事例
practices-title = 優良事例
practices-intro = 都市が自ら執筆した事例です。何に取り組み、何を解決し、どれだけの費用がかかったかを紹介しています。
collections-title = コレクション
practice-new = 新しい事例
practices-q = タイトルに含まれる語
facet-domain = 分野
facet-city = 都市
facet-year = 開始年
practices-count = { $count ->
    [0] 事例はありません
   *[other] { $count }件の事例
}
practices-none = 条件に一致する事例はありません。
practice-draft = 下書き
practice-draft-note = 下書きです。公開されるまでは、この都市の編集者と管理者のみが閲覧できます。
practice-edit = 事例を編集
practice-publish = 公開する
practice-unpublish = 下書きに戻す
practice-published = 事例を公開しました。
practice-unpublished = 事例を下書きに戻しました。
practice-city = 都市
practice-domain = 分野
practice-sdgs = 持続可能な開発目標
practice-dates = 期間
practice-cost = 費用
practice-languages = 記載言語
practice-problem = 課題
practice-solution = 解決策
practice-results = 成果
practice-not-documented = まだ記載されていません。
practice-partners = パートナー
practice-contacts = 担当者
practice-events = 発表されたイベント
practice-links = リンク
practice-in-collections = 収録コレクション
practice-form-help = わかっている内容を、できるだけ多くの言語で入力してください。それ以外は空欄のままで構いません（ページには「まだ記載されていません」と表示されます）。新しい事例は、公開するまで下書きとして扱われます。
practice-field-title = タイトル
practice-field-summary = 概要
practice-field-problem = 課題
practice-field-solution = 解決策
practice-field-results = 成果
practice-started = 開始（2020、2020-03 または 2020-03-10）
practice-ended = 終了
domain-efficient_government = 効率的な行政
domain-emerging_technology = 新興技術
domain-mobility = モビリティ
domain-open_inclusive_city = 開かれた包摂的な都市
domain-safe_city = 安全な都市
domain-sustainable_city = 持続可能な都市
domain-health = 保健・医療
collections-none = コレクションはまだありません。
collection-feed = このコレクションをフォロー（Atomフィード）
collection-empty = このコレクションで公開されているものはまだありません。
collection-date = 日付
collection-measure = 対策
collection-practice = 事例
measure-testing = 検査
measure-tracing = 接触者追跡
measure-citizen_information = 市民への情報提供
measure-business_support = 事業者支援
measure-remote_services = 非対面サービス
measure-supplies = 物資の供給
measure-other = その他
event-practices = 発表された事例

## Search (issue 4)
nav-search = 検索
search-title = 検索
search-label = 語句、名称、場所 — 5つの言語のどれでも検索できます
search-help = ディレクトリ、イベント、文字起こしの行、事例、コレクションをまとめて検索します。文字起こしの行を選ぶと、録画がその時点から開きます。
search-count = { $count ->
    [0] 該当する結果はありません
   *[other] { $count }件の結果
}
search-none = これらの語句に一致する公開情報はありません。語句を減らすか、別の表記でお試しください。
search-facet-kind = 種別
search-facet-lang = 言語
search-facet-country = 国
search-facet-domain = 分野
search-facet-year = 年
search-kind-organization = 団体
search-kind-network = ネットワーク
search-kind-event = イベント
search-kind-cue = 文字起こしの行
search-kind-practice = 事例
search-kind-collection = コレクション

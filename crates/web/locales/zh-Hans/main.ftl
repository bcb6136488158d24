# citydriver UI strings. Keys are shared by all five languages; see docs/ARCHITECTURE.md.

## Site
site-name = citydriver
site-tagline = 支撑城市网络运行的平台
nav-home = 首页
nav-directory = 名录
nav-networks = 网络
nav-map = 地图
nav-admin = 管理
nav-account = 我的账户
nav-login = 登录
nav-logout = 退出登录
nav-language = 语言
skip-to-content = 跳至正文
footer-about = citydriver 帮助城市与在网络中结识的合作伙伴共同规划、融资和实施智慧城市项目。
footer-api = JSON API 及其 OpenAPI 文档

## Home
home-title = 城市互学互鉴
home-intro = 网络名录：成员城市、企业、机构、政府部委和开发合作机构，以及它们所属的网络和所在位置。
home-networks = 网络
home-organizations = { $count ->
   *[other] { $count } 个组织
}
home-members = { $count ->
   *[other] { $count } 项成员资格
}
home-open-directory = 打开名录
home-open-map = 在地图上查看成员

## Directory
directory-title = 名录
directory-filter = 筛选
directory-filter-kind = 类型
directory-filter-country = 国家
directory-filter-network = 网络
directory-filter-role = 角色
directory-filter-q = 名称包含
directory-any = 全部
directory-apply = 应用
directory-clear = 清除筛选条件
directory-results = { $count ->
    [0] 没有符合筛选条件的组织。
   *[other] { $count } 个组织
}
directory-empty = 没有符合筛选条件的组织。请尝试移除一个筛选条件。
col-name = 名称
col-kind = 类型
col-country = 国家
col-region = 地区
col-network = 网络
col-role = 角色
col-since = 起始
col-until = 截止
col-organization = 组织
col-position = 职务
col-when = 时间
col-who = 操作人
col-action = 操作
col-target = 对象
col-outcome = 结果
col-details = 详情
page-prev = 上一页
page-next = 下一页
page-of = 第 { $page } 页，共 { $pages } 页

## Organization
org-kind = 类型
org-country = 国家
org-region = 地区
org-coordinates = 坐标
org-website = 网站
org-description = 简介
org-names = 其他语言名称
org-memberships = 所属网络
org-no-memberships = 暂无该组织的网络成员记录。
org-people = 人员
org-no-people = 该组织暂无人员信息。
org-edit = 编辑该组织
org-new = 添加组织
org-id = 标识符
org-id-help = 仅限小写字母、数字和连字符；留空时将根据英文名称自动生成。创建后不可更改。
org-saved = 已保存。
org-created = 组织已添加。
org-email-private = 电子邮箱（仅编辑者可见）
org-person-add = 添加人员
org-person-name = 姓名
org-person-position = 职务
org-person-as-of = 截至（年份、年月或日期）
org-person-remove = 移除
unknown = 未知
not-published = 未公开
fallback-note = 暂无您所用语言的版本，现以下列语言显示：{ $lang }
as-of = 截至 { $date }

## Kinds
kind-local_government = 地方政府
kind-company = 企业
kind-institution = 机构
kind-ministry = 政府部委
kind-development_agency = 开发合作机构
kind-academia = 学术界
kind-ngo = 非政府组织
kind-network_secretariat = 网络秘书处

## Roles
role-founding_member = 创始成员
role-member = 成员
role-partner = 合作伙伴
role-observer = 观察员
role-pilot_city = 试点城市
role-secretariat = 秘书处
role-regional_office = 地区办事处

## Networks
networks-title = 网络
network-scope = 范围
network-status = 状态
network-founded = 成立时间
network-parent = 上级网络
network-secretariat = 秘书处
network-sub-networks = 下属网络
network-members = 成员
network-no-members = 该网络暂无成员记录。
network-on-map = 在地图上显示这些成员
network-relation-sub_network = { $parent }的下属网络
network-relation-partner_network = { $parent }的合作网络
network-new = 添加网络
network-relation = 与上级网络的关系
network-relation-none = 无
relation-sub_network = 下属网络
relation-partner_network = 合作网络
network-member-add = 添加成员
network-member-org = 组织标识符
network-member-remove = 移除
scope-global = 全球
scope-regional = 区域
scope-subregional = 次区域
scope-national = 国家
status-active = 运行中
status-forming = 筹建中

## Map
map-title = 成员地图
map-all = 全部组织
map-count = { $count ->
   *[other] { $count } 个组织坐标已知
}
map-missing = { $count ->
    [0] 所显示的组织均有坐标。
   *[other] { $count } 个组织坐标未知，未在地图上显示。
}
map-credit = 陆地轮廓：Natural Earth（公有领域）。由本站直接绘制，未使用地图服务器。
map-show = 显示
map-by-country = 机构太多，无法逐一绘制：每个圆代表一个国家，大小与其机构数量成正比。点击圆或列表中的一行，即可在名录中查看。
map-country-count = { $count ->
   *[other] { $count } 个机构
}

## Accounts
login-title = 登录
login-email = 电子邮箱
login-password = 密码
login-submit = 登录
login-failed = 电子邮箱或密码错误。
login-throttled = 此账户或此地址登录失败次数过多。请在 { $seconds } 秒后重试。
logout-submit = 退出登录
signup-title = 创建账户
signup-invited-as = 您受邀担任{ $role }。
signup-editor-of = 您将负责编辑{ $org }的信息。
signup-name = 姓名
signup-password-help = 至少 10 个字符。
signup-submit = 创建账户
signup-invalid = 该邀请链接无效：可能已被使用、已过期或输入有误。
account-title = 我的账户
account-role = 角色
account-editor-of = 负责编辑的组织
account-tokens = API 令牌
account-token-name = 令牌名称
account-token-scopes = 权限范围
account-token-create = 创建令牌
account-token-created = 这是您的新令牌。请立即复制，它将不会再次显示。
account-token-revoke = 撤销
account-token-revoked = 已撤销
account-no-tokens = 您没有 API 令牌。
role-admin = 管理员（秘书处）
role-member-account = 成员

## Administration
admin-title = 管理
admin-invite = 邀请用户
admin-invite-email = 电子邮箱
admin-invite-role = 角色
admin-invite-org = 负责编辑的组织（标识符，可选）
admin-invite-submit = 创建邀请
admin-invite-created = 邀请已创建。请将此链接发送至 { $email }；该链接仅可使用一次，14 天后失效：
admin-users = 账户
admin-import = 导入组织或成员资格
admin-import-format = 格式
admin-import-file = 文件
admin-import-submit = 导入
admin-import-done = 已导入 { $orgs } 个组织和 { $members } 项成员资格。
admin-import-failed = 未导入任何内容。请修正以下各行后重试：
admin-import-format-orgs = 组织（CSV）
admin-import-format-members = 成员资格（CSV）
admin-import-format-json = 组织和成员资格（JSON）
admin-audit = 审计日志
admin-audit-empty = 暂无记录。
outcome-ok = 已完成
outcome-denied = 已拒绝
line = 行

## Form
form-save = 保存
form-cancel = 取消
form-errors = 请更正下方标出的字段。
form-required = 必填
form-name-in = 名称（{ $lang }）
form-description-in = 简介（{ $lang }）
form-choose = 请选择…

## Errors
error-title = 出错了
error-not-found = 该页面不存在。
error-not-found-detail = 地址可能输入有误，或其指向的内容已被删除。
error-forbidden = 您无权执行此操作。
error-unauthenticated = 请先登录。
error-csrf = 此表单已过期或并非来自本站。请返回上一页，刷新页面后重试。
error-invalid = 部分字段无效。
error-conflict = 该项已存在。
error-throttled = 尝试次数过多。请稍后再试。
error-internal = 发生意外错误，已记录在案，请稍后重试。
error-back-home = 返回首页
error-search = 搜索本站

## Events
nav-events = 活动
events-title = 活动
events-upcoming = 即将举行的活动
events-past = 往期活动
events-none-upcoming = 暂无已公布的近期活动。
events-none-past = 暂无往期活动记录。
event-when = 时间
event-time-not-published = 具体时间未公布
event-in-utc = { $time } UTC
event-format = 形式
event-audience = 参加对象
event-languages = 语言
event-series = 系列
event-part = 第 { $n } 期
event-parts = 系列各期
event-organizations = 参与组织
event-links = 相关活动
event-ics = 添加到我的日历（.ics）
event-registered = { $count ->
   *[other] 已有 { $count } 人报名
}
event-waiting = { $count ->
    [0] 候补名单为空
   *[other] 候补名单中有 { $count } 人
}
event-capacity = { $count ->
   *[other] { $count } 个名额
}
link-precursor_of = 以下活动的前序活动
link-precursor_of-in = 前序活动
link-follow_up_of = 以下活动的后续活动
link-follow_up_of-in = 后续活动
format-webinar = 网络研讨会
format-live_event = 直播活动
format-workshop = 工作坊
format-assembly = 大会
format-study_visit = 考察访问
audience-public = 向所有人开放
audience-network_members = 仅限{ $value }成员
audience-country = 仅限来自{ $value }的参会者
audience-invitation = 仅限受邀者
orgrole-organizer = 主办方
orgrole-co_organizer = 联合主办方
orgrole-presenter = 演讲方
orgrole-observer = 观察员
attendee-participant = 参会者
attendee-observer = 观察员
attendee-speaker = 演讲嘉宾
attendee-press = 媒体
register-title = 报名
register-name = 姓名
register-email = 电子邮箱
register-org = 组织（名录中的标识符）
register-org-name = 或填写组织名称
register-country = 所在国家
register-attendee-type = 参会身份
register-submit = 提交报名
register-closed-over = 活动已结束，报名已截止。
register-closed-invitation = 本活动仅限受邀者参加。
register-done-confirmed = 报名成功。确认邮件即将发送至 { $email }。
register-done-waitlisted = 活动名额已满：您已进入候补名单，有名额空出时将通知 { $email }。
register-done-pending = 您的报名正在等待主办方审核，结果将通知 { $email }。
register-link-by-mail = 查看、修改或取消报名的链接（线上活动还有参会地址）只会通过该邮件发送。
register-repeated = { $email } 此前已报名本活动，未作任何更改。
manage-title = 我的报名
manage-status = 状态
manage-cancel = 取消报名
manage-cancelled = 您的报名已取消。
manage-online = 在线参加
manage-link-note = 请保存本页地址：您可以通过它查看或取消报名。
reg-confirmed = 已确认
reg-waitlisted = 在候补名单中
reg-pending = 待审核
reg-cancelled = 已取消
reg-rejected = 未获批准

## Events: more (issue 3)
event-interpretation = 口译语言
event-registration-opens = 报名开始
event-registration-closes = 报名截止
event-speakers = 演讲嘉宾
speaker-live = 实时
speaker-prerecorded = 预先录制
event-recordings = 录像
event-transcripts = 文字记录
transcript-sample-tag = 示例
register-invited-as = 您将通过发送至 { $email } 的邀请报名；该地址不可更改。
register-time-zone = 您所在的时区（用于邮件中显示的时间）
register-not-open = 报名将于 { $when } 开始。
register-closed-window = 报名已截止。
manage-change = 修改报名信息
manage-lang = 邮件语言
manage-save = 保存更改
manage-changed = 您的报名信息已更新。
events-all = 全部活动
events-feed = 日历订阅源（.ics）
search-submit = 搜索
transcript-title = 文字记录
transcript-sample-note = 这是根据公开资料为 citydriver 演示编写的示例，并非实际发言记录；其录像为程序生成的提示音音轨。
transcript-other-langs = 其他语言版本
transcript-recording = 录像
transcript-no-recording = 尚未关联录像：时间仅以文字显示，不带链接。
transcript-search = 搜索文字记录
transcript-show-all = 显示所有行
transcript-found = 共 { $total } 行，其中 { $n } 行包含所搜索的词语。
transcript-none-found = 没有包含所搜索词语的行。
transcript-download = 下载 WebVTT 格式
feed-personal-name = 我的 citydriver 活动
account-feed = 我的日历订阅源
account-feed-help = 在日历应用中订阅此地址，即可查看您已报名的活动。请勿将其告诉他人：任何人获得此地址都能看到您的活动。
organize-title = 主办方控制台
organize-attendees = 参会者
organize-pending-count = { $count ->
   *[other] { $count } 人待审核
}
organize-cancelled-count = { $count ->
   *[other] { $count } 人已取消
}
organize-all = 全部
organize-find = 姓名、电子邮箱或组织
organize-export = 导出参会者名单（CSV）
organize-no-attendees = 没有匹配的参会者。
organize-org = 组织
organize-check-in = 签到
organize-approve = 批准
organize-reject = 拒绝
organize-undo = 撤销
organize-invitations = 邀请
organize-invite = 发送邀请
organize-invite-csv = 或上传受邀者 CSV 文件
organize-invite-csv-help = 首行须为列名标题行，包含 email 列，并可选包含 name 和 lang 列（en、ko、ja、zh-Hans、fr）。只要有一行有误，就不会邀请任何人，并会列出出错的行。
organize-invite-csv-submit = 邀请文件中的所有人
organize-no-invitations = 暂无邀请。
organize-invited-at = 邀请时间
organize-registered = 已报名
organize-remove = 移除
organize-person-id = 人员（名录中的标识符）
organize-topic = 主题
organize-mode = 演讲方式
organize-add-speaker = 添加演讲嘉宾
organize-recording-url = 录像地址（YouTube、Vimeo、文件等…）
organize-recording-title = 标题
organize-lang-tag = 语言（en、ja、ko…）
organize-add-recording = 添加录像
organize-cues = { $count ->
   *[other] { $count } 行
}
organize-transcript-recording = 所属录像
organize-transcript-file = WebVTT、SRT 或文本文件
organize-import-transcript = 导入文字记录
organize-decided = { $name }：{ $status }。
organize-checked-in = { $name } 已签到。
organize-checked-in-undone = 已撤销 { $name } 的签到。
organize-invited = 邀请即将发送至 { $email }。
organize-invited-again = { $email } 此前已受邀，不会再次发送邮件。
organize-invited-csv = 已邀请 { $invited } 人；{ $already } 人此前已受邀（不会再次发送邮件）。
organize-speaker-added = 已将 { $name } 添加为演讲嘉宾。
organize-speaker-removed = 已移除该演讲嘉宾。
organize-recording-added = 录像已关联。
organize-transcript-imported = 文字记录（{ $lang }）已导入，共 { $n } 行。

## Events: where (issue 3)
event-where = 地点
attendance-online = 线上
attendance-in_person = 线下
attendance-mixed = 线下及线上
events-of-org = 该机构的活动
events-of-network = 该网络及其成员的活动

## New events and series (issue 3)
new-event-title = 新建活动
new-event-belongs = 系列与主办方
new-event-no-series = — 独立活动 —
new-event-part = 在系列中的期数
new-event-organizer = 主办组织（标识符）
new-event-co-organizers = 联合主办方（标识符，以逗号分隔）
new-event-what = 内容
new-event-title-in = 标题
new-event-description = 简介（英文）
new-event-id = 标识符（a-z、0-9 和 -；留空时将根据标题自动生成）
new-event-when = 时间
new-event-date = 日期（当地）
new-event-start = 开始时间（当地时间）
new-event-end = 结束时间（当地时间；早于开始时间即视为次日）
new-event-times-help = 如具体时间尚未公布，请将开始时间和结束时间均留空：活动将仅显示日期。
new-event-time-zone = 时区（IANA，例如 Asia/Tokyo）
new-event-venue = 地址（适用于线下活动）
new-event-online-url = 线上地址（仅向已确认的参会者显示）
new-event-audience-public = 所有人
new-event-audience-network_members = 某一网络的成员
new-event-audience-country = 来自某一国家的参会者
new-event-audience-invitation = 仅限受邀者
new-event-audience-value = 参加对象所属的网络或国家（ISO 代码）
new-event-capacity = 名额（留空表示不限）
new-event-moderated = 由主办方逐一审核报名
new-event-reminder = 提醒邮件：开始前多少分钟发送（留空或填 0 表示不发送）
new-event-submit = 创建活动
new-series-title = 新建系列
new-series-name = 系列名称
new-series-submit = 创建系列
new-series-created = 系列 { $id } 已创建，现在请添加各期活动。
events-new = 新建活动

## Knowledge base (issue 4)
nav-practices = 案例
practices-title = 最佳实践
practices-intro = 由城市亲自撰写的案例：做了什么、解决了什么问题、花费了多少。
collections-title = 合集
practice-new = 新建案例
practices-q = 标题包含
facet-domain = 领域
facet-city = 城市
facet-year = 开始年份
practices-count = { $count ->
    [0] 没有案例
   *[other] { $count } 个案例
}
practices-none = 没有符合筛选条件的案例。
practice-draft = 草稿
practice-draft-note = 此为草稿：发布之前，仅该城市的编辑者和管理员可见。
practice-edit = 编辑案例
practice-publish = 发布
practice-unpublish = 退回草稿
practice-published = 案例已发布。
practice-unpublished = 案例已退回草稿状态。
practice-city = 城市
practice-domain = 领域
practice-sdgs = 可持续发展目标
practice-dates = 起止时间
practice-cost = 费用
practice-languages = 撰写语言
practice-problem = 问题
practice-solution = 解决方案
practice-results = 成效
practice-not-documented = 尚未记录。
practice-partners = 合作伙伴
practice-contacts = 联系人
practice-events = 介绍该案例的活动
practice-links = 链接
practice-in-collections = 所属合集
practice-form-help = 请填写您所了解的内容，所用语言越多越好；其余部分留空即可（页面上将显示“尚未记录”）。新案例在发布之前均为草稿。
practice-field-title = 标题
practice-field-summary = 摘要
practice-field-problem = 问题
practice-field-solution = 解决方案
practice-field-results = 成效
practice-started = 开始时间（2020、2020-03 或 2020-03-10）
practice-ended = 结束时间
domain-efficient_government = 高效政府
domain-emerging_technology = 新兴技术
domain-mobility = 交通出行
domain-open_inclusive_city = 开放包容城市
domain-safe_city = 安全城市
domain-sustainable_city = 可持续城市
domain-health = 卫生健康
collections-none = 暂无合集。
collection-feed = 关注此合集（Atom 订阅源）
collection-empty = 此合集中尚无已发布的内容。
collection-date = 日期
collection-measure = 措施
collection-practice = 案例
measure-testing = 检测
measure-tracing = 接触者追踪
measure-citizen_information = 面向市民的信息发布
measure-business_support = 企业扶持
measure-remote_services = 远程服务
measure-supplies = 物资供应
measure-other = 其他
event-practices = 活动中介绍的案例

## Search (issue 4)
nav-search = 搜索
search-title = 搜索
search-label = 词语、名称、地点（五种语言均可）
search-help = 一次搜索名录、活动、文字记录行、案例和合集。点击文字记录行，即可从该时刻打开对应的录像。
search-count = { $count ->
    [0] 没有结果
   *[other] { $count } 条结果
}
search-none = 没有与这些词语匹配的公开内容。请尝试减少词语，或换一种写法。
search-facet-kind = 类型
search-facet-lang = 语言
search-facet-country = 国家
search-facet-domain = 领域
search-facet-year = 年份
search-kind-organization = 组织
search-kind-network = 网络
search-kind-event = 活动
search-kind-cue = 文字记录行
search-kind-practice = 案例
search-kind-collection = 合集

# Matchmaking: the catalogue of solutions and financing offers, a project's needs, ranked
# candidates with their reasons, interests, invitations and introductions.

nav-solutions = 解决方案
matching-title = 供需对接
matching-sections = 供需对接栏目
solutions-title = 解决方案
offers-title = 融资方案
inbox-title = 意向与邀请
search-kind-solution = 解决方案
search-kind-offer = 融资方案
search-kind-need = 需求
driver-tab-needs = 需求

## The catalogue
solutions-intro = 企业为城市提供的解决方案：每项解决方案均注明销售地区、价格、支持的语言以及已部署的地点。
offers-intro = 开发合作机构、银行和基金提供的融资：融资工具、符合条件的国家和领域、单笔金额及条款。
solution-new = 发布解决方案
offer-new = 发布融资方案
catalogue-q = 关键词
catalogue-any = 全部
catalogue-country = 适用国家
solutions-count = { $count ->
   *[other] { $count } 个解决方案
}
offers-count = { $count ->
   *[other] { $count } 个融资方案
}
solutions-none = 尚未发布任何解决方案。
offers-none = 尚未发布任何融资方案。
catalogue-none-filtered = 没有符合这些筛选条件的内容。请移除一个筛选条件以查看更多。
catalogue-serves = 服务地区
offer-eligible = 适用地区：
served-more = { $count ->
   *[other] 及其他 { $count } 个国家和地区
}
price-model-purchase = 购买
price-model-subscription = 订阅
price-model-ppp = 政府和社会资本合作
instrument-grant = 补助资金
instrument-loan = 贷款
instrument-guarantee = 担保
instrument-equity = 股权投资
solution-price = 价格
solution-price-on-request = 价格面议
solution-languages = 支持的语言
solution-references = 部署案例
solution-references-none = 尚未列出部署案例。
reference-city = 城市
reference-year = 年份
reference-results = 成效
reference-practice = 最佳实践
reference-case = 阅读案例
catalogue-edit = 编辑
catalogue-delete = 删除
offer-domains = 领域
offer-every-domain = 所有领域
offer-ticket = 单笔金额
offer-terms = 条款

## The publishers' forms
catalogue-list-solutions = 解决方案
catalogue-list-offers = 融资方案
catalogue-new-solutions = 发布解决方案
catalogue-new-offers = 发布融资方案
catalogue-edit-solutions = 编辑解决方案
catalogue-edit-offers = 编辑融资方案
catalogue-help-solutions = 解决方案由您负责编辑的企业发布。请注明销售地区（国家或整个地区）、价格区间和支持的语言：服务地区以外的城市不会在排名中看到它。
catalogue-help-offers = 融资方案由您负责编辑的组织发布。只有位于您所列国家或地区、属于您所勾选的领域、且所需金额在单笔金额范围内的项目，才会在排名中看到它。
catalogue-org-solutions = 企业（其标识符）
catalogue-org-offers = 出资机构（其标识符）
catalogue-field-title = 标题
catalogue-field-description = 简介
catalogue-field-countries = 国家（ISO 代码，以逗号分隔）
catalogue-field-regions = 地区（联合国次区域）
catalogue-field-currency = 货币
offer-instrument = 融资工具
offer-domains-help = 不勾选任何领域即表示适用所有领域。
offer-ticket-min = 最低单笔金额
offer-ticket-max = 最高单笔金额
solution-price-min = 最低价格
solution-price-max = 最高价格
solution-price-model = 定价模式
solution-languages-help = ISO 639 代码，例如 en、id、vi、th、ko、ja、zh、fr。
solution-references-help = 每行一个部署案例：城市标识符 | 年份 | 成效 | 最佳实践案例标识符（后三项可留空）。

## A project's needs
needs-title = 需求
needs-intro = 项目所寻求的：拟部署的解决方案、可借鉴的城市或资金。每项需求都会对候选进行排名，并说明理由。
needs-none = 该项目尚未提出任何需求。
needs-see-candidates = 查看候选
needs-add = 添加需求
needs-suggested = 根据规划和项目经济评价提出的建议
needs-suggested-help = 尚无解决方案的用例、项目所属领域中可借鉴的城市，以及项目经济评价所需的资金。
needs-add-suggested = { $count ->
   *[other] 添加这 { $count } 条建议
}
needs-interests = 意向、邀请与引荐
needs-interests-help = 意向或邀请被接受即构成引荐：系统已向双方发送电子邮件，相关记录保留在此。
need-kind = 项目寻求
need-kind-solution = 解决方案
need-kind-peer = 可借鉴的城市
need-kind-funding = 资金
need-status = 状态
need-status-open = 开放
need-status-closed = 已关闭
need-funding = 资金
need-funding-help = 仅适用于资金需求：所需金额，以及（如有需要）可接受的融资工具。
need-amount = 所需金额

## A need's candidates
candidates-title-solution = 解决方案排名
candidates-title-peer = 可借鉴的城市
candidates-title-funding = 项目符合条件的融资方案
candidates-help-solution = 仅列出在项目所在国家或地区销售的解决方案；得分综合考虑文字的匹配程度、领域、附近及城市所属网络中的部署案例、价格与预算的对比以及语言。
candidates-help-peer = 在项目所属领域已发布最佳实践或已完成项目的城市，距离越近、情况越相似的排在越前。
candidates-help-funding = 仅列出需求在国家、领域、单笔金额和融资工具方面均符合其条件的融资方案。
candidates-count = { $count ->
    [0] 没有符合条件的候选
   *[other] { $count } 个符合条件的候选
}
candidates-none = 目前还没有满足该需求条件的候选。一旦有符合条件的解决方案或融资方案发布，就会显示在这里。
candidate-score = 得分（满分 100）
candidate-invite = 邀请
interest-express = 表达意向
interest-express-help = 项目负责人会收到您的留言，并决定接受或拒绝；意向被接受后，系统将通过电子邮件为您引荐。
interest-send = 发送
interest-sent = 您的意向已发送给项目负责人。
invitation-sent = 邀请已发送。
interest-yours = 您的意向与邀请
interest-need = 需求
interest-candidate = 候选
interest-from = 发起方
interest-from-candidate = 候选方
interest-from-city = 城市
interest-status = 状态
interest-status-proposed = 等待答复
interest-status-accepted = 已引荐
interest-status-declined = 已拒绝
interest-message = 留言
interest-date = 日期
interest-accept = 接受
interest-decline = 拒绝

## The inbox
inbox-intro = 您的组织表达的意向，以及城市向其发出的邀请。接受邀请即可获得引荐。
inbox-none = 暂无内容。请从项目的“需求”标签页或搜索中打开一项需求，以表达意向。
inbox-need-gone = （已不可见）

## Reasons
reason-serves = 面向{ $place }
reason-domain = 属于{ $domain }领域
reason-any-domain = 资助所有领域
reason-words-strong = 描述与需求高度吻合
reason-words = 描述与需求有共同的词语
reason-references-near = { $count ->
   *[other] 在{ $place }有 { $count } 个部署案例
}
reason-references-network = { $count ->
   *[other] 在{ $network }的城市中有 { $count } 个部署案例
}
reason-price-fits = 价格 { $price }，符合 { $budget } 的预算
reason-price-above = 价格 { $price } 起，超出 { $budget } 的预算
reason-price-on-request = 价格面议
reason-speaks = 支持{ $languages }
reason-speaks-none = 不支持团队或该国的任何语言
reason-ticket-fits = { $amount } 在其单笔金额 { $range } 范围内
reason-instrument = 提供{ $instrument }
reason-practices = { $count ->
   *[other] 在{ $domain }领域发布了 { $count } 项最佳实践
}
reason-finished = { $count ->
   *[other] 在该领域完成了 { $count } 个项目
}
reason-same-country = 同在{ $place }
reason-same-region = 同在{ $place }
reason-distance = 相距 { $count } 公里
reason-shared-network = 同为{ $network }成员
reason-writes = 案例撰写语言：{ $languages }

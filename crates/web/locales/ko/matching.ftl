# Matchmaking: the catalogue of solutions and financing offers, a project's needs, ranked
# candidates with their reasons, interests, invitations and introductions.

nav-solutions = 솔루션
matching-title = 매칭
matching-sections = 매칭 메뉴
solutions-title = 솔루션
offers-title = 금융 지원 제안
inbox-title = 관심 표명 및 초대
search-kind-solution = 솔루션
search-kind-offer = 금융 지원 제안
search-kind-need = 수요
driver-tab-needs = 수요

## The catalogue
solutions-intro = 기업이 도시에 제공하는 솔루션입니다. 솔루션마다 판매 지역, 가격, 지원 언어, 구축 사례를 확인할 수 있습니다.
offers-intro = 개발협력기관, 은행, 기금이 제공하는 금융 지원입니다. 금융 수단, 대상 국가와 분야, 지원 규모, 조건을 확인할 수 있습니다.
solution-new = 솔루션 게시
offer-new = 금융 지원 제안 게시
catalogue-q = 검색어
catalogue-any = 전체
catalogue-country = 제공 국가
solutions-count = { $count ->
   *[other] 솔루션 { $count }개
}
offers-count = { $count ->
   *[other] 금융 지원 제안 { $count }건
}
solutions-none = 아직 게시된 솔루션이 없습니다.
offers-none = 아직 게시된 금융 지원 제안이 없습니다.
catalogue-none-filtered = 이 필터 조건에 맞는 항목이 없습니다. 필터를 하나 해제하면 더 많은 항목을 볼 수 있습니다.
catalogue-serves = 제공 지역
offer-eligible = 대상 지역:
served-more = { $count ->
   *[other] {" "}외 { $count }곳
}
price-model-purchase = 구매
price-model-subscription = 구독
price-model-ppp = 민관협력사업
instrument-grant = 보조금
instrument-loan = 대출
instrument-guarantee = 보증
instrument-equity = 지분 투자
solution-price = 가격
solution-price-on-request = 가격 별도 문의
solution-languages = 지원 언어
solution-references = 구축 사례
solution-references-none = 아직 등록된 구축 사례가 없습니다.
reference-city = 도시
reference-year = 연도
reference-results = 성과
reference-practice = 우수 사례
reference-case = 사례 보기
catalogue-edit = 편집
catalogue-delete = 삭제
offer-domains = 분야
offer-every-domain = 모든 분야
offer-ticket = 지원 규모
offer-terms = 조건

## The publishers' forms
catalogue-list-solutions = 솔루션
catalogue-list-offers = 금융 지원 제안
catalogue-new-solutions = 솔루션 게시
catalogue-new-offers = 금융 지원 제안 게시
catalogue-edit-solutions = 솔루션 편집
catalogue-edit-offers = 금융 지원 제안 편집
catalogue-help-solutions = 솔루션은 귀하가 편집을 담당하는 기업이 게시합니다. 판매 지역(국가 또는 지역 전체), 가격 범위, 지원 언어를 입력하십시오. 제공 지역 밖에 있는 도시에는 이 솔루션이 순위에 표시되지 않습니다.
catalogue-help-offers = 금융 지원 제안은 귀하가 편집을 담당하는 기관이 게시합니다. 지정한 국가 또는 지역에 있고, 선택한 분야에 해당하며, 지원 규모 범위 안에 드는 프로젝트에만 이 제안이 순위에 표시됩니다.
catalogue-org-solutions = 기업(식별자)
catalogue-org-offers = 재원 제공 기관(식별자)
catalogue-field-title = 제목
catalogue-field-description = 설명
catalogue-field-countries = 국가(ISO 코드, 쉼표로 구분)
catalogue-field-regions = 지역(UN 소지역)
catalogue-field-currency = 통화
offer-instrument = 금융 수단
offer-domains-help = 모든 분야를 대상으로 하려면 아무것도 선택하지 마십시오.
offer-ticket-min = 최소 지원 규모
offer-ticket-max = 최대 지원 규모
solution-price-min = 최저 가격
solution-price-max = 최고 가격
solution-price-model = 가격 모델
solution-languages-help = ISO 639 코드(예: en, id, vi, th, ko, ja, zh, fr).
solution-references-help = 한 줄에 구축 사례 하나씩 입력합니다: 도시 식별자 | 연도 | 성과 | 우수 사례 식별자(마지막 세 항목은 비워 둘 수 있음).

## A project's needs
needs-title = 수요
needs-intro = 프로젝트가 찾고 있는 것입니다. 도입할 솔루션, 배울 점이 있는 참고 도시, 또는 재원일 수 있습니다. 수요마다 후보의 순위와 그 이유가 표시됩니다.
needs-none = 이 프로젝트에는 아직 등록된 수요가 없습니다.
needs-see-candidates = 후보 보기
needs-add = 수요 추가
needs-suggested = 계획과 사업성 분석에서 제안된 수요
needs-suggested-help = 솔루션이 정해지지 않은 유스케이스, 프로젝트 분야의 참고 도시, 사업성 분석에 따라 필요한 자금입니다.
needs-add-suggested = { $count ->
   *[other] 제안된 수요 { $count }건 추가
}
needs-interests = 관심 표명, 초대 및 소개
needs-interests-help = 관심 표명이나 초대가 수락되면 소개가 이루어집니다. 양측에 이메일이 발송되며, 그 기록은 여기에 남습니다.
need-kind = 프로젝트가 찾는 것
need-kind-solution = 솔루션
need-kind-peer = 참고 도시
need-kind-funding = 재원
need-status = 상태
need-status-open = 진행 중
need-status-closed = 종료
need-funding = 재원
need-funding-help = 재원 수요에만 해당합니다. 필요한 금액과, 원하는 경우 수용 가능한 금융 수단을 입력하십시오.
need-amount = 필요 금액

## A need's candidates
candidates-title-solution = 솔루션 순위
candidates-title-peer = 배울 점이 있는 참고 도시
candidates-title-funding = 프로젝트가 지원 대상이 되는 금융 지원 제안
candidates-help-solution = 프로젝트가 속한 국가나 지역에서 판매되는 솔루션만 표시됩니다. 점수에는 설명의 일치도, 분야, 인근 지역과 도시가 속한 네트워크에서의 구축 사례, 예산 대비 가격, 언어가 반영됩니다.
candidates-help-peer = 프로젝트 분야에서 우수 사례를 공개했거나 프로젝트를 완료한 도시입니다. 가깝고 비슷한 도시가 먼저 표시됩니다.
candidates-help-funding = 수요가 국가, 분야, 지원 규모, 금융 수단 조건을 모두 충족하는 제안만 표시됩니다.
candidates-count = { $count ->
    [0] 조건에 맞는 후보 없음
   *[other] 조건에 맞는 후보 { $count }건
}
candidates-none = 아직 이 수요의 자격 요건을 충족하는 후보가 없습니다. 요건을 충족하는 솔루션이나 제안이 게시되면 여기에 표시됩니다.
candidate-score = 점수(100점 만점)
candidate-invite = 초대
interest-express = 관심 표명
interest-express-help = 프로젝트 소유자가 메시지를 받고 수락하거나 거절합니다. 관심 표명이 수락되면 이메일로 소개가 이루어집니다.
interest-send = 보내기
interest-sent = 관심 표명이 프로젝트 소유자에게 전송되었습니다.
invitation-sent = 초대가 전송되었습니다.
interest-yours = 내 관심 표명 및 초대
interest-need = 수요
interest-candidate = 후보
interest-from = 시작한 쪽
interest-from-candidate = 후보
interest-from-city = 도시
interest-status = 상태
interest-status-proposed = 답변 대기 중
interest-status-accepted = 소개 완료
interest-status-declined = 거절됨
interest-message = 메시지
interest-date = 날짜
interest-accept = 수락
interest-decline = 거절

## The inbox
inbox-intro = 귀하의 기관이 표명한 관심과 도시가 귀하의 기관에 보낸 초대입니다. 초대를 수락하면 소개가 이루어집니다.
inbox-none = 아직 없습니다. 관심을 표명하려면 프로젝트의 수요 탭이나 검색에서 수요를 여십시오.
inbox-need-gone = (더 이상 볼 수 없음)

## Reasons
reason-serves = { $place }에서 제공
reason-domain = { $domain } 분야
reason-any-domain = 모든 분야 지원
reason-words-strong = 설명이 수요와 잘 맞음
reason-words = 설명에 수요와 공통된 단어가 있음
reason-references-near = { $count ->
   *[other] { $place } 내 구축 사례 { $count }건
}
reason-references-network = { $count ->
   *[other] { $network } 소속 도시의 구축 사례 { $count }건
}
reason-price-fits = 가격 { $price }, 예산 { $budget }에 적합
reason-price-above = 최저 가격 { $price }, 예산 { $budget } 초과
reason-price-on-request = 가격 별도 문의
reason-speaks = { $languages } 지원
reason-speaks-none = 팀이나 해당 국가의 언어를 지원하지 않음
reason-ticket-fits = { $amount }, 지원 규모 { $range } 이내
reason-instrument = { $instrument } 제공
reason-practices = { $count ->
   *[other] { $domain } 분야의 공개된 우수 사례 { $count }건
}
reason-finished = { $count ->
   *[other] 해당 분야의 완료된 프로젝트 { $count }개
}
reason-same-country = 같은 국가({ $place })
reason-same-region = 같은 지역({ $place })
reason-distance = { $count }km 거리
reason-shared-network = 같은 { $network } 회원
reason-writes = 사례 작성 언어: { $languages }

# citydriver UI strings. Keys are shared by all five languages; see docs/ARCHITECTURE.md.

## Site
site-name = citydriver
site-tagline = 도시 네트워크를 위한 운영 플랫폼
nav-home = 홈
nav-directory = 디렉터리
nav-networks = 네트워크
nav-map = 지도
nav-admin = 관리
nav-account = 내 계정
nav-login = 로그인
nav-logout = 로그아웃
nav-language = 언어
skip-to-content = 본문 바로가기
footer-about = citydriver는 도시가 네트워크에서 찾은 파트너와 함께 스마트시티 프로젝트를 기획하고, 재원을 마련하고, 추진할 수 있도록 지원합니다.
footer-api = JSON API 및 OpenAPI 문서

## Home
home-title = 서로 배우는 도시들
home-intro = 네트워크 디렉터리입니다. 회원 도시, 기업, 기관, 정부 부처, 개발협력기관과 이들이 소속된 네트워크, 그리고 그 위치를 확인할 수 있습니다.
home-networks = 네트워크
home-organizations = { $count ->
   *[other] 기관 { $count }곳
}
home-members = { $count ->
   *[other] 회원 자격 { $count }건
}
home-open-directory = 디렉터리 열기
home-open-map = 지도에서 회원 보기

## Directory
directory-title = 디렉터리
directory-filter = 필터
directory-filter-kind = 유형
directory-filter-country = 국가
directory-filter-network = 네트워크
directory-filter-role = 역할
directory-filter-q = 이름 검색
directory-any = 전체
directory-apply = 적용
directory-clear = 필터 초기화
directory-results = { $count ->
    [0] 이 필터 조건에 맞는 기관이 없습니다.
   *[other] 기관 { $count }곳
}
directory-empty = 이 필터 조건에 맞는 기관이 없습니다. 필터를 하나 해제해 보십시오.
col-name = 이름
col-kind = 유형
col-country = 국가
col-region = 지역
col-network = 네트워크
col-role = 역할
col-since = 시작
col-until = 종료
col-organization = 기관
col-position = 직위
col-when = 일시
col-who = 수행자
col-action = 작업
col-target = 대상
col-outcome = 결과
col-details = 세부 정보
page-prev = 이전
page-next = 다음
page-of = { $pages }페이지 중 { $page }페이지

## Organization
org-kind = 유형
org-country = 국가
org-region = 지역
org-coordinates = 좌표
org-website = 웹사이트
org-description = 소개
org-names = 다른 언어 명칭
org-memberships = 네트워크
org-no-memberships = 이 기관의 네트워크 가입 기록이 없습니다.
org-people = 담당자
org-no-people = 이 기관에 등록된 담당자가 없습니다.
org-edit = 이 기관 정보 편집
org-new = 기관 추가
org-id = 식별자
org-id-help = 영문 소문자, 숫자, 하이픈만 사용할 수 있습니다. 비워 두면 영문 이름으로 자동 생성되며, 이후에는 변경할 수 없습니다.
org-saved = 저장되었습니다.
org-created = 기관이 추가되었습니다.
org-email-private = 이메일(편집자에게만 표시)
org-person-add = 담당자 추가
org-person-name = 이름
org-person-position = 직위
org-person-as-of = 기준 시점(연도, 연월 또는 날짜)
org-person-remove = 삭제
unknown = 알 수 없음
not-published = 비공개
fallback-note = 사용자 언어로는 제공되지 않아 다음 언어로 표시합니다: { $lang }
as-of = { $date } 기준

## Kinds
kind-local_government = 지방정부
kind-company = 기업
kind-institution = 기관
kind-ministry = 정부 부처
kind-development_agency = 개발협력기관
kind-academia = 학계
kind-ngo = NGO
kind-network_secretariat = 네트워크 사무국

## Roles
role-founding_member = 창립 회원
role-member = 회원
role-partner = 파트너
role-observer = 옵서버
role-pilot_city = 시범도시
role-secretariat = 사무국
role-regional_office = 지역 사무소

## Networks
networks-title = 네트워크
network-scope = 범위
network-status = 상태
network-founded = 설립
network-parent = 상위 네트워크
network-secretariat = 사무국
network-sub-networks = 하위 네트워크
network-members = 회원
network-no-members = 이 네트워크에는 아직 등록된 회원이 없습니다.
network-on-map = 이 회원들을 지도에서 보기
network-relation-sub_network = { $parent }의 하위 네트워크
network-relation-partner_network = { $parent }의 파트너 네트워크
network-new = 네트워크 추가
network-relation = 상위 네트워크와의 관계
network-relation-none = 없음
relation-sub_network = 하위 네트워크
relation-partner_network = 파트너 네트워크
network-member-add = 회원 추가
network-member-org = 기관 식별자
network-member-remove = 삭제
scope-global = 글로벌
scope-regional = 지역
scope-subregional = 소지역
scope-national = 국가
status-active = 활동 중
status-forming = 설립 추진 중

## Map
map-title = 회원 지도
map-all = 전체 기관
map-count = { $count ->
   *[other] 좌표가 확인된 기관 { $count }곳
}
map-missing = { $count ->
    [0] 표시된 모든 기관의 좌표가 확인되었습니다.
   *[other] 좌표가 확인되지 않은 기관 { $count }곳은 지도에 표시되지 않습니다.
}
map-credit = 육지 윤곽: Natural Earth(퍼블릭 도메인). 지도 서버 없이 이 사이트에서 직접 그렸습니다.
map-show = 표시
map-by-country = 하나씩 그리기에는 너무 많습니다. 원 하나가 한 나라이며 크기는 단체 수에 비례합니다. 원이나 목록의 줄을 누르면 디렉터리에서 그 단체들을 볼 수 있습니다.
map-country-count = { $count ->
   *[other] 단체 { $count }곳
}

## Accounts
login-title = 로그인
login-email = 이메일
login-password = 비밀번호
login-submit = 로그인
login-failed = 이메일 또는 비밀번호가 올바르지 않습니다.
login-throttled = 이 계정 또는 이 주소에서 로그인 실패가 너무 많습니다. { $seconds }초 후에 다시 시도하세요.
logout-submit = 로그아웃
signup-title = 계정 만들기
signup-invited-as = { $role } 역할로 초대되었습니다.
signup-editor-of = { $org }의 정보를 편집하게 됩니다.
signup-name = 이름
signup-password-help = 10자 이상 입력하십시오.
signup-submit = 계정 만들기
signup-invalid = 유효하지 않은 초대 링크입니다. 이미 사용되었거나, 만료되었거나, 잘못 입력되었습니다.
account-title = 내 계정
account-role = 역할
account-editor-of = 편집 담당 기관
account-tokens = API 토큰
account-token-name = 토큰 이름
account-token-scopes = 권한 범위
account-token-create = 토큰 생성
account-token-created = 새 토큰입니다. 지금 복사하십시오. 다시 표시되지 않습니다.
account-token-revoke = 폐기
account-token-revoked = 폐기됨
account-no-tokens = API 토큰이 없습니다.
role-admin = 관리자(사무국)
role-member-account = 회원

## Administration
admin-title = 관리
admin-invite = 사용자 초대
admin-invite-email = 이메일
admin-invite-role = 역할
admin-invite-org = 편집 담당 기관(식별자, 선택 사항)
admin-invite-submit = 초대장 만들기
admin-invite-created = 초대장이 생성되었습니다. 이 링크를 { $email } 주소로 보내십시오. 링크는 한 번만 사용할 수 있으며 14일 후 만료됩니다:
admin-users = 계정
admin-import = 기관 또는 회원 자격 가져오기
admin-import-format = 형식
admin-import-file = 파일
admin-import-submit = 가져오기
admin-import-done = 기관 { $orgs }곳과 회원 자격 { $members }건을 가져왔습니다.
admin-import-failed = 아무것도 가져오지 않았습니다. 다음 행을 수정한 후 다시 시도하십시오:
admin-import-format-orgs = 기관(CSV)
admin-import-format-members = 회원 자격(CSV)
admin-import-format-json = 기관 및 회원 자격(JSON)
admin-audit = 감사 로그
admin-audit-empty = 아직 기록된 내용이 없습니다.
outcome-ok = 완료
outcome-denied = 거부됨
line = 행

## Form
form-save = 저장
form-cancel = 취소
form-errors = 아래 표시된 항목을 수정하십시오.
form-required = 필수
form-name-in = 이름({ $lang })
form-description-in = 설명({ $lang })
form-choose = 선택…

## Errors
error-title = 문제가 발생했습니다
error-not-found = 존재하지 않는 페이지입니다.
error-not-found-detail = 주소가 잘못 입력되었거나, 해당 항목이 삭제되었을 수 있습니다.
error-forbidden = 이 작업을 수행할 권한이 없습니다.
error-unauthenticated = 먼저 로그인하십시오.
error-csrf = 이 양식이 만료되었거나 이 사이트에서 보낸 것이 아닙니다. 이전 페이지로 돌아가 페이지를 새로 고친 후 다시 시도하십시오.
error-invalid = 일부 항목이 올바르지 않습니다.
error-conflict = 이미 존재합니다.
error-throttled = 시도가 너무 많습니다. 잠시 후 다시 시도하세요.
error-internal = 예기치 않은 오류가 발생했습니다. 오류가 기록되었으니 잠시 후 다시 시도하십시오.
error-back-home = 홈페이지로 돌아가기
error-search = 사이트 검색

## Events
nav-events = 행사
events-title = 행사
events-upcoming = 예정된 행사
events-past = 지난 행사
events-none-upcoming = 발표된 예정 행사가 없습니다.
events-none-past = 지난 행사 기록이 없습니다.
event-when = 일시
event-time-not-published = 시간 비공개
event-in-utc = { $time } UTC
event-format = 형식
event-audience = 참가 대상
event-languages = 사용 언어
event-series = 시리즈
event-part = { $n }회차
event-parts = 시리즈 회차
event-organizations = 참여 기관
event-links = 관련 행사
event-ics = 내 캘린더에 추가(.ics)
event-registered = { $count ->
   *[other] 등록자 { $count }명
}
event-waiting = { $count ->
    [0] 대기자 명단에 아무도 없음
   *[other] 대기자 명단 { $count }명
}
event-capacity = { $count ->
   *[other] 정원 { $count }명
}
link-precursor_of = 다음 행사의 선행 행사
link-precursor_of-in = 선행 행사
link-follow_up_of = 다음 행사의 후속 행사
link-follow_up_of-in = 후속 행사
format-webinar = 웨비나
format-live_event = 생중계 행사
format-workshop = 워크숍
format-assembly = 총회
format-study_visit = 연수 방문
audience-public = 누구나 참가 가능
audience-network_members = { $value } 회원 전용
audience-country = { $value } 출신 참가자 전용
audience-invitation = 초청자 전용
orgrole-organizer = 주최
orgrole-co_organizer = 공동 주최
orgrole-presenter = 발표
orgrole-observer = 옵서버
attendee-participant = 참가자
attendee-observer = 옵서버
attendee-speaker = 연사
attendee-press = 언론
register-title = 참가 등록
register-name = 이름
register-email = 이메일
register-org = 기관(디렉터리 식별자)
register-org-name = 또는 기관명
register-country = 출신 국가
register-attendee-type = 참가 유형
register-submit = 등록
register-closed-over = 종료된 행사이므로 등록이 마감되었습니다.
register-closed-invitation = 초청자만 참가할 수 있는 행사입니다.
register-done-confirmed = 등록되었습니다. { $email } 주소로 확인 메일이 발송됩니다.
register-done-waitlisted = 행사 정원이 찼습니다. 대기자 명단에 등록되었으며, 자리가 나면 { $email } 주소로 알려 드립니다.
register-done-pending = 등록이 주최 측의 승인을 기다리고 있습니다. 결과는 { $email } 주소로 알려 드립니다.
register-link-by-mail = 등록 정보를 확인·변경·취소하는 링크와 온라인 행사의 참가 주소는 그 이메일로만 보내 드립니다.
register-repeated = { $email } 주소는 이미 이 행사에 등록되어 있습니다. 변경된 내용은 없습니다.
manage-title = 내 등록 정보
manage-status = 상태
manage-cancel = 등록 취소
manage-cancelled = 등록이 취소되었습니다.
manage-online = 온라인으로 참가
manage-link-note = 이 페이지의 주소를 보관해 두십시오. 이 주소에서 등록 정보를 확인하거나 등록을 취소할 수 있습니다.
reg-confirmed = 확정
reg-waitlisted = 대기자 명단 등록
reg-pending = 승인 대기 중
reg-cancelled = 취소됨
reg-rejected = 거절됨

## Events: more (issue 3)
event-interpretation = 통역 언어
event-registration-opens = 등록 시작
event-registration-closes = 등록 마감
event-speakers = 연사
speaker-live = 실시간
speaker-prerecorded = 사전 녹화
event-recordings = 녹화 자료
event-transcripts = 녹취록
transcript-sample-tag = 샘플
register-invited-as = { $email } 주소로 발송된 초대장을 통해 등록합니다. 이 주소는 변경할 수 없습니다.
register-time-zone = 시간대(이메일에 표시되는 시간 기준)
register-not-open = 등록은 { $when }에 시작됩니다.
register-closed-window = 등록이 마감되었습니다.
manage-change = 등록 정보 변경
manage-lang = 이메일 언어
manage-save = 변경 사항 저장
manage-changed = 등록 정보가 변경되었습니다.
events-all = 전체 행사
events-feed = 캘린더 피드(.ics)
search-submit = 검색
transcript-title = 녹취록
transcript-sample-note = 공개된 사실을 바탕으로 citydriver 데모용으로 작성한 샘플입니다. 실제 발언을 기록한 것이 아니며, 연결된 녹화 자료는 자동 생성된 신호음 트랙입니다.
transcript-other-langs = 다른 언어
transcript-recording = 녹화 자료
transcript-no-recording = 아직 연결된 녹화 자료가 없어 시간이 링크 없이 표시됩니다.
transcript-search = 녹취록 검색
transcript-show-all = 모든 행 보기
transcript-found = 전체 { $total }행 중 { $n }행에 검색어가 포함되어 있습니다.
transcript-none-found = 검색어가 포함된 행이 없습니다.
transcript-download = WebVTT로 다운로드
feed-personal-name = 내 citydriver 행사
account-feed = 내 캘린더 피드
account-feed-help = 캘린더 앱에서 이 주소를 구독하면 등록한 행사를 볼 수 있습니다. 이 주소를 아는 사람은 누구나 귀하의 행사를 볼 수 있으므로 다른 사람과 공유하지 마십시오.
organize-title = 주최 측 콘솔
organize-attendees = 참가자
organize-pending-count = { $count ->
   *[other] 승인 대기 { $count }명
}
organize-cancelled-count = { $count ->
   *[other] 취소 { $count }명
}
organize-all = 전체
organize-find = 이름, 이메일 또는 기관
organize-export = 참가자 명단 내보내기(CSV)
organize-no-attendees = 일치하는 참가자가 없습니다.
organize-org = 기관
organize-check-in = 체크인
organize-approve = 승인
organize-reject = 거절
organize-undo = 되돌리기
organize-invitations = 초대장
organize-invite = 초대장 보내기
organize-invite-csv = 또는 초대 대상자 CSV 파일
organize-invite-csv-help = 첫 행은 열 이름을 적은 헤더 행으로, email 열은 필수이며 name 열과 lang 열(en, ko, ja, zh-Hans, fr)은 선택 사항입니다. 잘못된 행이 하나라도 있으면 아무도 초대되지 않으며, 해당 행이 표시됩니다.
organize-invite-csv-submit = 파일의 모든 대상자 초대
organize-no-invitations = 아직 보낸 초대장이 없습니다.
organize-invited-at = 초대 일시
organize-registered = 등록 완료
organize-remove = 삭제
organize-person-id = 인물(디렉터리 식별자)
organize-topic = 주제
organize-mode = 발표 방식
organize-add-speaker = 연사 추가
organize-recording-url = 녹화 자료 주소(YouTube, Vimeo, 파일 등…)
organize-recording-title = 제목
organize-lang-tag = 언어(en, ja, ko…)
organize-add-recording = 녹화 자료 추가
organize-cues = { $count ->
   *[other] { $count }행
}
organize-transcript-recording = 연결할 녹화 자료
organize-transcript-file = WebVTT, SRT 또는 텍스트 파일
organize-import-transcript = 녹취록 가져오기
organize-decided = { $name }: { $status }.
organize-checked-in = { $name } 님의 체크인이 완료되었습니다.
organize-checked-in-undone = { $name } 님의 체크인이 취소되었습니다.
organize-invited = { $email } 주소로 초대장이 발송됩니다.
organize-invited-again = { $email } 주소는 이미 초대되었습니다. 이메일을 다시 보내지 않습니다.
organize-invited-csv = { $invited }명을 초대했습니다. { $already }명은 이미 초대되어 있었습니다(이메일을 다시 보내지 않음).
organize-speaker-added = { $name } 님이 연사로 추가되었습니다.
organize-speaker-removed = 연사가 삭제되었습니다.
organize-recording-added = 녹화 자료가 연결되었습니다.
organize-transcript-imported = 녹취록({ $lang })을 가져왔습니다. 총 { $n }행입니다.

## Events: where (issue 3)
event-where = 장소
attendance-online = 온라인
attendance-in_person = 대면
attendance-mixed = 대면 및 온라인
events-of-org = 참여 행사
events-of-network = 네트워크와 회원의 행사

## New events and series (issue 3)
new-event-title = 새 행사
new-event-belongs = 시리즈 및 주최 기관
new-event-no-series = — 단독 행사 —
new-event-part = 시리즈 회차 번호
new-event-organizer = 주최 기관(식별자)
new-event-co-organizers = 공동 주최 기관(식별자, 쉼표로 구분)
new-event-what = 내용
new-event-title-in = 제목
new-event-description = 설명(영어)
new-event-id = 식별자(a-z, 0-9, -만 사용 가능, 비워 두면 제목으로 자동 생성)
new-event-when = 일시
new-event-date = 날짜(현지 기준)
new-event-start = 시작 시간(현지 시간)
new-event-end = 종료 시간(현지 시간, 시작 시간보다 이르면 다음 날로 간주)
new-event-times-help = 시간이 아직 공개되지 않았다면 시작 시간과 종료 시간을 모두 비워 두십시오. 이 경우 행사에는 날짜만 표시됩니다.
new-event-time-zone = 시간대(IANA, 예: Asia/Tokyo)
new-event-venue = 주소(대면 행사인 경우)
new-event-online-url = 온라인 주소(등록이 확정된 참가자에게만 표시)
new-event-audience-public = 누구나
new-event-audience-network_members = 특정 네트워크 회원
new-event-audience-country = 특정 국가 출신 참가자
new-event-audience-invitation = 초청자 전용
new-event-audience-value = 참가 대상 네트워크 또는 국가(ISO 코드)
new-event-capacity = 정원(비워 두면 제한 없음)
new-event-moderated = 주최 측이 각 등록을 승인
new-event-reminder = 알림 이메일 발송 시점(시작 몇 분 전, 비워 두거나 0이면 발송하지 않음)
new-event-submit = 행사 만들기
new-series-title = 새 시리즈
new-series-name = 시리즈 이름
new-series-submit = 시리즈 만들기
new-series-created = { $id } 시리즈가 생성되었습니다. 이제 회차를 추가하십시오.
events-new = 새 행사

## Knowledge base (issue 4)
nav-practices = 사례
practices-title = 우수 사례
practices-intro = 도시가 직접 작성한 사례입니다. 무엇을 했는지, 어떤 문제를 해결했는지, 비용은 얼마나 들었는지 확인할 수 있습니다.
collections-title = 컬렉션
practice-new = 새 사례
practices-q = 제목 검색
facet-domain = 분야
facet-city = 도시
facet-year = 시작 연도
practices-count = { $count ->
    [0] 사례 없음
   *[other] 사례 { $count }건
}
practices-none = 이 필터 조건에 맞는 사례가 없습니다.
practice-draft = 초안
practice-draft-note = 초안입니다. 공개되기 전까지는 해당 도시의 편집자와 관리자만 볼 수 있습니다.
practice-edit = 사례 편집
practice-publish = 공개
practice-unpublish = 초안으로 되돌리기
practice-published = 사례가 공개되었습니다.
practice-unpublished = 사례가 다시 초안으로 전환되었습니다.
practice-city = 도시
practice-domain = 분야
practice-sdgs = 지속가능발전목표
practice-dates = 기간
practice-cost = 비용
practice-languages = 작성 언어
practice-problem = 문제
practice-solution = 해결 방안
practice-results = 성과
practice-not-documented = 아직 기록되지 않았습니다.
practice-partners = 파트너
practice-contacts = 담당자
practice-events = 발표된 행사
practice-links = 링크
practice-in-collections = 수록된 컬렉션
practice-form-help = 알고 있는 내용을 가능한 한 여러 언어로 입력하고, 나머지는 비워 두십시오(페이지에는 "아직 기록되지 않았습니다"로 표시됩니다). 새 사례는 공개하기 전까지 초안 상태로 유지됩니다.
practice-field-title = 제목
practice-field-summary = 요약
practice-field-problem = 문제
practice-field-solution = 해결 방안
practice-field-results = 성과
practice-started = 시작(2020, 2020-03 또는 2020-03-10)
practice-ended = 종료
domain-efficient_government = 효율적 정부
domain-emerging_technology = 신기술
domain-mobility = 모빌리티
domain-open_inclusive_city = 개방·포용 도시
domain-safe_city = 안전 도시
domain-sustainable_city = 지속가능 도시
domain-health = 보건
collections-none = 아직 컬렉션이 없습니다.
collection-feed = 이 컬렉션 구독(Atom 피드)
collection-empty = 이 컬렉션에는 아직 공개된 항목이 없습니다.
collection-date = 날짜
collection-measure = 조치
collection-practice = 사례
measure-testing = 검사
measure-tracing = 접촉자 추적
measure-citizen_information = 시민 정보 제공
measure-business_support = 기업 지원
measure-remote_services = 비대면 서비스
measure-supplies = 물자 공급
measure-other = 기타
event-practices = 발표된 사례

## Search (issue 4)
nav-search = 검색
search-title = 검색
search-label = 단어, 이름, 장소 — 다섯 개 언어 모두 사용 가능
search-help = 디렉터리, 행사, 녹취록 행, 사례, 컬렉션을 한 번에 검색합니다. 녹취록 행을 누르면 녹화 자료가 해당 시점에서 열립니다.
search-count = { $count ->
    [0] 결과 없음
   *[other] 결과 { $count }건
}
search-none = 이 검색어와 일치하는 공개 항목이 없습니다. 검색어 수를 줄이거나 다른 철자로 검색해 보십시오.
search-facet-kind = 유형
search-facet-lang = 언어
search-facet-country = 국가
search-facet-domain = 분야
search-facet-year = 연도
search-kind-organization = 기관
search-kind-network = 네트워크
search-kind-event = 행사
search-kind-cue = 녹취록 행
search-kind-practice = 사례
search-kind-collection = 컬렉션

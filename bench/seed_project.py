#!/usr/bin/env python3
"""Fills one public project through the JSON API with the issue's sizes: 200 risks, 300 tasks,
50 KPIs of 60 values each, 40 milestones and 30 stakeholders (illustrative bench data).
Usage: seed_project.py host:port token   (prints the project's id)"""
import http.client, json, sys, datetime

host, port = sys.argv[1].split(":")
token = sys.argv[2]
conn = http.client.HTTPConnection(host, int(port), timeout=60)


def call(method, path, body):
    conn.request(method, path, body=json.dumps(body),
                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    r = conn.getresponse()
    data = r.read()
    if r.status >= 300:
        sys.exit(f"{method} {path}: {r.status} {data[:300]!r}")
    return json.loads(data or b"null")


p = call("POST", "/api/v1/projects", {"city": "seoul", "id": "bench-large", "domain": "mobility",
         "visibility": "public", "titles": {"en": "Bench: a large project", "ko": "벤치: 큰 프로젝트"}})
pid = p["id"]
part = lambda kind, body: call("POST", f"/api/v1/projects/{pid}/parts/{kind}", {"body": body})
part("plan", {"problem": {"en": "A large project for the benchmark."}})
for i in range(30):
    part("stakeholder", {"name": {"en": f"Stakeholder {i}"}, "role": ["owner", "funder", "operator", "supplier", "regulator", "user"][i % 6]})
for i in range(200):
    part("risk", {"title": {"en": f"Risk {i}"}, "category": "technical", "likelihood": 1 + i % 5, "impact": 1 + (i // 5) % 5,
                  "residual_likelihood": 1, "residual_impact": 1})
for i in range(300):
    part("task", {"title": {"en": f"Task {i}"}, "status": ["todo", "doing", "done"][i % 3]})
start = datetime.date(2027, 1, 1)
for i in range(40):
    d = start + datetime.timedelta(days=20 * i)
    part("milestone", {"title": {"en": f"Milestone {i}"}, "baseline": d.isoformat(),
                       "planned": (d + datetime.timedelta(days=i % 7)).isoformat()})
for i in range(50):
    values = [{"date": (start + datetime.timedelta(days=30 * k)).isoformat(), "value": 100 - k * 0.5 - i * 0.1} for k in range(60)]
    part("kpi", {"name": {"en": f"KPI {i}"}, "unit": "%", "baseline": 100, "target": 50, "values": values})
print(pid)

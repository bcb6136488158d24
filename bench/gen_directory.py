#!/usr/bin/env python3
"""Writes a synthetic directory for the scale benchmark: N organizations (CSV, the import's
format) spread over 40 countries with coordinates near real cities, and memberships of a third
of them in the demo's networks. Synthetic on purpose: names are "City 00042" and so on, the
point is the size. Usage: gen_directory.py N out_dir"""
import csv, random, sys, os

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "."
random.seed(20201021)
# (country, lat, lon, weight): places the network's members come from.
PLACES = [
    ("KR", 37.57, 126.98, 12), ("JP", 35.68, 139.69, 10), ("CN", 30.57, 104.07, 8),
    ("ID", -6.2, 106.85, 6), ("VN", 21.03, 105.85, 5), ("TH", 13.75, 100.5, 4),
    ("MY", 3.14, 101.69, 4), ("PH", 14.6, 120.98, 4), ("FR", 48.86, 2.35, 4),
    ("US", 40.71, -74.0, 4), ("MX", 19.43, -99.13, 3), ("NG", 9.06, 7.49, 3),
    ("TR", 41.03, 28.98, 3), ("RU", 54.31, 48.4, 3), ("IN", 28.61, 77.21, 3),
    ("BR", -23.55, -46.63, 2), ("DE", 52.52, 13.4, 2), ("GB", 51.51, -0.13, 2),
    ("ES", 40.42, -3.7, 2), ("IT", 41.9, 12.5, 2), ("KH", 11.56, 104.92, 2),
    ("LA", 17.97, 102.6, 1), ("MM", 16.84, 96.17, 1), ("BN", 4.9, 114.94, 1),
    ("SG", 1.35, 103.82, 1), ("AU", -33.87, 151.21, 1), ("CA", 43.65, -79.38, 1),
    ("EG", 30.04, 31.24, 1), ("KE", -1.29, 36.82, 1), ("ZA", -26.2, 28.05, 1),
    ("AR", -34.6, -58.38, 1), ("CL", -33.45, -70.67, 1), ("CO", 4.71, -74.07, 1),
    ("PE", -12.05, -77.04, 1), ("SA", 24.71, 46.68, 1), ("AE", 25.2, 55.27, 1),
    ("MN", 47.89, 106.91, 1), ("KZ", 51.17, 71.43, 1), ("UZ", 41.3, 69.24, 1),
    ("NZ", -36.85, 174.76, 1),
]
KINDS = ["local_government"] * 5 + ["company"] * 3 + ["institution", "academia", "ngo"]
weights = [p[3] for p in PLACES]
os.makedirs(out, exist_ok=True)
ids = []
with open(os.path.join(out, "organizations.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "kind", "country", "region", "lat", "lon", "name_en", "name_ko", "name_ja"])
    for i in range(N):
        c, lat, lon, _ = random.choices(PLACES, weights)[0]
        oid = f"bench-org-{i:06d}"
        ids.append(oid)
        w.writerow([
            oid, random.choice(KINDS), c, "",
            f"{lat + random.gauss(0, 1.5):.4f}", f"{lon + random.gauss(0, 1.5):.4f}",
            f"Bench City {i:06d}", f"벤치 도시 {i:06d}", f"ベンチ都市 {i:06d}",
        ])
with open(os.path.join(out, "memberships.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["org", "network", "role", "since"])
    for oid in random.sample(ids, N // 3):
        w.writerow([oid, random.choice(["wego", "ascn", "sci-j", "neascn"]), "member", "2021"])
print(f"{N} organizations, {N // 3} memberships in {out}")

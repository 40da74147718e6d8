#!/usr/bin/env python3
"""Aggregates out/scores.json per territory into out/summary.csv (legacy batch script)."""
import csv
import json
import os

HOME = os.environ.get("LEGACY_SCRIPT_HOME", "/opt/scoring")

with open(HOME + "/out/scores.json") as f:
    records = json.load(f)["records"]

by_territory = {}
for r in records:
    by_territory.setdefault(r["territory"], []).append(r)

with open(HOME + "/out/summary.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["territory", "opportunities", "avg_score", "tier_a", "tier_b", "tier_c", "pipeline_value_usd"])
    for territory in sorted(by_territory):
        recs = by_territory[territory]
        tiers = [r["tier"] for r in recs]
        avg = round(sum(r["score"] for r in recs) / len(recs), 4)
        value = round(sum(r["amount_usd"] for r in recs), 2)
        w.writerow([territory, len(recs), avg, tiers.count("A"), tiers.count("B"), tiers.count("C"), value])

print("summary written for %d territories" % len(by_territory))

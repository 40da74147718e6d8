"""Per-territory summary of scored opportunities (replaces scripts/core/export_summary.py)."""
import csv
from collections import defaultdict

COLUMNS = ["territory", "opportunities", "avg_score", "tier_a", "tier_b", "tier_c", "pipeline_value_usd"]


def summarize(records):
    groups = defaultdict(list)
    for record in records:
        groups[record["territory"]].append(record)
    rows = []
    for territory, recs in groups.items():
        tiers = [r["tier"] for r in recs]
        rows.append({
            "territory": territory,
            "opportunities": len(recs),
            "avg_score": round(sum(r["score"] for r in recs) / len(recs), 4),
            "tier_a": tiers.count("A"),
            "tier_b": tiers.count("B"),
            "tier_c": tiers.count("C"),
            "pipeline_value_usd": round(sum(r["amount_usd"] for r in recs), 2),
        })
    # largest pipeline first: the order the sales ops dashboard reads
    rows.sort(key=lambda row: (-row["pipeline_value_usd"], row["territory"]))
    return rows


def write_summary(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} territories to {path}")

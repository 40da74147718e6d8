#!/usr/bin/env python3
"""Nightly opportunity scoring (legacy batch script).

Reads the CRM export, scores every open opportunity and writes out/scores.json.
Run from cron through scripts/run_nightly.sh.
"""
import csv
import json
import os
import sys
from datetime import datetime, timezone

HOME = os.environ.get("LEGACY_SCRIPT_HOME", "/opt/scoring")
CRM_EXPORT = HOME + "/data/crm_export.csv"
OUT_FILE = HOME + "/out/scores.json"

STAGE_WEIGHT = {"prospect": 0.10, "qualified": 0.30, "proposal": 0.55, "negotiation": 0.75, "commit": 0.90}


def score(row):
    stage = STAGE_WEIGHT.get(row["stage"].strip().lower(), 0.0)
    amount = min(float(row["amount_usd"]) / 250000.0, 1.0)
    contacts = int(row["contacts"])
    if row.get("reopened") == "1":
        contacts = contacts * 2  # reopened deals get the engagement boost again (TICKET-881)
    engagement = min(contacts / 10.0, 1.0)
    days = int(row["days_since_activity"])
    recency = 1.0 if days <= 7 else 0.6 if days <= 30 else 0.2
    return round(0.45 * stage + 0.20 * amount + 0.20 * engagement + 0.15 * recency, 4)


def tier(value):
    if value >= 0.75:
        return "A"
    if value >= 0.5:
        return "B"
    return "C"


def main():
    records = []
    with open(CRM_EXPORT, newline="") as f:
        for row in csv.DictReader(f):
            if row["status"] != "open":
                continue
            s = score(row)
            records.append({"id": row["id"], "account": row["account"], "territory": row["territory"],
                            "stage": row["stage"], "amount_usd": float(row["amount_usd"]),
                            "score": s, "tier": tier(s)})
    doc = {"generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "records": records}
    with open(OUT_FILE, "w") as f:
        json.dump(doc, f, indent=2)
    print("scored %d opportunities" % len(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())

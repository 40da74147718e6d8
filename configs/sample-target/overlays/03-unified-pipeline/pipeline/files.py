"""Reading the CRM export and writing scores in the JSON shape of the legacy script."""
import csv
import json
from datetime import datetime, timezone


def read_open_opportunities(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if row["status"] == "open"]


def write_scores(records, path, now=None):
    generated_at = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"generated_at": generated_at, "records": records}, f, indent=2)

"""Opportunity scoring, ported from sandbox/scoring_v2.py.

The weights are the legacy batch script's; recency decay stays off (decay=False) until the parallel
run is signed off. Reopened deals are no longer boosted twice (TICKET-881).
"""
import math

STAGE_WEIGHT = {"prospect": 0.10, "qualified": 0.30, "proposal": 0.55, "negotiation": 0.75, "commit": 0.90}
WEIGHTS = {"stage": 0.45, "amount": 0.20, "engagement": 0.20, "recency": 0.15}
AMOUNT_CAP_USD = 250000.0
CONTACTS_CAP = 10
HALF_LIFE_DAYS = 14.0


def stage_factor(stage):
    return STAGE_WEIGHT.get(stage.strip().lower(), 0.0)


def amount_factor(amount_usd):
    return min(amount_usd / AMOUNT_CAP_USD, 1.0)


def engagement_factor(contacts):
    return min(contacts / CONTACTS_CAP, 1.0)


def recency_factor(days_since_activity, decay=False):
    if decay:
        return math.pow(0.5, days_since_activity / HALF_LIFE_DAYS)
    if days_since_activity <= 7:
        return 1.0
    if days_since_activity <= 30:
        return 0.6
    return 0.2


def score(opp, decay=False):
    value = (WEIGHTS["stage"] * stage_factor(opp["stage"])
             + WEIGHTS["amount"] * amount_factor(float(opp["amount_usd"]))
             + WEIGHTS["engagement"] * engagement_factor(int(opp["contacts"]))
             + WEIGHTS["recency"] * recency_factor(int(opp["days_since_activity"]), decay))
    return round(value, 4)


def tier(value):
    if value >= 0.75:
        return "A"
    if value >= 0.5:
        return "B"
    return "C"


def to_record(row, decay=False):
    """One output record, field for field the shape the legacy script wrote."""
    value = score(row, decay)
    return {"id": row["id"], "account": row["account"], "territory": row["territory"],
            "stage": row["stage"], "amount_usd": float(row["amount_usd"]),
            "score": value, "tier": tier(value)}

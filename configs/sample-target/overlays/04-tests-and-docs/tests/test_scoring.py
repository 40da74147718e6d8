import unittest

from pipeline import scoring


def opp(**overrides):
    row = {"id": "OPP-1", "account": "Acme Freight", "territory": "NA-East", "stage": "proposal",
           "amount_usd": "125000", "contacts": "4", "days_since_activity": "3", "status": "open"}
    row.update(overrides)
    return row


class ScoreTest(unittest.TestCase):
    def test_matches_the_legacy_weights(self):
        # 0.45 * 0.55 + 0.20 * 0.5 + 0.20 * 0.4 + 0.15 * 1.0
        self.assertAlmostEqual(scoring.score(opp()), 0.5775, places=4)

    def test_amount_is_capped(self):
        self.assertEqual(scoring.amount_factor(1_000_000), 1.0)

    def test_unknown_stage_scores_zero(self):
        self.assertEqual(scoring.stage_factor("closed-won"), 0.0)

    def test_step_recency_by_default(self):
        self.assertEqual([scoring.recency_factor(d) for d in (7, 30, 31)], [1.0, 0.6, 0.2])

    def test_decay_halves_after_the_half_life(self):
        self.assertAlmostEqual(scoring.recency_factor(14, decay=True), 0.5)

    def test_tiers(self):
        self.assertEqual([scoring.tier(v) for v in (0.8, 0.5, 0.49)], ["A", "B", "C"])

    def test_reopened_deals_are_not_boosted_twice(self):
        self.assertEqual(scoring.score(opp(reopened="1")), scoring.score(opp()))


if __name__ == "__main__":
    unittest.main()

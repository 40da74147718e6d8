import unittest

from pipeline import summary

RECORDS = [
    {"territory": "EMEA-DACH", "score": 0.8, "tier": "A", "amount_usd": 200000.0},
    {"territory": "EMEA-DACH", "score": 0.4, "tier": "C", "amount_usd": 50000.0},
    {"territory": "NA-West", "score": 0.6, "tier": "B", "amount_usd": 300000.0},
]


class SummaryTest(unittest.TestCase):
    def test_one_row_per_territory_largest_pipeline_first(self):
        rows = summary.summarize(RECORDS)
        self.assertEqual([r["territory"] for r in rows], ["NA-West", "EMEA-DACH"])

    def test_averages_and_tier_counts(self):
        dach = summary.summarize(RECORDS)[1]
        self.assertEqual((dach["opportunities"], dach["avg_score"]), (2, 0.6))
        self.assertEqual((dach["tier_a"], dach["tier_b"], dach["tier_c"]), (1, 0, 1))


if __name__ == "__main__":
    unittest.main()

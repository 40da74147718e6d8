import csv
import json
import os
import tempfile
import unittest

from pipeline import cli, settings

FIELDS = ["id", "account", "territory", "stage", "amount_usd", "contacts", "days_since_activity", "status"]
ROWS = [
    ["OPP-1", "Acme Freight", "NA-East", "proposal", "125000", "4", "3", "open"],
    ["OPP-2", "Borealis Foods", "EMEA-Nordics", "commit", "310000", "12", "40", "open"],
    ["OPP-3", "Cobalt Mining", "APAC-ANZ", "qualified", "90000", "2", "12", "won"],
]


class PipelineRunTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        with open(os.path.join(self.dir.name, "crm_export_2026-10-19.csv"), "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(FIELDS)
            writer.writerows(ROWS)
        self.cfg = settings.Settings(self.dir.name, self.dir.name, "2.0.0", "postgresql://localhost/test")

    def tearDown(self):
        self.dir.cleanup()

    def test_scores_only_open_opportunities(self):
        self.assertEqual(cli.run(self.cfg, "2026-10-19"), 2)
        with open(os.path.join(self.dir.name, "scores.json")) as f:
            doc = json.load(f)
        self.assertEqual([r["id"] for r in doc["records"]], ["OPP-1", "OPP-2"])
        self.assertIn("generated_at", doc)

    def test_writes_the_summary_beside_the_scores(self):
        cli.run(self.cfg, "2026-10-19")
        with open(os.path.join(self.dir.name, "summary.csv")) as f:
            rows = list(csv.DictReader(f))
        self.assertEqual([r["territory"] for r in rows], ["EMEA-Nordics", "NA-East"])


class SettingsTest(unittest.TestCase):
    def test_names_every_missing_variable(self):
        with self.assertRaisesRegex(RuntimeError, "SCORING_OUTPUT_DIR, SCORING_MODEL_VERSION"):
            settings.from_env({"SCORING_INPUT_DIR": "/in", "WAREHOUSE_URL": "postgresql://w/s"})


if __name__ == "__main__":
    unittest.main()

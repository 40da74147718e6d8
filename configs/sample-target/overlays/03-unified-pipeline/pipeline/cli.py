"""Entry point: python3 -m pipeline.cli --date YYYY-MM-DD"""
import argparse
import logging
import os
import sys

from pipeline import files, scoring, settings, summary

log = logging.getLogger("pipeline")


def run(cfg, run_date):
    source = os.path.join(cfg.input_dir, f"crm_export_{run_date}.csv")
    records = [scoring.to_record(row, cfg.recency_decay) for row in files.read_open_opportunities(source)]
    files.write_scores(records, os.path.join(cfg.output_dir, "scores.json"))
    summary.write_summary(summary.summarize(records), os.path.join(cfg.output_dir, "summary.csv"))
    log.info("scored %d opportunities for %s (model %s)", len(records), run_date, cfg.model_version)
    return len(records)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="pipeline", description="Score the open opportunities of one day.")
    parser.add_argument("--date", required=True, help="date of the CRM export, YYYY-MM-DD")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        run(settings.from_env(), args.date)
    except (OSError, RuntimeError) as e:
        log.error("run failed: %s", e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

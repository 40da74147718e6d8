"""Runtime settings from the environment (see .env.example); nothing is hard-coded."""
import os
from dataclasses import dataclass

REQUIRED = ("SCORING_INPUT_DIR", "SCORING_OUTPUT_DIR", "SCORING_MODEL_VERSION", "WAREHOUSE_URL")


@dataclass(frozen=True)
class Settings:
    input_dir: str
    output_dir: str
    model_version: str
    warehouse_url: str
    recency_decay: bool = False


def from_env(env=None):
    env = os.environ if env is None else env
    missing = [name for name in REQUIRED if not env.get(name)]
    if missing:
        raise RuntimeError("missing environment variables: " + ", ".join(missing))
    return Settings(
        input_dir=env["SCORING_INPUT_DIR"],
        output_dir=env["SCORING_OUTPUT_DIR"],
        model_version=env["SCORING_MODEL_VERSION"],
        warehouse_url=env["WAREHOUSE_URL"],
        recency_decay=env.get("SCORING_RECENCY_DECAY", "false").lower() == "true",
    )

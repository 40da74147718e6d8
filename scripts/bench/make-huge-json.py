#!/usr/bin/env python3
"""Builds a ~2 GB vs ~2.5 GB JSON pair from the large generated pair: COPIES copies of every record, each copy
with its own id prefix (ORD-<copy>-...), so keys stay unique and the expected counts are COPIES x the truth."""
import sys

src, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
for side in ("old", "new"):
    text = open(f"{src}/json_large_{side}.json").read().strip()
    assert text[0] == "[" and text[-1] == "]"
    body = text[1:-1].strip()
    with open(f"{out}/json_huge_{side}.json", "w") as f:
        f.write("[\n")
        for c in range(copies):
            if c:
                f.write(",\n")
            f.write(body.replace('"id": "ORD-', f'"id": "ORD-{c:02d}-'))
        f.write("\n]\n")

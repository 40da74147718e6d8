#!/usr/bin/env python3
"""Writes a deterministic tree of text files (with a few binary files and a .gitignore) for pattern-vs-rg.sh.

   make-bench-tree.py DIR [FILES] [TOTAL_MB]
"""
import os
import random
import sys

root, files, total_mb = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20000, \
    int(sys.argv[3]) if len(sys.argv) > 3 else 300
rnd = random.Random(20261104)
words = ("value result config sandbox import module table count index update handler request response "
         "session cache order client server payload record stream buffer window").split()
kinds = {
    "py": lambda: f"    {rnd.choice(words)} = {rnd.choice(words)}.{rnd.choice(words)}({rnd.randint(0, 999)})",
    "java": lambda: f"        {rnd.choice(words)}.{rnd.choice(words)}({rnd.choice(words)}, {rnd.randint(0, 99)});",
    "md": lambda: " ".join(rnd.choice(words) for _ in range(rnd.randint(6, 14))),
    "txt": lambda: " ".join(rnd.choice(words) for _ in range(rnd.randint(3, 10))),
}
specials = ["import app.sandbox.client as sc", "# TODO remove after cutover", "// FIXME flaky",
            "from app import sandbox  # not a match"]
per_file = total_mb * 1024 * 1024 // files
os.makedirs(root, exist_ok=True)
with open(os.path.join(root, ".gitignore"), "w") as f:
    f.write("ignored/\n*.tmp\n")
for i in range(files):
    ext = ("py", "java", "md", "txt")[i % 4]
    folder = os.path.join(root, f"pkg{i % 50:02d}", f"mod{i % 7}")
    os.makedirs(folder, exist_ok=True)
    make = kinds[ext]
    size, lines = 0, []
    while size < per_file:
        line = rnd.choice(specials) if rnd.random() < 0.002 else make()
        lines.append(line)
        size += len(line) + 1
    with open(os.path.join(folder, f"f{i:05d}.{ext}"), "w") as f:
        f.write("\n".join(lines) + "\n")
for i in range(10):
    with open(os.path.join(root, f"pkg{i:02d}", f"blob{i}.bin"), "wb") as f:
        f.write(b"\0" + b"TODO binary\n" * 1000)
os.makedirs(os.path.join(root, "ignored"), exist_ok=True)
for name in ("ignored/a.py", "pkg00/x.tmp"):
    with open(os.path.join(root, name), "w") as f:
        f.write("TODO ignored\n" * 100)

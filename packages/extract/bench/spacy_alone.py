"""Baseline for `pnpm bench:extract`: spaCy's own pipeline alone on the bench texts, nothing else.

Reads {"texts": [...]} from stdin, loads the model exactly as the parse worker does, warms up on one text, then
runs nlp.pipe over all texts (same batch size as the worker) and prints the CPU seconds of that loop (this
process, all threads) and its wall time as one JSON line. No encoding, no JSON of the parses: the pure parse.
"""

import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from parse_worker import load_model  # noqa: E402  (the worker's own model choice)


def main():
    texts = json.load(sys.stdin)["texts"]
    nlp, name, spacy_version = load_model()
    for _ in nlp.pipe(texts[:1]):
        pass
    cpu0, wall0 = time.process_time(), time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=16):
        tokens += len(doc)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    print(json.dumps({"model": name, "spacyVersion": spacy_version, "cpuSeconds": cpu, "wallSeconds": wall, "tokens": tokens}))


if __name__ == "__main__":
    main()

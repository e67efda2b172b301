#!/usr/bin/env python3
"""Extraction speed: articles per second on one core, and with a process pool over all cores.

usage: bench/extract.py [CORPUS_DIR]   (default ../shared/benchmarks/polnear; all splits' text/*.txt)
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.extract import extract_article  # noqa: E402
from generator.model import Article  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "polnear"


def load(corpus: Path) -> list[Article]:
    files = sorted(corpus.glob("*/text/*.txt")) or sorted(corpus.glob("*.txt"))
    return [Article(stem=f.stem, text=f.read_text(encoding="utf-8"), published=date(2016, 6, 1)) for f in files]


def _one(article: Article) -> int:
    return len(extract_article(article, [])[0])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    articles = load(Path(a.corpus))
    if a.limit:
        articles = articles[: a.limit]
    if not articles:
        sys.exit(f"no articles under {a.corpus}")
    _one(articles[0])  # warm caches and compiled patterns
    t0 = time.perf_counter()
    n_statements = sum(_one(x) for x in articles)
    single = time.perf_counter() - t0
    chars = sum(len(x.text) for x in articles)
    print(f"articles={len(articles)} chars={chars} statements={n_statements}")
    print(f"one core: {len(articles) / single:.1f} articles/s ({chars / single / 1e6:.2f} MB/s)")
    workers = os.cpu_count() or 1
    t0 = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        sum(pool.map(_one, articles, chunksize=16))
    pooled = time.perf_counter() - t0
    print(f"pool of {workers}: {len(articles) / pooled:.1f} articles/s (incl. process start-up)")


if __name__ == "__main__":
    main()

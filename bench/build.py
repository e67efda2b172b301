"""Time Parley's whole chain on a synthetic corpus: `python bench/build.py [--articles N] [--work DIR] [--jobs J]`.

Steps, each from a clean state (see bench/README.md for what every figure means):

1. generate N articles with bench/corpus.py (reused when the work folder already has them);
2. extract serially (`--jobs 1`) and in parallel (`--jobs J`) into two content folders and
   compare them byte for byte;
3. render the parallel content into docs/;
4. `mkdocs build --strict` into site/, with a config that inherits the repository's mkdocs.yml;
5. measure the site: size, largest HTML page, search index, peak memory;
6. edit one review file (a note on one statement), render again, and list what changed;
7. the CI rebuild after a merge: content/ already there, `extract --new-only` (nothing new) and
   a cold render into an empty docs folder, each with every in-process cache dropped first; the
   render's own stages (read and check content/, make the pages, write them) are timed too.

`--profile` also writes cProfile statistics of render and of the MkDocs build to the work folder
and prints their top entries. `--no-mkdocs` stops after rendering. Results go to stdout as a
table and to WORK/results.json.
"""
from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import hashlib
import io
import json
import os
import platform
import pstats
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus as corpus_gen  # noqa: E402
from generator import pipeline  # noqa: E402
from generator.cli import site_settings  # noqa: E402

TARGETS = {
    "chain_s": ("whole chain (extract + render + mkdocs)", 60.0, "s"),
    "pre_share": ("extract + render / mkdocs build", 0.10, ""),
    "rebuild_share": ("CI rebuild: extract --new-only + render / mkdocs build", 0.10, ""),
    "edit_render_s": ("render after editing one statement", 1.0, "s"),
    "site_mb": ("site size", 150.0, "MB"),
    "largest_html_kb": ("largest HTML page", 600.0, "KB"),
    "search_index_mb": ("search index", 6.0, "MB"),
    "peak_mb": ("peak memory (largest process)", 1024.0, "MB"),
}


def maxrss_mb(usage) -> float:
    # Linux reports ru_maxrss in KiB (macOS in bytes).
    return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def ensure_corpus(n: int, seed: int, work: Path) -> Path:
    # named after the generator's source too, so a changed generator never reuses an old corpus
    version = hashlib.sha1(Path(corpus_gen.__file__).read_bytes()).hexdigest()[:8]
    articles = work / f"articles-{n}-seed{seed}-{version}"
    truth = articles / "truth.json"
    if truth.exists() and len(list(articles.glob("*.txt"))) == n:
        return articles
    if articles.exists():
        shutil.rmtree(articles)
    corpus_gen.generate(n, articles, seed)
    return articles


def write_mkdocs_config(work: Path, docs: Path, site: Path) -> Path:
    """A config that inherits the repository's mkdocs.yml with folders pointing into `work`."""
    config = work / "mkdocs.yml"
    config.write_text(
        "# Written by bench/build.py: the repository's settings, with docs and site in the work folder.\n"
        f"INHERIT: {json.dumps(str(ROOT / 'mkdocs.yml'))}\n"
        f"docs_dir: {json.dumps(str(docs))}\n"
        f"site_dir: {json.dumps(str(site))}\n"
        "theme:\n"
        f"  custom_dir: {json.dumps(str(ROOT / 'overrides'))}\n"
        f"hooks: [{json.dumps(str(ROOT / 'overrides' / 'parley_hooks.py'))}]\n",
        encoding="utf-8")
    return config


def forget_what_was_read() -> None:
    """Drop every in-process cache, so the next render reads, parses and validates content/ anew."""
    from generator import cache, render
    cache.clear()
    for memo in (render._environment, render._md_link, render._page_link, render.month_key):
        memo.cache_clear()
    gc.collect()  # a new process starts without the last render's garbage (its Jinja environment is a cycle)


def timed(func, *args, profile: Path | None = None, **kwargs):
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    result = func(*args, **kwargs)
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    if profiler:
        profiler.dump_stats(str(profile))
    return result, elapsed


def run_mkdocs(config: Path, profile: Path | None = None) -> tuple[float, float, str, int]:
    """`mkdocs build --strict` in a child process: (seconds, child peak MB, stderr, exit code)."""
    command = [sys.executable]
    if profile:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "mkdocs", "build", "--strict", "-f", str(config)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=config.parent, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, maxrss_mb(usage), output, child.returncode


def top_of_profile(path: Path, limit: int = 15, sort: str = "cumulative") -> str:
    out = io.StringIO()
    stats = pstats.Stats(str(path), stream=out)
    stats.strip_dirs().sort_stats(sort).print_stats(limit)
    lines = out.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(lines[start:start + limit + 1])


def site_metrics(site: Path) -> dict:
    files = [p for p in site.rglob("*") if p.is_file()]
    html = [p for p in files if p.suffix == ".html"]
    largest = max(html, key=lambda p: p.stat().st_size)
    index = site / "search" / "search_index.json"
    by_folder: dict[str, int] = {}
    for p in files:
        top = p.relative_to(site).parts[0] if len(p.relative_to(site).parts) > 1 else "(top)"
        by_folder[top] = by_folder.get(top, 0) + p.stat().st_size
    return {
        "site_files": len(files),
        "html_pages": len(html),
        "site_mb": sum(p.stat().st_size for p in files) / 1e6,
        "largest_html_kb": largest.stat().st_size / 1e3,
        "largest_html": largest.relative_to(site).as_posix(),
        "search_index_mb": index.stat().st_size / 1e6 if index.exists() else 0.0,
        "site_mb_by_folder": {k: round(v / 1e6, 2) for k, v in sorted(by_folder.items(), key=lambda kv: -kv[1])},
    }


def pick_statement(content: Path) -> tuple[str, str]:
    """The first statement of the most-quoted speaker: shown on the most pages."""
    corpus = pipeline.load_valid_corpus(content)
    counts: dict[str, int] = {}
    for record in corpus.statements:
        counts[record.speaker] = counts.get(record.speaker, 0) + 1
    top = max(sorted(counts), key=lambda s: counts[s])
    record = next(r for r in corpus.statements if r.speaker == top)
    return record.article, record.id


def with_note(review_text: str, statement_id: str, note: str) -> str:
    """A review file's text with a note on one statement, as a contributor would add it."""
    item = f"  - id: {statement_id}\n    note: {note}\n"
    empty = re.compile(r"^statements:[ \t]*(?:\[\][ \t]*)?(?:#.*)?\n(?![ \t]*-)", re.M)
    if empty.search(review_text):  # `statements: []` or an empty `statements:` as extract writes it
        return empty.sub("", review_text).rstrip("\n") + "\nstatements:\n" + item
    # a list with items already: add ours at its head
    return re.sub(r"^statements:[ \t]*\n", lambda m: m.group(0) + item, review_text, count=1, flags=re.M)


def edit_one_statement(content: Path, docs: Path, settings: dict) -> dict:
    """Set a note on one statement through its review file; re-render; see what changed."""
    stem, statement_id = pick_statement(content)
    review = content / "reviews" / f"{stem}.yaml"
    original = review.read_text(encoding="utf-8")
    shows_before = {name for name, data in tree_bytes(docs).items() if statement_id.encode() in data}
    before = mtimes(docs)
    time.sleep(0.02)  # let a rewrite show in the mtime even on coarse clocks
    review.write_text(with_note(original, statement_id, "Benchmark note, added by bench/build.py to time an edit."),
                      encoding="utf-8")
    changed, seconds = timed(pipeline.render, content, docs, settings)
    after = mtimes(docs)
    changed_names = sorted(p.relative_to(docs).as_posix() for p in changed)
    touched = sorted(name for name in after if before.get(name) != after[name])
    review.write_text(original, encoding="utf-8")  # leave the work folder as extract made it
    pipeline.render(content, docs, settings)
    return {
        "edit_statement": statement_id, "edit_review_file": str(review),
        "edit_render_s": seconds,
        "edit_changed": changed_names,
        "edit_pages_showing_statement": len(shows_before),
        "edit_changed_not_showing": [n for n in changed_names if n not in shows_before],
        "edit_untouched_kept_mtime": touched == changed_names,
    }


def ci_rebuild(articles: Path, content: Path, docs: Path, settings: dict, jobs: int) -> dict:
    """What CI runs after a merge: content/ is committed, so `parley extract --new-only` finds
    nothing new, then `parley render` into a fresh checkout's empty docs/. Each starts cold, as
    a new process would (every in-process cache dropped); MkDocs' time is the one measured above."""
    shutil.rmtree(docs, ignore_errors=True)
    before = tree_bytes(content)
    forget_what_was_read()
    changed, extract_s = timed(pipeline.extract, articles, content, new_only=True, jobs=jobs)
    forget_what_was_read()
    with stage_clock() as stages:
        _, render_s = timed(pipeline.render, content, docs, settings, jobs=jobs)
    shutil.rmtree(docs, ignore_errors=True)
    forget_what_was_read()
    return {"rebuild_extract_s": extract_s, "rebuild_render_s": render_s,
            **{f"rebuild_{name}_s": seconds for name, seconds in stages.items()},
            "rebuild_extract_changed": len(changed), "rebuild_content_unchanged": tree_bytes(content) == before}


@contextlib.contextmanager
def stage_clock():
    """Time the stages `pipeline.render` calls (read + check, make pages, write) while inside."""
    stages: dict[str, float] = {}
    names = {"load_valid_corpus": "load", "write_files": "write"}
    originals = {name: getattr(pipeline, name) for name in names}
    original_pages = pipeline.render_stage.render_site_incremental

    def clocked(func, name):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                stages[name] = stages.get(name, 0.0) + time.perf_counter() - start
        return run

    for name, label in names.items():
        setattr(pipeline, name, clocked(originals[name], label))
    pipeline.render_stage.render_site_incremental = clocked(original_pages, "pages")
    try:
        yield stages
    finally:
        for name, func in originals.items():
            setattr(pipeline, name, func)
        pipeline.render_stage.render_site_incremental = original_pages


def fmt(value, unit=""):
    if isinstance(value, float):
        return f"{value:,.2f}{(' ' + unit) if unit else ''}"
    return f"{value:,}{(' ' + unit) if unit else ''}" if isinstance(value, int) else str(value)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--work", type=Path, default=None,
                        help="work folder (default: a parley-bench folder in the temp directory)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="extraction workers")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-mkdocs", action="store_true", help="stop after rendering")
    parser.add_argument("--no-serial", action="store_true", help="skip the serial extraction and comparison")
    parser.add_argument("--profile", action="store_true", help="cProfile render and the MkDocs build")
    args = parser.parse_args(argv)
    import tempfile
    work = (args.work or Path(tempfile.gettempdir()) / f"parley-bench-{args.articles}").resolve()
    work.mkdir(parents=True, exist_ok=True)
    settings = site_settings(ROOT / "mkdocs.yml")
    r: dict = {"articles": args.articles, "jobs": args.jobs, "seed": args.seed, "work": str(work),
               "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
                          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, "
                          f"Python {platform.python_version()}"}

    articles, r["corpus_s"] = timed(ensure_corpus, args.articles, args.seed, work)
    content, serial, docs, site = (work / "content", work / "content-serial", work / "docs", work / "site")
    for folder in (content, serial, docs, site):
        shutil.rmtree(folder, ignore_errors=True)

    _, r["extract_s"] = timed(pipeline.extract, articles, content, jobs=args.jobs)
    r["extract_articles_per_s"] = args.articles / r["extract_s"]
    if not args.no_serial:
        _, r["extract_serial_s"] = timed(pipeline.extract, articles, serial, jobs=1)
        r["extract_serial_articles_per_s"] = args.articles / r["extract_serial_s"]
        a, b = tree_bytes(content), tree_bytes(serial)
        r["serial_equals_parallel"] = a == b
        r["serial_parallel_differing"] = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))[:10]

    corpus, problems = pipeline.load_corpus(content)
    r["statements"] = len(corpus.published())
    r["speakers"] = len({s.speaker for s in corpus.published()})
    r["check_problems"] = len(problems)
    if problems:
        print(f"content has {len(problems)} problem(s); the first ones:", file=sys.stderr)
        for problem in problems[:5]:
            print(f"  {problem}", file=sys.stderr)
        json.dump(r, sys.stdout, indent=1, default=str)
        return 1
    truth = json.loads((articles / "truth.json").read_text(encoding="utf-8"))
    r["planted_statements"] = sum(len(v) for v in truth["statements"].values())
    r["planted_speakers"] = len(truth["speakers"])
    del corpus
    forget_what_was_read()  # render from a cold start, as `parley render` in a new process

    profile = work / "render.prof" if args.profile else None
    _, r["render_s"] = timed(pipeline.render, content, docs, settings, profile=profile)
    md = [p for p in docs.rglob("*.md")]
    r["docs_files"] = sum(1 for p in docs.rglob("*") if p.is_file())
    r["docs_md_pages"] = len(md)
    r["docs_mb"] = sum(p.stat().st_size for p in docs.rglob("*") if p.is_file()) / 1e6
    largest_md = max(md, key=lambda p: p.stat().st_size)
    r["largest_md_kb"], r["largest_md"] = largest_md.stat().st_size / 1e3, largest_md.relative_to(docs).as_posix()

    if not args.no_mkdocs:
        config = write_mkdocs_config(work, docs, site)
        mk_profile = work / "mkdocs.prof" if args.profile else None
        r["mkdocs_s"], r["mkdocs_peak_mb"], output, code = run_mkdocs(config, mk_profile)
        r["mkdocs_exit"] = code
        (work / "mkdocs.log").write_text(output, encoding="utf-8")
        if code != 0:
            print(output[-3000:], file=sys.stderr)
        else:
            r.update(site_metrics(site))
        r["chain_s"] = r["extract_s"] + r["render_s"] + r["mkdocs_s"]
        r["pre_share"] = (r["extract_s"] + r["render_s"]) / r["mkdocs_s"]

    r.update(edit_one_statement(content, docs, settings))
    # last, as it drops the caches the edit's render (like `parley serve`'s) relies on
    r.update(ci_rebuild(articles, content, work / "docs-rebuild", settings, args.jobs))
    if "mkdocs_s" in r:
        r["rebuild_share"] = (r["rebuild_extract_s"] + r["rebuild_render_s"]) / r["mkdocs_s"]
    r["self_peak_mb"] = maxrss_mb(resource.getrusage(resource.RUSAGE_SELF))
    r["children_peak_mb"] = maxrss_mb(resource.getrusage(resource.RUSAGE_CHILDREN))
    r["peak_mb"] = max(r["self_peak_mb"], r["children_peak_mb"])
    (work / "results.json").write_text(json.dumps(r, indent=1, default=str) + "\n", encoding="utf-8")
    report(r)
    if args.profile:
        print("\n## render, by cumulative time\n" + top_of_profile(work / "render.prof"))
        print("\n## render, by own time\n" + top_of_profile(work / "render.prof", sort="tottime"))
        if not args.no_mkdocs:
            print("\n## mkdocs build, by cumulative time\n" + top_of_profile(work / "mkdocs.prof", 25))
            print("\n## mkdocs build, by own time\n" + top_of_profile(work / "mkdocs.prof", 15, "tottime"))
    return 0 if r.get("mkdocs_exit", 0) == 0 else 1


def report(r: dict) -> None:
    rows = [
        ("machine", r["machine"], ""),
        ("articles / statements / speakers", f"{r['articles']:,} / {r['statements']:,} / {r['speakers']:,}",
         f"planted {r['planted_statements']:,} / {r['planted_speakers']:,}"),
        ("extract, parallel", f"{r['extract_s']:.2f} s ({r['extract_articles_per_s']:.0f} articles/s)", f"--jobs {r['jobs']}"),
    ]
    if "extract_serial_s" in r:
        rows += [("extract, serial", f"{r['extract_serial_s']:.2f} s ({r['extract_serial_articles_per_s']:.0f} articles/s)", "--jobs 1"),
                 ("serial == parallel content", "yes" if r["serial_equals_parallel"] else
                  f"NO: {', '.join(r['serial_parallel_differing'])}", "must be yes")]
    rows += [("render", f"{r['render_s']:.2f} s", f"{r['docs_md_pages']:,} pages, {r['docs_files']:,} files, {r['docs_mb']:.1f} MB"),
             ("largest Markdown page", f"{r['largest_md_kb']:.0f} KB", r["largest_md"])]
    if "mkdocs_s" in r:
        rows += [("mkdocs build --strict", f"{r['mkdocs_s']:.2f} s", f"exit {r['mkdocs_exit']}, peak {r['mkdocs_peak_mb']:.0f} MB")]
    if "rebuild_extract_s" in r:
        rows += [("CI rebuild: extract --new-only", f"{r['rebuild_extract_s']:.2f} s",
                  f"{r['rebuild_extract_changed']} file(s) changed, content "
                  + ("unchanged" if r["rebuild_content_unchanged"] else "CHANGED")),
                 ("CI rebuild: cold render", f"{r['rebuild_render_s']:.2f} s", "into an empty docs folder"),
                 ("  of which", f"read + check {r['rebuild_load_s']:.2f} s, pages {r['rebuild_pages_s']:.2f} s, "
                  f"writing {r['rebuild_write_s']:.2f} s", "")]
    if "site_mb" in r:
        rows += [("site", f"{r['site_files']:,} files, {r['html_pages']:,} HTML pages", ""),
                 ("largest site folders", ", ".join(f"{k} {v} MB" for k, v in list(r["site_mb_by_folder"].items())[:4]), "")]
    rows += [("edited statement", r["edit_statement"], f"shown on {r['edit_pages_showing_statement']} page(s)"),
             ("files changed by the edit", f"{len(r['edit_changed'])}: {', '.join(r['edit_changed'][:6])}"
              + (" ..." if len(r["edit_changed"]) > 6 else ""), ""),
             ("changed but not showing it", (f"{len(r['edit_changed_not_showing'])}: "
              + ", ".join(r["edit_changed_not_showing"][:6])) if r["edit_changed_not_showing"] else "none",
              "data downloads are expected here"),
             ("other files kept their mtime", "yes" if r["edit_untouched_kept_mtime"] else "NO", "must be yes")]
    for key, (label, limit, unit) in TARGETS.items():
        if key in r:
            value = r[key]
            share = key in ("pre_share", "rebuild_share")
            shown = f"{value:.1%}" if share else f"{value:,.2f} {unit}"
            target = f"{limit:.0%}" if share else f"{limit:g} {unit}"
            extra = f" ({r['largest_html']})" if key == "largest_html_kb" else ""
            rows.append((label, shown + extra, f"target < {target}: {'ok' if value < limit else 'OVER'}"))
    width = max(len(a) for a, _, _ in rows)
    print(f"\nParley benchmark: {r['articles']:,} articles, seed {r['seed']}, work folder {r['work']}\n")
    for label, value, note in rows:
        print(f"{label:<{width}}  {value}{('   [' + note + ']') if note else ''}")


if __name__ == "__main__":
    sys.exit(main())

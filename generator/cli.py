"""`parley` / `python -m generator`: a thin command line over `pipeline`."""
from __future__ import annotations

import argparse
import logging
import subprocess
import sys
from pathlib import Path

from . import pipeline
from .errors import InputError
from .linkcheck import broken_links

DEFAULT_ARTICLES = Path("seeds")
DEFAULT_CONTENT = Path("content")
DEFAULT_DOCS = Path("docs")
MKDOCS_CONFIG = Path("mkdocs.yml")


def cmd_extract(args) -> int:
    changed = pipeline.extract(args.articles, args.content, new_only=args.new_only, jobs=args.jobs)
    print(f"extract: {len(changed)} file(s) changed in {args.content}", file=sys.stderr)
    return 0


def cmd_check(args) -> int:
    problems = pipeline.check(args.content)
    for problem in problems:
        print(problem)
    print(f"check: {len(problems)} problem(s)" if problems else "check: no problems", file=sys.stderr)
    return 1 if problems else 0


def cmd_render(args) -> int:
    changed = pipeline.render(args.content, args.docs, site_settings(args.config))
    print(f"render: {len(changed)} page(s) changed in {args.docs}", file=sys.stderr)
    return 0


def cmd_build(args) -> int:
    cmd_render(args)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(args.config)]
    if args.site_dir:
        command += ["--site-dir", str(args.site_dir)]
    status = subprocess.call(command)
    if status:
        return status
    site_dir = args.site_dir or args.config.parent / (site_settings(args.config).get("site_dir") or "site")
    broken = broken_links(site_dir)
    for link in broken:
        print(f"broken link: {link}", file=sys.stderr)
    return 1 if broken else 0


def cmd_serve(args) -> int:
    cmd_render(args)
    return pipeline.serve(args.content, args.docs, args.config, site_settings(args.config), args.dev_addr,
                          full=args.full)


def cmd_export(args) -> int:
    sys.stdout.write(pipeline.export(args.content, args.format))
    return 0


def cmd_schema(args) -> int:
    from .write import write_files
    write_files(pipeline.schema_files(args.content))
    return 0


def site_settings(config: Path) -> dict:
    """The few mkdocs.yml settings pages need (repository links), read as plain YAML."""
    from .yamlio import load_yaml
    if not config.exists():
        return {}
    data = load_yaml(config.read_text(encoding="utf-8"), str(config)) or {}
    extra = data.get("extra") or {}
    return {"repo_url": data.get("repo_url"), "edit_branch": extra.get("edit_branch", "main"),
            "site_url": data.get("site_url"), "site_dir": data.get("site_dir")}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parley", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name, func, help_text):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--content", type=Path, default=DEFAULT_CONTENT, help="content folder (default: content)")
        p.set_defaults(func=func)
        return p

    p = command("extract", cmd_extract, "extract statements from articles into content/")
    p.add_argument("articles", nargs="?", type=Path, default=DEFAULT_ARTICLES,
                   help="folder of *.txt articles with *.meta.yaml sidecars (default: seeds)")
    p.add_argument("--new-only", action="store_true", help="only articles that have no records yet")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    command("check", cmd_check, "validate content/ against the schema and across files")
    for name, func, text in (("render", cmd_render, "write the Markdown pages into docs/"),
                             ("build", cmd_build, "render, then mkdocs build --strict"),
                             ("serve", cmd_serve, "render and preview the site, re-rendering on change")):
        p = command(name, func, text)
        p.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
        p.add_argument("--config", type=Path, default=MKDOCS_CONFIG)
        if name == "build":
            p.add_argument("--site-dir", type=Path, default=None)
        if name == "serve":
            p.add_argument("--dev-addr", default="127.0.0.1:8000")
            p.add_argument("--full", action="store_true",
                           help="MkDocs rebuilds every page on each change (default: only changed pages)")
    p = command("export", cmd_export, "print every statement as JSON or CSV")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    command("schema", cmd_schema, "write the JSON Schemas into content/schema/")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(format="%(message)s", level=logging.INFO)
    try:
        return args.func(args)
    except InputError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        print(f"parley {args.command}: stopped, {len(err.problems)} problem(s) to fix", file=sys.stderr)
        return 1

"""MkDocs hooks (loaded through `overrides/parley_hooks.py`, named in mkdocs.yml's `hooks:`).

Statements reach the pages as raw HTML blocks that `render` has already escaped and linked.
Python-Markdown would parse every one of them twice (MkDocs' anchor collector and its own
raw-HTML stash) only to pass them through unchanged, which was a third of the build. So
before conversion each block becomes a one-line placeholder paragraph, and afterwards the
block goes back in its place, byte for byte; the ids it holds are registered as the page's
anchors, so MkDocs still validates links to them (`validation: anchors`).
"""
from __future__ import annotations

import re
import secrets

# A statement (from its opening <div> to the first line that is only </div>) or a list of
# statement links; both start and end on lines of their own, as `_macros.md.j2` writes them.
_BLOCK = re.compile(r'^(?:<div class="parley-statement".*?^</div>|<ul class="parley-list">.*?^</ul>)$',
                    re.M | re.S)
_ID = re.compile(r'\sid="([^"]+)"')


def on_page_markdown(markdown: str, page, **_) -> str:
    blocks: list[str] = []
    token = f"parleyblock{secrets.token_hex(6)}n"

    def stash(match: re.Match) -> str:
        blocks.append(match.group(0))
        return f"\n{token}{len(blocks) - 1}\n"  # a paragraph of its own

    text = _BLOCK.sub(stash, markdown)
    page._parley_blocks = (token, blocks)
    return text


def _restore(blocks: list[str], html: str):
    # Python-Markdown ends a raw block with a newline unless the block ends the page.
    return lambda m: blocks[int(m.group(1))] + ("\n" if m.end() < len(html) else "")


def on_page_content(html: str, page, **_) -> str:
    token, blocks = getattr(page, "_parley_blocks", (None, ()))
    if not blocks:
        return html
    html = re.sub(rf"<p>{token}(\d+)</p>", _restore(blocks, html), html)
    if token in html:  # a block Markdown merged into a paragraph: a template bug, never hide it
        raise ValueError(f"{page.file.src_uri}: a statement block was not a paragraph of its own")
    if page.present_anchor_ids is not None:
        page.present_anchor_ids.update(i for block in blocks for i in _ID.findall(block))
    page._parley_blocks = None
    return html

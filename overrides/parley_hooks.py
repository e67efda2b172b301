# MkDocs loads this file through `hooks:` in mkdocs.yml (theme files named *.py are not copied
# into the site); the hooks themselves live in the generator package.
from generator.mkdocs_hooks import on_page_content, on_page_markdown  # noqa: F401

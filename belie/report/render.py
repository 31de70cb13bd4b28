"""Render a ReportContext as one self-contained HTML page or a Markdown file.

HTML autoescapes everything (document text can hold markup or script); the page has
inline CSS and an inline SVG, no script and no external resource. Markdown escapes the
characters that would become markup or break a table.
"""
from __future__ import annotations

import re
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from belie.report.context import ReportContext

__all__ = ["md_escape", "render_html", "render_markdown"]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#])")


def md_escape(value: object) -> str:
    """Text safe inside Markdown (and its tables): one line, markup characters escaped."""
    text = " ".join(str(value if value is not None else "").split())
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))


@lru_cache(maxsize=2)
def _env(kind: str) -> Environment:
    env = Environment(loader=PackageLoader("belie.report", "templates"), undefined=StrictUndefined,
                      autoescape=select_autoescape(["html"], default_for_string=kind == "html"),
                      trim_blocks=False, lstrip_blocks=False, keep_trailing_newline=True)
    env.filters["md"] = md_escape
    return env


def render_html(context: ReportContext) -> str:
    """One HTML page that needs no network to view."""
    return _env("html").get_template("report.html").render(ctx=context)


def render_markdown(context: ReportContext) -> str:
    return _env("md").get_template("report.md").render(ctx=context)

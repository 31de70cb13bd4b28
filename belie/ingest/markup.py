"""HTML fragments to plain text: block elements become line breaks, scripts are dropped."""
from __future__ import annotations

import html
import re

import lxml.etree
import lxml.html

__all__ = ["html_to_text", "looks_like_html"]

_BLOCKS = ("p", "div", "br", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "section",
           "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6")
_DROPPED = ("script", "style", "noscript", "template", "head")
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
_ANY_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not allowed in XML/lxml text


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text))


def html_to_text(markup: str) -> str:
    """Readable text of an HTML page or fragment; plain text passes through unescaped."""
    markup = _CONTROL.sub(" ", markup)
    if not looks_like_html(markup):
        return _tidy(html.unescape(markup))
    try:
        root = lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return _tidy(html.unescape(_TAG.sub(" ", markup)))
    return _tidy(_element_text(root))


def _element_text(root: lxml.html.HtmlElement) -> str:
    """Source line breaks collapse to spaces (outside <pre>); block ends become line breaks."""
    for element in list(root.iter(*_DROPPED)):
        element.drop_tree()
    for element in root.iter():
        if not _in_pre(element):
            element.text = _collapse(element.text)
        element.tail = _collapse(element.tail)
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return root.text_content()


def _in_pre(element: lxml.html.HtmlElement) -> bool:
    return element.tag == "pre" or any(a.tag == "pre" for a in element.iterancestors())


def _collapse(text: str | None) -> str | None:
    return _ANY_SPACE.sub(" ", text) if text else text


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()

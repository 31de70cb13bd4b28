"""Tiny input files for the ingest tests, written from scratch (public facts, own words)."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter


def front_matter_file(tmp_path: Path, name: str, body: str, **header: object) -> Path:
    """A text file with a YAML header made from `header` (values written as given)."""
    lines = [f"{key}: {value}" for key, value in header.items()]
    path = tmp_path / name
    path.write_text("---\n" + "".join(f"{line}\n" for line in lines) + "---\n" + body, encoding="utf-8")
    return path


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(pages: list[str], *, title: str | None = None, created: date | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica text line per page, optional /Title and /CreationDate."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for text in pages:
        content = f"BT /F1 12 Tf 72 720 Td ({_pdf_string(text)}) Tj ET".encode("latin-1")
        page_no = len(objects) + 1
        kids.append(f"{page_no} 0 R")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {page_no + 1} 0 R "
                       f"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>")
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content.decode('latin-1')}\nendstream")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    info = _info_dict(title, created)
    if info:
        objects.append(info)
    return _assemble(objects, info_ref=len(objects) if info else None)


def _info_dict(title: str | None, created: date | None) -> str:
    entries = []
    if title:
        entries.append(f"/Title ({_pdf_string(title)})")
    if created:
        entries.append(f"/CreationDate (D:{created:%Y%m%d}120000Z)")
    return f"<< {' '.join(entries)} >>" if entries else ""


def _assemble(objects: list[str], info_ref: int | None) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    info = f" /Info {info_ref} 0 R" if info_ref else ""
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def encrypted_pdf_bytes(text: str, password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes([text]))))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


ARTICLE_HTML = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Blast at Peshawar mosque | Frontier Desk</title>
<meta property="og:title" content="Blast at Peshawar police mosque">
<meta property="og:site_name" content="Frontier Desk">
<link rel="canonical" href="https://frontier.example/pk/peshawar-police-lines-mosque">
<meta property="article:published_time" content="2023-01-31T09:30:00+05:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/pk">Pakistan</a></nav>
<article>
<h1>Blast at Peshawar police mosque</h1>
<p>A suicide bomber struck a mosque inside the Police Lines compound in Peshawar during afternoon prayers
on Monday, provincial officials said, and the death toll rose above eighty overnight.</p>
<p>Police officers made up most of the dead. Investigators said the attacker had entered the guarded
compound wearing a police uniform.</p>
</article>
<footer>Frontier Desk, all rights reserved.</footer>
</body></html>
"""

FOOTER_ONLY_HTML = """<html><head><title>Notice</title></head>
<body><footer>Our Kabul bureau is closed for the Eid holiday.</footer></body></html>"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Region Monitor</title><link>https://monitor.example/</link>
<description>Security news</description>
<item>
  <title>Rally bombing in Bajaur</title>
  <link>https://monitor.example/2023/07/31/bajaur-rally</link>
  <guid>monitor-bajaur-1</guid>
  <pubDate>Mon, 31 Jul 2023 06:00:00 GMT</pubDate>
  <description>&lt;p&gt;Islamic State Khorasan Province said it carried out the bombing of a
  JUI-F election rally in Khar, Bajaur, on Sunday.&lt;/p&gt;</description>
</item>
<item>
  <title>Undated note</title>
  <link>https://monitor.example/notes/2022/09/embassy-note</link>
  <description>A suicide attack hit the Russian embassy in Kabul in September 2022.</description>
</item>
<item>
  <title>Empty item</title>
  <link>https://monitor.example/empty</link>
</item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Kabul Ledger</title>
  <id>urn:kabul-ledger</id>
  <updated>2021-08-27T10:00:00Z</updated>
  <entry>
    <title>Airport gate attack</title>
    <id>urn:kabul-ledger:1</id>
    <link href="https://ledger.example/airport-gate"/>
    <published>2021-08-26T18:00:00Z</published>
    <updated>2021-08-27T08:00:00Z</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;A bombing at Abbey Gate of Kabul airport killed
    thirteen US service members and many Afghan civilians.&lt;/p&gt;&lt;p&gt;ISKP claimed it.&lt;/p&gt;</content>
  </entry>
</feed>
"""

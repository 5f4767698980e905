"""Huge and hostile documents: each is analyzed or refused with a recorded reason, in bounded time and memory.

Every case runs `detente.engine.analyze` in a fresh interpreter, which reports its peak RSS
(`resource.getrusage`) and wall time. The bounds are generous on purpose: the guarantee is
"bounded", not fast (speed lives in benchmarks/).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from detente import errors
from detente.engine import AnalyzeOptions

from .conftest import measured

MAX_RSS_MB = 2048
#: the names a recorded reason may carry: InputError and its leaves, never "unexpected ..."
INPUT_ERRORS = {c.__name__ for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.InputError)}

ANALYZE = """
import json, sys
from detente.engine import analyze
from detente.store import Store
paths = {paths!r}
stdin = open({stdin!r}, "rb") if {stdin!r} else None
out = list(analyze(paths, stdin=stdin))
with Store({db!r}) as store:  # what was analyzed can be stored (no lone surrogates, NULs, ...)
    store.write(out)
result = [{{"source": a.source, "error": a.error and [a.error.type, a.error.message], "chars": a.article and len(a.article.text),
           "json": len(json.dumps(a.to_dict(), ensure_ascii=False).encode("utf-8"))}} for a in out]
"""


def run(paths: list[Path], tmp_path: Path, *, stdin: Path | None = None, timeout: float = 90):
    code = ANALYZE.format(paths=[str(p) for p in paths] + (["-"] if stdin else []), stdin=str(stdin) if stdin else "",
                          db=str(tmp_path / "out.duckdb"))
    got = measured(code, timeout=timeout)
    assert got.rss_mb < MAX_RSS_MB, f"peak RSS {got.rss_mb:.0f} MB"
    assert len(got.result) == len(paths) + bool(stdin), "every document gives exactly one Analysis"
    for one in got.result:
        assert one["error"] is None or one["error"][0] in INPUT_ERRORS, one
    return got


# -- the cases ----------------------------------------------------------------------------------

PARAGRAPH = "<p>Russia criticized China on Monday over trade, officials said in a long statement.</p>\n"


def big_page(path: Path) -> None:  # 50 MB, over the 20 MB read cap
    with open(path, "w") as f:
        f.write("<html><body><article>")
        for _ in range(50_000_000 // len(PARAGRAPH)):
            f.write(PARAGRAPH)
        f.write("</article></body></html>")


def gzip_bomb(path: Path, gigabytes: float = 1.0) -> None:
    """`gigabytes` of zeros in about a megabyte."""
    block = b"\0" * 1_000_000
    with gzip.open(path, "wb", compresslevel=6) as f:
        for _ in range(int(gigabytes * 1000)):
            f.write(block)


REFUSED = {
    "50 MB page": ("big.html", big_page, "TooLarge"),
    "50 MB page, gzipped": ("big.html.gz", lambda p: p.write_bytes(gzip.compress(b"<html><body>" + PARAGRAPH.encode() * 560_000, 1)), "TooLarge"),
    "gzip bomb (1 GB of zeros)": ("bomb.txt.gz", gzip_bomb, "TooLarge"),
    "a million words": ("words.txt", lambda p: p.write_text("Long read\n\n" + "\n\n".join(
        " ".join(f"minister{i % 97} said talks would resume" for i in range(k, k + 20)) + "." for k in range(0, 166_000, 20))),
        "TooLarge"),
    "a million short lines": ("lines.txt", lambda p: p.write_text("Lines\n\n" + "word and more\n" * 1_000_000), "TooLarge"),
    "100,000 nested <div>": ("nested.html", lambda p: p.write_text(
        "<html><body>" + "<div>" * 100_000 + PARAGRAPH * 3 + "</div>" * 100_000 + "</body></html>"), None),
    "100,000 unclosed inline tags": ("unclosed.html", lambda p: p.write_text(
        "<html><body>" + "<span><b><i><a>" * 25_000 + PARAGRAPH * 3 + "</body></html>"), None),
    "one tag with 300,000 attributes": ("attrs.html", lambda p: p.write_text(
        "<html><body><div " + " ".join(f'a{i}="{i}"' for i in range(300_000)) + ">" + PARAGRAPH * 3 + "</div></body></html>"),
        "TooLarge"),
    "a million tags": ("tags.html", lambda p: p.write_text("<html><body>" + "<p>x" * 1_000_000 + PARAGRAPH + "</body></html>"), "TooLarge"),
    "a 10 MB text node": ("node.html", lambda p: p.write_text(
        "<html><body><p>" + "Russia criticized China. " * 400_000 + "</p></body></html>"), None),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_huge_input_is_bounded(case, tmp_path):
    name, make, expected = REFUSED[case]
    path = tmp_path / name
    make(path)
    got = run([path], tmp_path, timeout=90)
    (one,) = got.result
    if expected:
        assert one["error"] and one["error"][0] == expected, one
    assert got.seconds < 60, f"{case}: {got.seconds:.1f} s"


def test_gzip_bomb_on_stdin_is_refused(tmp_path):
    bomb = tmp_path / "bomb.gz"
    gzip_bomb(bomb, 0.5)
    got = run([], tmp_path, stdin=bomb)
    assert got.result[0]["error"][0] == "TooLarge" and "gzip bomb" in got.result[0]["error"][1]


def test_article_at_the_length_cap_is_analyzed_in_bounded_memory(tmp_path, corpus_dir):
    """The longest text `AnalyzeOptions.max_chars` lets through is parsed under the memory bound."""
    cap = AnalyzeOptions().max_chars
    truth = json.loads((corpus_dir / "ground-truth.json").read_text("utf-8"))
    body = "\n\n".join(page["articleBody"] for page in truth.values())
    while len(body) < cap:
        body += "\n\n" + body
    path = tmp_path / "long.txt"
    path.write_text("A very long report\n\n" + body[: cap - 1_000].rsplit(" ", 1)[0] + ".", "utf-8")
    over = tmp_path / "over.txt"
    over.write_text("A very long report\n\n" + body[: cap + 1_000].rsplit(" ", 1)[0] + ".", "utf-8")
    got = run([path, over], tmp_path, timeout=240)
    at_cap, past_cap = got.result
    assert at_cap["error"] is None and at_cap["chars"] > cap - 2_000, at_cap
    assert past_cap["error"][0] == "TooLarge" and "max_chars" in past_cap["error"][1]
    assert got.seconds < 180, f"{got.seconds:.1f} s"


# -- wrong and mixed encodings ------------------------------------------------------------------

TEXT = ("Talks in Geneva\n\nRussia’s foreign minister criticized China on Monday in Genève, officials said, and the talks "
        "went on. Both delegations met again on Tuesday to discuss trade, energy and the border.\n")
HTML = f"<html><head><title>Talks</title></head><body><article><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"

ENCODINGS = {
    "utf8-then-cp1252.txt": TEXT.encode("utf-8") + TEXT.replace("’", "\x92").encode("latin-1", "replace"),
    "utf16le-no-bom.txt": TEXT.encode("utf-16-le"),
    "utf16-bom.html": HTML.encode("utf-16"),
    "utf32-bom.txt": TEXT.encode("utf-32"),
    "meta-says-shift_jis.html": HTML.replace("<head>", "<head><meta charset='shift_jis'>").encode("utf-8"),
    "meta-says-utf8-but-cp1252.html": HTML.replace("<head>", "<head><meta charset='utf-8'>").encode("cp1252", "replace"),
    "meta-says-utf7.html": HTML.replace("<head>", "<head><meta charset='utf-7'>").replace("<p>", "<p>+ADw-script+AD4-", 1).encode(),
    "meta-unknown-charset.html": HTML.replace("<head>", "<head><meta charset='x-no-such'>").encode("utf-8"),
    "utf8-bom-then-latin1.txt": b"\xef\xbb\xbf" + TEXT.replace("’", "'").encode("latin-1"),
    "nul-bytes.txt": TEXT.replace(" ", " \x00").encode("utf-8"),
    "lone-surrogates.txt": TEXT.encode("utf-8") + b"\xed\xa0\x80 and \xed\xbf\xbf more words here to read " * 3,
    "overlong-utf8.html": HTML.encode("utf-8").replace(b"<p>", b"<p>\xc0\xaf\xe0\x80\xaf", 1),
    "binary-png.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 200,
    "control-chars.txt": (TEXT + "".join(chr(c) for c in range(32)) * 5 + TEXT).encode("utf-8"),
    "cp1251-cyrillic.txt": ("Переговоры\n\n" + "Россия раскритиковала Китай в понедельник, заявили официальные лица. " * 4).encode("cp1251"),
    "gb18030.txt": ("会谈\n\n" + "俄罗斯外交部长周一在日内瓦批评了中国，官员们说。" * 6).encode("gb18030"),
}


def test_wrong_and_mixed_encodings_are_read_or_refused(tmp_path):
    paths = []
    for name, data in ENCODINGS.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    got = run(paths, tmp_path, timeout=120)
    by_name = {Path(one["source"]).name: one for one in got.result}
    assert set(by_name) == set(ENCODINGS)
    for name in ("binary-png.html", "nul-bytes.txt"):  # NUL bytes mean binary: refused, with that reason
        assert by_name[name]["error"][0] == "DecodeError" and "binary" in by_name[name]["error"][1]
    read = [name for name, one in by_name.items() if one["error"] is None]
    # the ordinary mistakes of the web are read, not refused
    for name in ("utf8-then-cp1252.txt", "utf16-bom.html", "meta-says-utf8-but-cp1252.html", "meta-unknown-charset.html",
                 "utf8-bom-then-latin1.txt", "lone-surrogates.txt", "overlong-utf8.html", "cp1251-cyrillic.txt", "gb18030.txt"):
        assert name in read, by_name[name]

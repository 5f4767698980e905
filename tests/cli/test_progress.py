"""The progress bar: count, percent, rate and ETA; redrawn at least every second on a terminal."""

import io
import json
import time

from detente.cli.main import main
from detente.cli.output import table
from detente.cli.progress import ProgressLine, count_lines


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_bar_says_count_rate_and_eta():
    bar = ProgressLine("ingested", total=10, stream=io.StringIO())
    time.sleep(0.05)
    bar.n = 4
    line = bar.line()
    assert line.startswith("ingested [") and "4/10 pages (40%)" in line and "pages/s" in line and "ETA " in line
    assert "ETA unknown" in ProgressLine("analyzed", stream=io.StringIO()).line()
    assert "sentences/s" in ProgressLine("coded", unit="sentences", stream=io.StringIO()).line()


def test_terminal_bar_is_redrawn_every_second_while_nothing_finishes():
    term = Terminal()
    bar = ProgressLine("ingested", total=100, stream=term)
    bar.update(1)
    time.sleep(3.2)  # a slow page: no update() call, the ticker still redraws (about 3 times)
    bar.done()
    draws = term.getvalue().count("\r")
    assert draws >= 3, term.getvalue()
    assert term.getvalue().endswith("\n")


def test_code_counts_sentences(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": str(i), "text": "Russia condemned Ukraine."}) for i in range(3)) + "\n")
    assert count_lines(str(src)) == 3 and count_lines("-") is None
    assert main(["code", str(src), "-o", str(tmp_path / "out.jsonl")]) == 0


def test_tables_fit_the_terminal_width():
    out = io.StringIO()
    rows = [{"date": "2019-11-20", "who": "USAGOV → CHN", "text": "word " * 60}]
    table(rows, ["date", "who", "text"], stream=out, width=60)
    assert max(len(line) for line in out.getvalue().splitlines()) <= 60
    assert "…" in out.getvalue()

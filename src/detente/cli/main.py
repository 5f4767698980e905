"""The `detente` command: thin doors over `detente.engine`, `detente.store` and `detente.analytics`.

Exit status: 0 all good, 1 some documents failed (they are recorded), 2 usage or setup error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

import duckdb

from .. import __version__
from ..errors import DetenteError
from ..events.confidence import DEFAULT_MIN_CONFIDENCE
from .output import FORMATS, HelpFormatter, emit, example, min_confidence, read_code
from .progress import ProgressLine

#: each command's help ends with one of these
EXAMPLES = {
    "analyze": ("detente analyze page.html -o page.jsonl",),
    "ingest": ("detente ingest examples/ --db news.duckdb",),
    "events": ("detente events --db news.duckdb --actor Russia --since 2019-11-01 --cameo 04",),
    "stats": ("detente stats --db news.duckdb",),
    "failures": ("detente failures --db news.duckdb --format csv",),
    "dyad": ("detente dyad CHN RUS --db news.duckdb --by month",),
    "relations": ("detente relations --db news.duckdb --limit 10",),
    "quotes": ("detente quotes --db news.duckdb --actor China --limit 5",),
    "serve": ("detente serve --db news.duckdb    # then open http://127.0.0.1:8000/",),
    "plot": ("detente plot dyad CHN RUS --db news.duckdb -o chn-rus.png",),
    "export": ("detente export --db news.duckdb --format gdelt-events -o events.tsv",),
    "code": ("detente code sentences.jsonl -o coded.jsonl",),
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _one_line_warnings()
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args) or 0
    except DetenteError as exc:
        print(f"detente: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return _interrupted()
    except (RuntimeError, duckdb.InterruptException) as exc:
        # Ctrl-C inside a DuckDB query surfaces as DuckDB's own error, not KeyboardInterrupt.
        if isinstance(exc, duckdb.InterruptException) or "interrupt" in str(exc).lower():
            return _interrupted()
        raise


def _one_line_warnings() -> None:
    """A user dictionary's skipped lines (DictionaryWarning) as one line on stderr, not a traceback-like pair."""
    import warnings

    from ..errors import DictionaryWarning

    shown = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, DictionaryWarning):
            print(f"detente: warning: {message}", file=sys.stderr)
        else:
            shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show


def _interrupted() -> int:
    print("detente: interrupted; every batch written before is stored, the one in flight was rolled back",
          file=sys.stderr)
    return 130


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="detente", description="Who did what to whom: news pages to coded events.",
                                formatter_class=HelpFormatter, epilog=example("detente ingest examples/ --db news.duckdb",
                                                                              "detente serve --db news.duckdb"))
    p.add_argument("--version", action="version", version=f"detente {__version__}")
    sub = p.add_subparsers(metavar="COMMAND")

    def cmd(name: str, func: Callable, help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help, formatter_class=HelpFormatter,
                            epilog=example(*EXAMPLES.get(name, ())) if name in EXAMPLES else None)
        sp.set_defaults(func=func)
        return sp

    def db(sp):
        sp.add_argument("--db", help="database file (default: $DETENTE_DB or ./detente.duckdb)")

    def dictionaries(sp):
        sp.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor dictionary (TABARI or detente format); repeatable")
        sp.add_argument("--agents", action="append", default=[], metavar="FILE", help="extra agent dictionary; repeatable")
        sp.add_argument("--verbs", action="append", default=[], metavar="FILE", help="extra verb dictionary (TABARI/PETRARCH format); repeatable")

    def reading(sp, *, confidence: bool = True):
        sp.add_argument("--format", choices=FORMATS, default="table", help="output: an aligned table, CSV or JSON Lines")
        if confidence:
            sp.add_argument("--min-confidence", type=min_confidence, default=DEFAULT_MIN_CONFIDENCE, metavar="X",
                            help="keep events the coder is at least this sure of, 0-1; 0 keeps all")

    def fetching(sp):
        sp.add_argument("--allow-private", action="store_true", help="allow URLs that resolve to private, loopback or link-local addresses")
        sp.add_argument("--timeout", type=float, default=30.0, help="read timeout per URL in seconds (default 30)")

    sp = cmd("analyze", _analyze, "analyze documents and write one JSON object per document (no database)")
    sp.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, URL, feed, WARC file, or - for stdin")
    sp.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    dictionaries(sp)
    fetching(sp)

    sp = cmd("ingest", _ingest, "analyze documents and store them in the database")
    sp.add_argument("inputs", nargs="+", metavar="INPUT")
    sp.add_argument("--force", action="store_true",
                    help="re-process documents already stored (default: skip them, so re-running resumes)")
    sp.add_argument("--skip-stored", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for old scripts
    sp.add_argument("--workers", type=int, metavar="N", help="worker processes (default: the number of cores)")
    sp.add_argument("--cluster", metavar="ADDRESS", help="run the analysis on a Dask cluster, e.g. tcp://HOST:8786")
    sp.add_argument("--parquet", metavar="DIR", help="afterwards, also write the store as a date-partitioned Parquet dataset")
    db(sp)
    dictionaries(sp)
    fetching(sp)

    sp = cmd("events", _events, "list stored events")
    db(sp)
    sp.add_argument("--actor", help="either side: a code (CHN, USAMIL) or a name (Russia); default: any")
    sp.add_argument("--source", help="the source side: a code or a name; default: any")
    sp.add_argument("--target", help="the target side: a code or a name; default: any")
    sp.add_argument("--dyad", help="two codes or names, e.g. CHN,RUS (either direction); default: any")
    sp.add_argument("--since", help="first day, YYYY-MM-DD; default: no bound")
    sp.add_argument("--until", help="last day, YYYY-MM-DD; default: no bound")
    sp.add_argument("--cameo", help="CAMEO code prefix, e.g. 19 or 041; default: any")
    sp.add_argument("--plover", help="PLOVER type, e.g. CONSULT; default: any")
    sp.add_argument("--modality", choices=["asserted", "negated", "future", "hypothetical"], help="default: any")
    sp.add_argument("--limit", type=int, help="at most this many events; default: all")
    reading(sp)

    sp = cmd("stats", _stats, "counts of articles, events, actors and failed documents")
    db(sp)
    reading(sp, confidence=False)
    sp.add_argument("--json", action="store_true", help="one JSON object (as --format jsonl)")

    sp = cmd("failures", _failures, "documents that could not be processed, with their reasons")
    db(sp)
    reading(sp, confidence=False)

    sp = cmd("dyad", _dyad, "how a relationship moves: events per period by quad class, mean Goldstein")
    db(sp)
    sp.add_argument("a", help="country or actor code, e.g. CHN")
    sp.add_argument("b", help="country or actor code, e.g. RUS")
    sp.add_argument("--by", choices=["day", "week", "month", "year"], default="month", help="one row per")
    sp.add_argument("--directed", action="store_true", help="only A -> B (default: both directions, counted apart)")
    reading(sp)
    sp.add_argument("--json", action="store_true", help="one JSON list of the periods, undated last")

    sp = cmd("quotes", _quotes, "who said what: stored quotes with their speakers")
    db(sp)
    sp.add_argument("--speaker", help="words of the speaker's name; default: any")
    sp.add_argument("--actor", help="the speaker's actor: a code (CHNGOV, USA) or a name (China); default: any")
    sp.add_argument("-q", "--words", help="words that must all appear in the quote; default: any")
    sp.add_argument("--limit", type=int, default=20, help="at most this many quotes")
    reading(sp, confidence=False)
    sp.add_argument("--min-confidence", type=min_confidence, default=0.0, metavar="X",
                    help="keep quotes whose speaker attribution is at least this sure, 0-1")

    sp = cmd("relations", _relations, "the most active relationships (country dyads) in the database")
    db(sp)
    sp.add_argument("--limit", type=int, default=20, help="how many dyads")
    reading(sp)
    sp.add_argument("--json", action="store_true", help="one JSON list")

    sp = cmd("serve", _serve, "serve the JSON API (/api, /docs) and the dashboard over the database")
    db(sp)
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sp.add_argument("--port", type=int, default=8000, help="port to listen on")
    sp.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN", help="allow browser reads from this origin; repeatable")
    sp.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                    help="also answer requests whose Host is NAME (besides the --host address, localhost and loopback "
                         "addresses; others get 400, against DNS rebinding); repeatable")

    sp = cmd("plot", _plot, "draw a chart to a file (PNG, SVG or PDF)")
    sp.add_argument("what", choices=["dyad"], help="the chart: dyad (events per quad class and mean Goldstein over time)")
    sp.add_argument("a", help="country or actor code, e.g. CHN")
    sp.add_argument("b", help="country or actor code, e.g. RUS")
    sp.add_argument("-o", "--output", required=True, help="chart file: .png, .svg or .pdf")
    sp.add_argument("--by", choices=["day", "week", "month", "year"], default="month", help="one bar per")
    sp.add_argument("--min-confidence", type=min_confidence, default=DEFAULT_MIN_CONFIDENCE, metavar="X",
                    help="keep events the coder is at least this sure of, 0-1")
    db(sp)

    sp = cmd("export", _export, "write the store as GDELT events/GKG, PLOVER, JSON Lines or Parquet")
    db(sp)
    sp.add_argument("--format", required=True, choices=["gdelt-events", "gdelt-mentions", "gdelt-gkg", "jsonl", "parquet", "plover"],
                    help="gdelt-mentions carries the event confidence (0-100) in its Confidence column")
    sp.add_argument("-o", "--output", required=True, metavar="OUT", help="file (- for stdout); a directory for parquet")
    sp.add_argument("--all-modalities", action="store_true",
                    help="GDELT/PLOVER: also export negated, future and hypothetical events (default: asserted only)")
    sp.add_argument("--min-confidence", type=min_confidence, default=DEFAULT_MIN_CONFIDENCE, metavar="X",
                    help="keep events the coder is at least this sure of, 0-1; 0 keeps all")

    from ..review.cli import register as review_command  # detente review confirm|reject|correct|add|...

    review_command(sub, HelpFormatter)

    sp = cmd("code", _code, "code sentences for evaluation: {id, text, date?} JSON Lines in, events out")
    sp.add_argument("input", help="JSON Lines file, or - for stdin")
    sp.add_argument("-o", "--output", help="JSON Lines file (default: stdout)")
    dictionaries(sp)
    return p


# -- commands -----------------------------------------------------------------------------------


def _options(args):
    from ..engine import AnalyzeOptions

    return AnalyzeOptions(actors_files=tuple(args.actors), agents_files=tuple(args.agents), verbs_files=tuple(args.verbs))


def _fetch(args):
    from ..ingest import FetchOptions

    return FetchOptions(allow_private=args.allow_private, read_timeout=args.timeout)


def _analyze(args) -> int:
    from ..engine import analyze

    from .progress import count_inputs

    failed = 0
    bar = ProgressLine("analyzed", total=count_inputs(args.inputs))
    with _open_out(args.output) as out:
        for i, a in enumerate(analyze(args.inputs, options=_options(args), fetch=_fetch(args), stdin=sys.stdin.buffer), 1):
            out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
            if a.error:
                failed += 1
                print(f"detente: {a.source}: {a.error.message}", file=sys.stderr)
            bar.update(i, failed)
    bar.done()
    return 1 if failed else 0


def _ingest(args) -> int:
    from ..cluster import RunOptions, default_workers
    from ..engine import ingest
    from ..store import default_path
    from .progress import count_inputs

    options = _options(args)
    total = count_inputs(args.inputs)
    workers = args.workers or default_workers()
    if total is not None:  # a pool for a handful of pages costs more than it saves
        workers = max(1, min(workers, -(-total // options.batch_size)))
    try:
        run = RunOptions(workers=workers, cluster=args.cluster)
    except ValueError as exc:
        raise DetenteError(f"--workers: {exc}") from exc
    bar = ProgressLine("ingested", total=total)

    def progress(p):
        for source, message in p.recent:
            print(f"detente: {source}: {message}", file=sys.stderr)
        bar.update(p.seen, p.failed)

    done = ingest(args.inputs, db=args.db, options=options, fetch=_fetch(args), stdin=sys.stdin.buffer,
                  skip_stored=not args.force, run=run, parquet=args.parquet, progress=progress)
    bar.done()
    print(
        f"{done.documents} documents: {done.stored} stored, {done.failed} failed, {done.skipped} already stored; "
        f"{done.events} events -> {default_path(args.db)}" + (f" and {args.parquet}" if args.parquet else "")
    )
    return 1 if done.failed else 0


def _export(args) -> int:
    from ..store import Store
    from ..store.export import ExportOptions, export

    with Store(args.db, read_only=True) as store:
        n = export(store, args.format, args.output,
                   options=ExportOptions(all_modalities=args.all_modalities, min_confidence=args.min_confidence))
    if args.output != "-":
        print(f"{n} {'rows' if args.format != 'jsonl' else 'documents'} -> {args.output}", file=sys.stderr)
    return 0


def _events(args) -> int:
    from ..engine import parse_date
    from ..store import EventFilter, Store, events

    parts = None
    if args.dyad:
        parts = [x.strip() for x in args.dyad.split(",") if x.strip()]
        if len(parts) != 2:
            raise DetenteError("--dyad takes two codes separated by a comma, e.g. CHN,RUS")
    try:
        since, until = parse_date(args.since), parse_date(args.until)
    except ValueError as exc:
        raise DetenteError(str(exc)) from exc
    if since and until and since > until:
        raise DetenteError(f"--until {until} is before --since {since}")
    with Store(args.db, read_only=True) as store:
        missing: list[str] = []
        dyad = (read_code(store, parts[0], "--dyad", missing), read_code(store, parts[1], "--dyad", missing)) if parts else None
        flt = EventFilter(actor=read_code(store, args.actor, "--actor", missing),
                          source=read_code(store, args.source, "--source", missing),
                          target=read_code(store, args.target, "--target", missing), dyad=dyad, since=since, until=until,
                          cameo=args.cameo, plover=args.plover, modality=args.modality, limit=args.limit,
                          min_confidence=args.min_confidence)
        if args.cameo:
            _check_cameo(args.cameo)
        rows = events(store, flt)
    if args.format == "table":
        from ..analytics.glossary import name_events

        for r in name_events(rows):
            r["source"] = f"{r['source'] or '?'} {r['source_name'] if r['source_name'] != r['source'] else ''}".strip()
            r["target"] = f"{r['target'] or '?'} {r['target_name'] if r['target_name'] != r['target'] else ''}".strip()
            r["event"] = f"{r['cameo']} {r['cameo_name']}"
        emit(rows, ["date", "source", "target", "event", "goldstein", "modality", "confidence", "text"], "table",
             widths={"source": 30, "target": 30, "event": 34, "text": 70})
        print(f"({len(rows)} events at confidence >= {args.min_confidence:g}; names of the codes: --format jsonl"
              f" or the dashboard's glossary)")
    else:
        emit(rows, ["date", "source", "target", "cameo", "plover", "goldstein", "modality", "confidence", "text"],
             args.format, all_fields=True)
    return 1 if missing and not rows else 0  # nothing, because of a code the database does not know


def _check_cameo(code: str) -> None:
    from ..analytics.glossary import cameo_codes

    if code not in cameo_codes():
        import difflib

        near = difflib.get_close_matches(code, list(cameo_codes()), n=3, cutoff=0.5)
        print(f"detente: warning: {code} is not a CAMEO code" + (f"; did you mean {', '.join(near)}?" if near else ""),
              file=sys.stderr)


def _stats(args) -> int:
    from ..store import Store, stats

    with Store(args.db, read_only=True) as store:
        s = stats(store)
    if args.json or args.format == "jsonl":
        print(json.dumps(s))
    elif args.format == "csv":
        emit([s], list(s), "csv")
    else:
        for k, v in s.items():
            print(f"{k:>16}: {v}")
    return 0


def _failures(args) -> int:
    from ..store import Store, failures

    with Store(args.db, read_only=True) as store:
        rows = failures(store)
    emit(rows, ["source", "type", "message"], args.format, widths={"message": 80, "source": 40})
    return 0


def _dyad(args) -> int:
    from ..analytics import dyad_timeline
    from ..analytics.glossary import actor_name
    from ..store import Store

    with Store(args.db, read_only=True) as store:
        missing: list[str] = []
        a, b = read_code(store, args.a, "A", missing), read_code(store, args.b, "B", missing)
        t = dyad_timeline(store, a, b, by=args.by, directed=args.directed, min_confidence=args.min_confidence)
    rows = [p.to_dict() for p in t.points] + ([t.undated.to_dict()] if t.undated else [])
    failed = 1 if missing and not rows else 0  # nothing, because of a code the database does not know
    if args.json:
        print(json.dumps(rows))
        return failed
    if args.format != "table":
        emit(rows, list(rows[0]) if rows else ["period"], args.format)
        return failed
    print(f"{a} ({actor_name(a)}) - {b} ({actor_name(b)}) by {args.by}: asserted events at confidence >= {args.min_confidence:g}")
    cols = ["label", "events", "a_to_b", "b_to_a", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
            "goldstein_mean"]
    emit([{**r, "a_to_b": r["a_to_b"], "label": r["label"]} for r in rows], cols, "table")
    if not rows:
        print("(no asserted events)")
    return failed


def _quotes(args) -> int:
    from ..analytics.glossary import actor_name
    from ..store import QuoteFilter, Store, quotes

    with Store(args.db, read_only=True) as store:
        flt = QuoteFilter(speaker=args.speaker, actor=read_code(store, args.actor, "--actor"), q=args.words,
                          min_confidence=args.min_confidence, limit=args.limit)
        found = quotes(store, flt)
    rows = found["items"]
    for r in rows:
        r["speaker_name"] = actor_name(r["speaker_actor"]) if r["speaker_actor"] else ""
    if args.format != "table":
        emit(rows, ["date", "speaker", "speaker_actor", "speaker_name", "text", "article_id", "title"], args.format, all_fields=True)
        return 0
    for r in rows:
        who = r["speaker"] or "unknown speaker"
        if r["speaker_actor"]:
            who += f" ({r['speaker_actor']}, {r['speaker_name']})"
        text = " ".join(r["text"].split())
        print(f"“{text[:300]}{'…' if len(text) > 300 else ''}”\n    — {who}, {r['date'] or 'undated'}: {r['title'] or r['article_id']}")
    print(f"({len(rows)} of {found['total']} quotes)")
    return 0


def _relations(args) -> int:
    from ..analytics import top_dyads
    from ..analytics.glossary import actor_name
    from ..store import Store

    with Store(args.db, read_only=True) as store:
        rows = top_dyads(store, limit=args.limit, min_confidence=args.min_confidence)
    if args.json:
        print(json.dumps(rows))
        return 0
    for r in rows:
        r["a_name"], r["b_name"] = actor_name(r["a"]), actor_name(r["b"])
    if args.format != "table":
        emit(rows, list(rows[0]) if rows else ["a", "b", "events"], args.format)
        return 0
    print("Relationships (asserted events; mean Goldstein from -10 conflict to +10 cooperation)")
    width = max([len(f"{r['a']} - {r['b']}") for r in rows] + [4])
    for r in rows:
        g = r["goldstein_mean"]
        bar = ("+" * min(10, round(g))) if g > 0 else ("-" * min(10, round(-g)))
        print(f"  {r['a'] + ' - ' + r['b']:<{width}}  {r['events']:>4} events: {r['cooperation']:>3} cooperative, "
              f"{r['conflict']:>3} conflictual, Goldstein {g:+5.1f} {bar:<10}  {r['a_name']} - {r['b_name']}")
    return 0


def _serve(args) -> int:
    import uvicorn

    from ..api import create_app

    # Ingest over HTTP is enabled by $DETENTE_TOKEN; without it the server is read-only.
    app = create_app(args.db, cors_origins=tuple(args.cors_origin), allowed_hosts=(args.host, *args.allow_host))
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def _plot(args) -> int:
    from ..analytics import dyad_timeline
    from ..analytics.plot import plot_dyad
    from ..store import Store

    with Store(args.db, read_only=True) as store:
        a, b = read_code(store, args.a, "A"), read_code(store, args.b, "B")
        t = dyad_timeline(store, a, b, by=args.by, min_confidence=args.min_confidence)
    points = t.points + ([t.undated] if t.undated else [])
    try:
        path = plot_dyad(points, a, b, args.output, by=args.by)
    except (ValueError, OSError) as exc:
        raise DetenteError(f"cannot draw the chart: {exc}", source=args.output) from exc
    print(f"{a} - {b}: {sum(p.events for p in points)} events by {args.by} -> {path}")
    return 0


def _code(args) -> int:
    from ..engine import code_records
    from ..ingest import FetchOptions
    from ..ingest.formats import jsonl_records

    try:  # bytes, line by line: a line that is not UTF-8, not JSON, nested or over the cap fails alone
        src = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")
    except OSError as exc:
        raise DetenteError(f"cannot read: {exc.strerror}", source=args.input) from exc
    from .progress import count_lines

    errors = 0
    bar = ProgressLine("coded", total=count_lines(args.input), unit="sentences")
    records = jsonl_records(src, max_bytes=FetchOptions().max_bytes)

    with _open_out(args.output) as out:
        for i, rec in enumerate(code_records(records, options=_options(args)), 1):
            errors += rec["error"] is not None
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            bar.update(i, errors)
    bar.done()
    return 1 if errors else 0


# -- helpers --------------------------------------------------------------------------------------


def _open_in(path: str):
    try:
        return open(path, encoding="utf-8")
    except OSError as exc:
        raise DetenteError(f"cannot read: {exc.strerror}", source=path) from exc


class _open_out:
    def __init__(self, path: str | None):
        self.path = path

    def __enter__(self):
        if not self.path:
            return sys.stdout
        try:
            self.f = open(self.path, "w", encoding="utf-8")
        except OSError as exc:
            raise DetenteError(f"cannot write: {exc.strerror}", source=self.path) from exc
        return self.f

    def __exit__(self, *exc):
        if self.path:
            self.f.close()


if __name__ == "__main__":
    sys.exit(main())

"""The `detente` command: thin doors over `detente.engine`, `detente.store` and `detente.analytics`.

Exit status: 0 all good, 1 some documents failed (they are recorded), 2 usage or setup error.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable

import duckdb

from .. import __version__
from ..errors import DetenteError
from .progress import ProgressLine


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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


def _interrupted() -> int:
    print("detente: interrupted; every batch written before is stored, the one in flight was rolled back",
          file=sys.stderr)
    return 130


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="detente", description="Who did what to whom: news pages to coded events.")
    p.add_argument("--version", action="version", version=f"detente {__version__}")
    sub = p.add_subparsers(metavar="COMMAND")

    def cmd(name: str, func: Callable, help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.set_defaults(func=func)
        return sp

    def db(sp):
        sp.add_argument("--db", help="database file (default: $DETENTE_DB or ./detente.duckdb)")

    def dictionaries(sp):
        sp.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor dictionary (TABARI or detente format); repeatable")
        sp.add_argument("--agents", action="append", default=[], metavar="FILE", help="extra agent dictionary; repeatable")
        sp.add_argument("--verbs", action="append", default=[], metavar="FILE", help="extra verb dictionary (TABARI/PETRARCH format); repeatable")

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
    sp.add_argument("--actor", help="country or actor code prefix, e.g. CHN or USAMIL")
    sp.add_argument("--dyad", help="two codes, e.g. CHN,RUS (either direction)")
    sp.add_argument("--since", help="YYYY-MM-DD")
    sp.add_argument("--until", help="YYYY-MM-DD")
    sp.add_argument("--cameo", help="CAMEO code prefix, e.g. 19 or 041")
    sp.add_argument("--modality", choices=["asserted", "negated", "future", "hypothetical"])
    sp.add_argument("--limit", type=int)
    sp.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")

    sp = cmd("stats", _stats, "counts of articles, events, actors and failed documents")
    db(sp)
    sp.add_argument("--json", action="store_true")

    sp = cmd("failures", _failures, "documents that could not be processed, with their reasons")
    db(sp)

    sp = cmd("dyad", _dyad, "how a relationship moves: events per period by quad class, mean Goldstein")
    db(sp)
    sp.add_argument("a", help="country or actor code, e.g. CHN")
    sp.add_argument("b", help="country or actor code, e.g. RUS")
    sp.add_argument("--by", choices=["day", "week", "month", "year"], default="month")
    sp.add_argument("--json", action="store_true")

    sp = cmd("relations", _relations, "the most active relationships (country dyads) in the database")
    db(sp)
    sp.add_argument("--limit", type=int, default=20)
    sp.add_argument("--json", action="store_true")

    sp = cmd("serve", _serve, "serve the JSON API (/api, /docs) and the dashboard over the database")
    db(sp)
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN", help="allow browser reads from this origin; repeatable")

    sp = cmd("plot", _plot, "draw a chart to a file (PNG, SVG or PDF)")
    sp.add_argument("what", choices=["dyad"], help="the chart: dyad (events per quad class and mean Goldstein over time)")
    sp.add_argument("a", help="country or actor code, e.g. CHN")
    sp.add_argument("b", help="country or actor code, e.g. RUS")
    sp.add_argument("-o", "--output", required=True, help="chart file: .png, .svg or .pdf")
    sp.add_argument("--by", choices=["day", "week", "month", "year"], default="month")
    db(sp)

    sp = cmd("export", _export, "write the store as GDELT events/GKG, PLOVER, JSON Lines or Parquet")
    db(sp)
    sp.add_argument("--format", required=True, choices=["gdelt-events", "gdelt-gkg", "jsonl", "parquet", "plover"])
    sp.add_argument("-o", "--output", required=True, metavar="OUT", help="file (- for stdout); a directory for parquet")
    sp.add_argument("--all-modalities", action="store_true",
                    help="GDELT/PLOVER: also export negated, future and hypothetical events (default: asserted only)")

    sp = cmd("code", _code, "code sentences for evaluation: {id, text, date?} JSON Lines in, events out")
    sp.add_argument("input", help="JSON Lines file, or - for stdin")
    sp.add_argument("-o", "--output")
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

    failed = 0
    bar = ProgressLine("analyzed")
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
        n = export(store, args.format, args.output, options=ExportOptions(all_modalities=args.all_modalities))
    if args.output != "-":
        print(f"{n} {'rows' if args.format != 'jsonl' else 'documents'} -> {args.output}", file=sys.stderr)
    return 0


def _events(args) -> int:
    from ..engine import parse_date
    from ..store import EventFilter, Store, events

    dyad = None
    if args.dyad:
        parts = [x.strip() for x in args.dyad.split(",") if x.strip()]
        if len(parts) != 2:
            raise DetenteError("--dyad takes two codes separated by a comma, e.g. CHN,RUS")
        dyad = (parts[0], parts[1])
    try:
        since, until = parse_date(args.since), parse_date(args.until)
    except ValueError as exc:
        raise DetenteError(str(exc)) from exc
    flt = EventFilter(actor=args.actor, dyad=dyad, since=since, until=until, cameo=args.cameo,
                      modality=args.modality, limit=args.limit)
    with Store(args.db, read_only=True) as store:
        rows = events(store, flt)
    cols = ["date", "source", "target", "cameo", "plover", "goldstein", "modality", "text"]
    if args.format == "jsonl":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
    elif args.format == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else cols)
        w.writeheader()
        w.writerows(rows)
    else:
        _table(rows, cols, widths={"text": 70})
        print(f"({len(rows)} events)")
    return 0


def _stats(args) -> int:
    from ..store import Store, stats

    with Store(args.db, read_only=True) as store:
        s = stats(store)
    if args.json:
        print(json.dumps(s))
    else:
        for k, v in s.items():
            print(f"{k:>16}: {v}")
    return 0


def _failures(args) -> int:
    from ..store import Store, failures

    with Store(args.db, read_only=True) as store:
        rows = failures(store)
    _table(rows, ["source", "type", "message"], widths={"message": 80, "source": 40})
    return 0


def _dyad(args) -> int:
    from ..analytics import dyad_series
    from ..store import Store

    with Store(args.db, read_only=True) as store:
        points = dyad_series(store, args.a, args.b, by=args.by)
    rows = [p.to_dict() for p in points]
    if args.json:
        print(json.dumps(rows))
    else:
        print(f"{args.a.upper()} - {args.b.upper()} by {args.by} (asserted events)")
        _table(rows, ["period", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "goldstein_mean"])
    return 0


def _relations(args) -> int:
    from ..analytics import top_dyads
    from ..store import Store

    with Store(args.db, read_only=True) as store:
        rows = top_dyads(store, limit=args.limit)
    if args.json:
        print(json.dumps(rows))
        return 0
    print("Relationships (asserted events; mean Goldstein from -10 conflict to +10 cooperation)")
    width = max([len(f"{r['a']} - {r['b']}") for r in rows] + [4])
    for r in rows:
        g = r["goldstein_mean"]
        bar = ("+" * min(10, round(g))) if g > 0 else ("-" * min(10, round(-g)))
        print(f"  {r['a'] + ' - ' + r['b']:<{width}}  {r['events']:>4} events: {r['cooperation']:>3} cooperative, "
              f"{r['conflict']:>3} conflictual, Goldstein {g:+5.1f} {bar}")
    return 0


def _serve(args) -> int:
    import uvicorn

    from ..api import create_app

    # Ingest over HTTP is enabled by $DETENTE_TOKEN; without it the server is read-only.
    app = create_app(args.db, cors_origins=tuple(args.cors_origin))
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def _plot(args) -> int:
    from ..analytics import dyad_series
    from ..analytics.plot import plot_dyad
    from ..store import Store

    with Store(args.db, read_only=True) as store:
        points = dyad_series(store, args.a, args.b, by=args.by)
    try:
        path = plot_dyad(points, args.a, args.b, args.output, by=args.by)
    except (ValueError, OSError) as exc:
        raise DetenteError(f"cannot draw the chart: {exc}", source=args.output) from exc
    print(f"{args.a.upper()} - {args.b.upper()}: {sum(p.events for p in points)} events by {args.by} -> {path}")
    return 0


def _code(args) -> int:
    from ..engine import code_records

    src = sys.stdin if args.input == "-" else _open_in(args.input)
    errors = 0
    bar = ProgressLine("coded")

    def records():
        for n, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                yield {"id": f"line {n}", "text": None, "_error": str(exc)}

    with _open_out(args.output) as out:
        for i, rec in enumerate(code_records(records(), options=_options(args)), 1):
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


def _table(rows: list[dict], cols: list[str], widths: dict[str, int] | None = None) -> None:
    widths = widths or {}

    def cell(v, c):
        s = "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))
        s = " ".join(s.split())
        w = widths.get(c)
        return s if not w or len(s) <= w else s[: w - 1] + "…"

    table = [[cell(r.get(c), c) for c in cols] for r in rows]
    size = [max([len(c)] + [len(t[i]) for t in table]) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(size[i]) for i, c in enumerate(cols)).rstrip())
    for t in table:
        print("  ".join(v.ljust(size[i]) for i, v in enumerate(t)).rstrip())


if __name__ == "__main__":
    sys.exit(main())

"""`detente review confirm|reject|correct|add|export|stats|queue`: thin doors over detente.review."""

from __future__ import annotations

import argparse
import json
import os

from ..errors import DetenteError

HELP = "confirm, reject, correct or add events; export reviews as gold; precision as analysts see it; the queue"


def register(sub, formatter=argparse.HelpFormatter) -> None:
    """Add the `review` command (with its own subcommands) to the CLI's subparsers."""
    from ..cli.output import example

    p = sub.add_parser("review", help=HELP, description=HELP, formatter_class=formatter, epilog=example(
        "detente review queue --db news.duckdb --limit 10",
        "detente review reject ARTICLE 3 --reviewer ana --note 'a headline, not an event' --db news.duckdb",
        "detente review correct ARTICLE 5 --cameo 111 --target RUSGOV --db news.duckdb",
        "detente review export -o gold.jsonl --db news.duckdb"))
    rs = p.add_subparsers(metavar="ACTION")

    def cmd(name, func, help_):
        sp = rs.add_parser(name, help=help_, description=help_, formatter_class=formatter)
        sp.set_defaults(func=func)
        sp.add_argument("--db", help="database file (default: $DETENTE_DB or ./detente.duckdb)")
        return sp

    def who(sp):
        sp.add_argument("--reviewer", default=os.environ.get("DETENTE_REVIEWER") or os.environ.get("USER"),
                        help="your name, kept with the review (default: $DETENTE_REVIEWER, else $USER)")
        sp.add_argument("--note", help="why, in a few words (kept with the review)")

    for action, help_ in (("confirm", "vouch for an event as coded"), ("reject", "mark an event as not an event")):
        sp = cmd(action, _judge, help_)
        sp.add_argument("article", help="the article id")
        sp.add_argument("idx", type=int, help="the event's index (as `detente events --format jsonl` shows it)")
        who(sp)
        sp.set_defaults(action=action)

    sp = cmd("correct", _judge, "correct an event's source, target, CAMEO code or modality")
    sp.add_argument("article")
    sp.add_argument("idx", type=int)
    for f in ("source", "target", "cameo", "modality"):
        sp.add_argument(f"--{f}")
    who(sp)
    sp.set_defaults(action="correct")

    sp = cmd("add", _add, "add an event the coder missed, with its evidence sentence")
    sp.add_argument("article")
    sp.add_argument("--sentence", help="words of the evidence sentence as they appear in the article")
    sp.add_argument("--start", type=int, help="or: character offsets of the evidence in the article text")
    sp.add_argument("--end", type=int)
    sp.add_argument("--cameo", required=True)
    sp.add_argument("--source")
    sp.add_argument("--target")
    sp.add_argument("--modality", default="asserted")
    sp.add_argument("--trigger", help="the word of the sentence that names the event")
    who(sp)

    sp = cmd("export", _export, "write the reviews as gold JSON Lines (the format of ../shared/gold/wild_dev.jsonl)")
    sp.add_argument("-o", "--output", required=True, help="file, or - for stdout")

    sp = cmd("stats", _stats, "the share of reviewed events confirmed, per CAMEO root and confidence band")
    sp.add_argument("--format", choices=("table", "json"), default="table")

    sp = cmd("queue", _queue, "events still to review, the coder's least sure first")
    sp.add_argument("--limit", type=int, default=20)
    sp.add_argument("--article", help="only this article")
    sp.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")

    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _judge(args) -> int:
    from ..store import Store
    from .service import review

    changes = {f: getattr(args, f) for f in ("source", "target", "cameo", "modality") if getattr(args, f, None)}
    with Store(args.db) as store:
        r = review(store, args.article, args.idx, args.action, reviewer=args.reviewer, changes=changes, note=args.note)
    print(f"review {r.id}: {r.action} event {args.idx} of {args.article} by {r.reviewer}")
    return 0


def _add(args) -> int:
    from ..store import Store
    from .service import add

    with Store(args.db) as store:
        start, end = args.start, args.end
        if args.sentence:
            row = store.con.execute("SELECT text FROM articles WHERE id = ?", [args.article]).fetchone()
            at = row[0].find(args.sentence) if row else -1
            if at < 0:
                raise DetenteError(f"--sentence: not found in article {args.article}")
            start, end = at, at + len(args.sentence)
        if start is None or end is None:
            raise DetenteError("give --sentence, or --start and --end")
        r = add(store, args.article, start=start, end=end, cameo=args.cameo, source=args.source, target=args.target,
                modality=args.modality, trigger=args.trigger, reviewer=args.reviewer, note=args.note)
    from .records import ADDED_BASE

    print(f"review {r.id}: added event {ADDED_BASE + r.id} to {args.article}: {r.sentence[:80]}")
    return 0


def _export(args) -> int:
    import sys

    from ..store import Store
    from .report import export_gold

    with Store(args.db, read_only=True) as store:
        n = export_gold(store, args.output)
    if args.output != "-":
        print(f"{n} reviewed articles written to {args.output}", file=sys.stderr)
    return 0


def _stats(args) -> int:
    from ..store import Store
    from .report import stats

    with Store(args.db, read_only=True) as store:
        s = stats(store)
    if args.format == "json":
        print(json.dumps(s, indent=2))
        return 0

    def pct(d):
        return "-" if d["share_confirmed"] is None else f"{100 * d['share_confirmed']:.0f}%"

    print(f"reviewed events: {s['reviewed']} ({s['confirmed']} confirmed, {s['corrected']} corrected, "
          f"{s['rejected']} rejected): {pct(s)} confirmed; {s['added']} added; {s['detached']} detached reviews")
    for title, table in (("CAMEO root", s["by_root"]), ("confidence", s["by_confidence"])):
        print(f"\n{title:<12} reviewed  confirmed")
        for k, d in table.items():
            print(f"{k:<12} {d['reviewed']:>8}  {pct(d):>9}")
    return 0


def _queue(args) -> int:
    from ..cli.output import emit
    from ..store import Store
    from .report import queue

    with Store(args.db, read_only=True) as store:
        rows = queue(store, limit=args.limit, article_id=args.article)
    emit(rows, ["confidence", "article_id", "idx", "source", "cameo", "target", "text"], args.format,
         widths={"text": 70})
    return 0

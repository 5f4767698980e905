"""Event coder benchmark: precision / recall / F1 per dataset on ../shared/gold/events_dev.jsonl.

    python benchmarks/coder.py [--dataset NAME] [--show-errors N [--errors-half A]] [--gate] [--gold PATH]

Runs the real pipeline (spaCy parse -> detente.actors.resolve_actors -> detente.events.code_events)
on every gold sentence and scores it. The matching rule (gold README: source country, target
country, and CAMEO root or PLOVER type), as read here:

* countries: the first three letters of the actor codes. A gold side that is empty or starts
  with "---" (unknown) matches anything, our None included; a gold side that is set never
  matches our None. The PLOVER gold records use two legacy CAMEO country codes where today's
  CAMEO (and detente) use ISO 3166 alpha-3: JAP (Japan), ITL (Italy), ROM (Romania), ZAR (Zaire, now
  COD) and BUR (Burma, now MMR), as benchmarks/actors.py does. They are normalised
  here (`LEGACY_COUNTRY`, on both sides), in the benchmark only; the coder emits current codes.
  The PLOVER records also file international non-governmental bodies under IGO (Amnesty
  International, the Red Cross as IGO...), where CAMEO's actor dictionaries use NGO: the two
  transnational "countries" NGO and IGO count as one.
* event type: plover_gsr compares the gold `code_current` (PLOVER 0.5b1 types mapped to today's)
  with our event's PLOVER type (from cameo_plover.tsv); the CAMEO datasets compare the CAMEO
  root (first two digits).
* each gold event is matched at most once (greedy, in our order); a `noevents: true` record has
  no gold events, so everything we count there is a false positive.
* which of our events count: modality "asserted" and "future". The gold codes announced actions
  as events ("will visit" -> AGREE in plover_gsr, "is about to restore ties" -> coded in
  petrarch_unittest, "will break relations" -> coded), so future counts; negated events are
  not coded as such in any dataset (PETRARCH turns "would not provide support" into a
  rejection, which we do not), and hypotheticals ("could", "if", questions) are not reliably
  coded, so both are left out.

Timing: spaCy parse time per sentence vs actors + coder time per sentence (target: actors +
coder add at most 25% to the parse). Floors for --gate live in benchmarks/baselines/coder.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from _gold import DATASETS, GOLD, LEGACY, PETR_ACTORS, PETR_AGENTS, PETR_VERBS, record_date as _date  # noqa: E402
from _score import prf  # noqa: E402
from _split import HALVES, half  # noqa: E402
from wild import PHOENIX  # noqa: E402

BASELINE = ROOT / "benchmarks" / "baselines" / "coder.json"
COUNTED = {"asserted", "future"}


#: Legacy CAMEO country codes in the gold records -> today's ISO codes; NGO and IGO are one party here.
LEGACY_COUNTRY = {**LEGACY, "NGO": "IGO"}


def _country(code: str) -> str:
    return LEGACY_COUNTRY.get(code[:3], code[:3])


def _side_ok(gold: str | None, ours: str | None) -> bool:
    if not gold or gold.startswith("---"):
        return True
    return ours is not None and _country(ours) == _country(gold)


def _type_ok(dataset: str, gold: dict, ev) -> bool:
    if dataset == "plover_gsr":
        return (gold.get("code_current") or gold.get("code")) == ev.plover
    return gold["code"][:2] == ev.cameo[:2]


def score_record(rec: dict, events: list) -> tuple[int, int, int, list, list]:
    """(tp, fp, fn, unmatched ours, unmatched gold) for one record."""
    ours = [e for e in events if e.modality in COUNTED]
    gold = [] if rec.get("noevents") else list(rec.get("events") or [])
    used = [False] * len(gold)
    fps = []
    for ev in ours:
        for i, g in enumerate(gold):
            if not used[i] and _side_ok(g.get("source"), ev.source) and _side_ok(g.get("target"), ev.target):
                if _type_ok(rec["dataset"], g, ev):
                    used[i] = True
                    break
        else:
            fps.append(ev)
    fns = [g for i, g in enumerate(gold) if not used[i]]
    tp = sum(used)
    return tp, len(fps), len(fns), fps, fns


def run(args) -> int:
    try:
        from detente.actors import ActorDictionary, resolve_actors
    except ImportError as exc:
        print(f"coder benchmark: the actors stage is not available ({exc}); merge the actors branch first", file=sys.stderr)
        return 2
    from detente import nlp as detente_nlp

    from detente.events import Lexicon, code_events

    records = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.dataset:
        records = [r for r in records if r["dataset"] == args.dataset]
        if not records:
            print(f"coder benchmark: no records for dataset {args.dataset!r} (known: {', '.join(DATASETS)})", file=sys.stderr)
            return 2
    # --dictionaries phoenix: the public PETRARCH2/Phoenix dictionaries loaded as a user would
    extra = PHOENIX if args.dictionaries == "phoenix" else {"actors_files": (), "agents_files": (), "verbs_files": ()}
    # the pipeline detente runs: its dateline, line-break and lemma components too
    nlp = detente_nlp.load(verbs_files=tuple(extra["verbs_files"]))
    lexicon = Lexicon.load(verbs_files=extra["verbs_files"])
    # petrarch_unittest is written against PETRARCH's validation dictionaries: load them as a
    # user would (--actors/--agents/--verbs), for that dataset only
    petr_lexicon = Lexicon.load(verbs_files=(*extra["verbs_files"], PETR_VERBS))
    base_dict = ActorDictionary.load(actors_files=extra["actors_files"], agents_files=extra["agents_files"])
    petr_dict = ActorDictionary.load(
        actors_files=(*extra["actors_files"], PETR_ACTORS), agents_files=(*extra["agents_files"], PETR_AGENTS)
    )
    totals: dict[str, list[int]] = {}
    errors: dict[str, list] = {}
    t_parse = t_actors = t_code = 0.0
    n_sent = 0
    for rec in records:
        ds = rec["dataset"]
        dictionary = petr_dict if ds == "petrarch_unittest" else base_dict
        on = _date(rec.get("date"))
        t0 = time.perf_counter()
        doc = nlp(rec["text"])
        t1 = time.perf_counter()
        res = resolve_actors(doc, on=on, dictionary=dictionary)
        t2 = time.perf_counter()
        events = code_events(doc, res, on=on, lexicon=petr_lexicon if ds == "petrarch_unittest" else lexicon)
        t3 = time.perf_counter()
        t_parse += t1 - t0
        t_actors += t2 - t1
        t_code += t3 - t2
        n_sent += sum(1 for _ in doc.sents)
        tp, fp, fn, fps, fns = score_record(rec, events)
        for key in (ds, f"{ds} [{half(rec['id'])}]"):
            acc = totals.setdefault(key, [0, 0, 0])
            acc[0] += tp
            acc[1] += fp
            acc[2] += fn
        if fps or fns:
            errors.setdefault(ds, []).append((rec, fps, fns, events))
    baseline = json.loads(BASELINE.read_text()) if BASELINE.is_file() else {}
    floors = baseline.get("f1_floors", {})
    failed = []
    print(f"dictionaries: {args.dictionaries}; halves by benchmarks/_split.py (A: tuned on, B: kept aside)")
    print(f"{'dataset':<24}{'gold':>6}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}{'floor':>8}")
    for ds in (k for d in DATASETS for k in (d, *(f"{d} [{h}]" for h in HALVES))):
        if ds not in totals:
            continue
        tp, fp, fn = totals[ds]
        p, r, f = prf(tp, fp, fn)
        floor = floors.get(ds) if args.dictionaries == "builtin" else None
        mark = ""
        if floor is not None and f < floor:
            failed.append(ds)
            mark = "  BELOW FLOOR"
        fl = f"{floor:.3f}" if floor is not None else "-"
        print(f"{ds:<24}{tp + fn:>6}{tp:>6}{fp:>6}{fn:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}{fl:>8}{mark}")
    if n_sent:
        per = 1000.0 / n_sent
        print(
            f"\ntime per sentence ({n_sent} sentences): spaCy parse {t_parse * per:.2f} ms, "
            f"actors {t_actors * per:.2f} ms, coder {t_code * per:.2f} ms"
        )
        print(
            f"actors+coder / parse = {(t_actors + t_code) / t_parse:.1%}   coder / parse = {t_code / t_parse:.1%}"
            "   (target: at most 25%)"
        )
    if args.show_errors:
        for ds, items in errors.items():
            print(f"\n== {ds}: first {args.show_errors} records with errors")
            items = [it for it in items if args.errors_half in (None, half(it[0]["id"]))]
            for rec, fps, fns, events in items[: args.show_errors]:
                print(f"- {rec['id']}: {rec['text'][:200]}")
                for g in fns:
                    print(f"    missed  {g.get('source') or '-'} -> {g.get('target') or '-'}  {g.get('code_current') or g['code']}")
                for e in fps:
                    print(f"    extra   {e.source} -> {e.target}  {e.cameo} {e.plover} ({e.trigger})")
                others = [e for e in events if e.modality not in COUNTED]
                for e in others:
                    print(f"    ({e.modality}) {e.source} -> {e.target}  {e.cameo} {e.plover} ({e.trigger})")
    if args.gate and failed:
        print(f"\ngate: F1 below the floor in {', '.join(failed)} ({BASELINE.name})", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(GOLD / "events_dev.jsonl"), help="gold JSONL file")
    ap.add_argument("--dataset", choices=DATASETS, help="score one dataset only")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N records with errors per dataset")
    ap.add_argument("--errors-half", choices=HALVES, help="show errors of this half's records only (tune on A: --errors-half A)")
    ap.add_argument("--gate", action="store_true", help="exit 1 when a dataset's F1 is below its floor")
    ap.add_argument("--dictionaries", choices=("builtin", "phoenix"), default="builtin",
                    help="phoenix: also load ../shared/dictionaries (Phoenix actors, agents, CAMEO verbs); default builtin")
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())

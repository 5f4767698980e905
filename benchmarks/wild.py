"""Events in whole real articles: precision / recall / F1 against ../shared/gold/wild_dev.jsonl.

    python benchmarks/wild.py [--half A|B|all] [--dictionaries builtin|phoenix|both]
                              [--min-confidence X] [--show N] [--gate] [--json OUT]

Runs `detente.analyze` on each annotated page of ../shared/corpus/scrapinghub-dev/ (the HTML, as a
user has it: extraction included), and with `--half all` on the corpus's other pages too (WILD.md
annotates every political page, so those are non-political: each event there is false,
`other_fp`), and scores the events it codes with the rules of ../shared/gold/WILD.md:

* per article, gold and predicted events with modality `asserted` are matched one to one on
  (source country, target country, CAMEO root): the first three letters of each actor code and
  the first two digits of the code;
* a gold side `---` matches anything; a predicted side with no country (empty, or a bare role
  code such as `GOV`) never matches a gold side that has one;
* predicted plain statements (CAMEO 010) with no target are ignored (a targetless confession, 015, is scored);
* an article whose gold is empty (a non-political page) turns every predicted event into a false
  positive; the events on pages marked non-political that match no gold event are also counted
  apart, as "false events on non-political pages" (a few such pages hold a political event).

The matching is a maximum bipartite matching per article (so the order of events never decides
a score). Figures are reported for the two fixed halves of the set (`_split.py`: develop on A,
check on B) and for all of it, at the default confidence threshold (what analysts see) and with
every event, plus a calibration table: the share of events right per confidence band.

`--dictionaries phoenix` codes with the public PETRARCH2/Phoenix dictionaries of
../shared/dictionaries/ loaded (`--actors/--agents/--verbs`); `both` reports the two.
Floors for --gate live in benchmarks/baselines/wild.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _gold import GOLD  # noqa: E402
from _score import prf  # noqa: E402
from _split import HALVES, half  # noqa: E402

SHARED = ROOT.parent / "shared"
PAGES = SHARED / "corpus" / "scrapinghub-dev" / "html"
DICTS = SHARED / "dictionaries"
BASELINE = ROOT / "benchmarks" / "baselines" / "wild.json"
PHOENIX = {
    "actors_files": tuple(str(DICTS / f) for f in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")),
    "agents_files": (str(DICTS / "Phoenix.agents.txt"),),
    "verbs_files": (str(DICTS / "CAMEO.2.0.txt"),),
}
CEILINGS = ("nonpolitical_fp", "other_fp")  # gate keys that must not rise (the rest must not fall)
BANDS = ((0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


def gold_pages(path: Path = GOLD / "wild_dev.jsonl") -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ------------------------------------------------------------------------------ matching


def _countries() -> frozenset[str]:
    from detente.actors.dictionary import _builtin

    return frozenset(_builtin().country_names)


def predicted_country(code: str | None, countries: frozenset[str]) -> str | None:
    """The country part of one of our codes; None for an empty side or a bare role code."""
    from detente.actors.dictionary import ROLES

    if not code:
        return None
    head = code[:3]
    if head in ROLES and head not in countries and (len(code) == 3 or head not in ("IGO", "NGO")):
        return None  # "GOV", "COP": a role of no country ("IGOUNO" is the UN: international, IGO)
    return head


def _side_ok(gold: str | None, ours: str | None) -> bool:
    if not gold or gold.startswith("---"):
        return True
    return ours is not None and ours == gold[:3]


def _compatible(g: dict, p: dict) -> bool:
    return _side_ok(g["source"], p["source_country"]) and _side_ok(g["target"], p["target_country"]) and g["cameo"][:2] == p["cameo"][:2]


def match(gold: list[dict], ours: list[dict]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to predicted events (augmenting paths)."""
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pi, p in enumerate(ours):
            if pi in seen or not _compatible(gold[gi], p):
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(gold)):
        augment(gi, set())
    return sorted((gi, pi) for pi, gi in owner.items())


def scored_events(analysis, countries: frozenset[str]) -> list[dict]:
    """Our asserted events of one article, as the scorer reads them (plain statements, 010, without a target left out)."""
    out = []
    for e in analysis.events:
        if e.modality != "asserted" or (e.cameo == "010" and not e.target):
            continue
        out.append(
            {
                "source": e.source,
                "target": e.target,
                "source_country": predicted_country(e.source, countries),
                "target_country": predicted_country(e.target, countries),
                "cameo": e.cameo,
                "confidence": e.confidence,
                "sentence": e.text.strip(),
                "trigger": e.trigger,
            }
        )
    return out


# ------------------------------------------------------------------------------ scoring


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    nonpolitical_fp: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)

    @property
    def p(self) -> float:
        return prf(self.tp, self.fp, self.fn)[0]

    @property
    def r(self) -> float:
        return prf(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.fp, self.fn)[2]

    def line(self) -> str:
        return (
            f"P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}   (tp {self.tp}, fp {self.fp}, fn {self.fn};"
            f" {self.nonpolitical_fp} false events on non-political pages)"
        )


def score(pages: list[dict], predicted: dict[str, list[dict]], min_conf: float) -> Score:
    s = Score()
    for page in pages:
        gold = [g for g in page["events"] if g["modality"] == "asserted"]
        ours = [p for p in predicted.get(page["page"], []) if p["confidence"] >= min_conf]
        pairs = match(gold, ours)
        s.tp += len(pairs)
        s.fp += len(ours) - len(pairs)
        s.fn += len(gold) - len(pairs)
        if not page["political"]:
            s.nonpolitical_fp += len(ours) - len(pairs)  # some non-political pages hold a political event or two
        hit_g = {g for g, _ in pairs}
        hit_p = {p for _, p in pairs}
        s.misses += [(page["page"], g) for i, g in enumerate(gold) if i not in hit_g]
        s.extras += [(page["page"], p) for i, p in enumerate(ours) if i not in hit_p]
    return s


def calibration(pages: list[dict], predicted: dict[str, list[dict]]) -> list[tuple[int, int]]:
    """(events, events right) per band of BANDS, in order: right = matched at threshold 0."""
    counts = [[0, 0] for _ in BANDS]
    for page in pages:
        gold = [g for g in page["events"] if g["modality"] == "asserted"]
        ours = predicted.get(page["page"], [])
        hit = {p for _, p in match(gold, ours)}
        for i, p in enumerate(ours):
            band = next(k for k, (lo, hi) in enumerate(BANDS) if lo <= p["confidence"] < hi)
            counts[band][0] += 1
            counts[band][1] += i in hit
    return [(n, ok) for n, ok in counts]


# ------------------------------------------------------------------------------ running


def run(pages: list[dict], dictionaries: str = "builtin") -> tuple[dict[str, list[dict]], float]:
    """Our scored events per page id, and the seconds it took."""
    import detente

    opts = detente.AnalyzeOptions(**(PHOENIX if dictionaries == "phoenix" else {}))
    paths = [p.get("path") or str(PAGES / f"{p['page']}.html.gz") for p in pages]  # `path`: `detente review export`
    countries = _countries()
    out: dict[str, list[dict]] = {}
    t0 = time.perf_counter()
    for page, analysis in zip(pages, detente.analyze(paths, options=opts)):
        if analysis.error:
            print(f"  {page['page'][:12]}: {analysis.error.type}: {analysis.error.message}", file=sys.stderr)
        out[page["page"]] = scored_events(analysis, countries)
    return out, time.perf_counter() - t0


def other_pages(gold: list[dict]) -> list[dict]:
    """The corpus pages the gold leaves out: WILD.md annotates every political page, so these are
    the non-political rest, whose right answer is no event (a page record with no events)."""
    annotated = {p["page"] for p in gold}
    names = sorted(f.name[: -len(".html.gz")] for f in PAGES.glob("*.html.gz"))
    return [{"page": n, "political": False, "events": []} for n in names if n not in annotated]


def report_others(pages: list[dict], predicted: dict[str, list[dict]], min_conf: float) -> dict:
    at = sum(1 for p in pages for e in predicted.get(p["page"], []) if e["confidence"] >= min_conf)
    every = sum(len(predicted.get(p["page"], [])) for p in pages)
    print(f"  the corpus's other {len(pages)} pages (none political: no event is right): {at} events at >= {min_conf:.2f},"
          f" {every} in all")
    return {"other_fp": at, "other_all": every}


def report(pages, predicted, min_conf: float, show: int, label: str) -> dict:
    print(f"\n== {label}: {len(pages)} articles ({sum(p['political'] for p in pages)} political),"
          f" {sum(1 for p in pages for g in p['events'] if g['modality'] == 'asserted')} asserted gold events")
    figures = {}
    for name in (*HALVES, "all"):
        part = [p for p in pages if name == "all" or half(p["page"]) == name]
        at = score(part, predicted, min_conf)
        every = score(part, predicted, 0.0)
        print(f"  half {name:3} confidence >= {min_conf:.2f}: {at.line()}")
        print(f"  half {name:3} every event:       {every.line()}")
        figures[name] = {"p": round(at.p, 4), "r": round(at.r, 4), "f1": round(at.f1, 4), "all_p": round(every.p, 4),
                         "all_r": round(every.r, 4), "all_f1": round(every.f1, 4), "nonpolitical_fp": at.nonpolitical_fp}
    print("  calibration (right = matched to a gold event), events per confidence band and the share right:")
    print("    " + " " * 10 + "".join(f"{name:>16}" for name in (*HALVES, "all")))
    tables = {name: calibration([p for p in pages if name == "all" or half(p["page"]) == name], predicted) for name in (*HALVES, "all")}
    for k, (lo, hi) in enumerate(BANDS):
        cells = "".join(f"{n:>7} {ok / n if n else 0:>5.2f}   " for n, ok in (tables[name][k] for name in (*HALVES, "all")))
        print(f"    {lo:.2f}-{min(hi, 1):.2f} " + cells)
    if show:
        s = score([p for p in pages if half(p["page"]) == "A"], predicted, min_conf)
        print(f"\n  half A misses (first {show}):")
        for page, g in s.misses[:show]:
            print(f"    {page[:8]} {g['source']:>10} {g['cameo']} {g['target']:<10} | {g['sentence'][:150]}")
        print(f"\n  half A extras (first {show}):")
        for page, p in s.extras[:show]:
            print(f"    {page[:8]} {p['source'] or '-':>10} {p['cameo']} {p['target'] or '-':<10} {p['confidence']:.2f} [{p['trigger']}] | {p['sentence'][:150]}")
    return figures


def chart(pages: list[dict], predicted: dict[str, list[dict]], min_conf: float, path: str, label: str,
          corpus: str = "wild dev set") -> str:
    """What the threshold does, per half, as a picture (PNG or SVG by `path`'s suffix): precision,
    recall and F1 as the confidence threshold moves from 0 to 0.95, the default marked; and the
    share of events right in each confidence band, with how many events the band holds."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    steps = [k / 20 for k in range(20)]
    fig = Figure(figsize=(10, 4), dpi=110)
    curve, bands = fig.subplots(1, 2)
    colors = {"A": "#243b6b", "B": "#c0392b"}
    for name in HALVES:
        part = [p for p in pages if half(p["page"]) == name]
        scores = [score(part, predicted, t) for t in steps]
        for key, style in (("p", "-"), ("r", "--"), ("f1", ":")):
            values = [getattr(s, key) if s.tp + s.fp else float("nan") for s in scores]  # no events: no precision
            curve.plot(steps, values, style, color=colors[name],
                       label=f"half {name} {dict(p='precision', r='recall', f1='F1')[key]}")
        table = calibration(part, predicted)
        mids = [(lo + min(hi, 1)) / 2 + (-0.02 if name == "A" else 0.02) for lo, hi in BANDS]
        shares = [ok / n if n else 0 for n, ok in table]
        bars = bands.bar(mids, shares, width=0.04, color=colors[name], label=f"half {name}")
        for bar, (n, _) in zip(bars, table):
            bands.annotate(str(n), (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center",
                           va="bottom", fontsize=7, color=colors[name])
    curve.axvline(min_conf, color="#888", lw=1)
    curve.annotate(f"default {min_conf:g}", (min_conf, 0.97), fontsize=8, color="#555", xytext=(3, 0), textcoords="offset points")
    curve.set(xlabel="confidence threshold", ylabel="share", ylim=(0, 1.02), xlim=(0, 0.95),
              title="Precision, recall and F1 as the threshold moves")
    curve.legend(fontsize=7, loc="lower left", ncol=2)
    bands.plot([0, 1], [0, 1], color="#bbb", lw=1)  # where a calibrated confidence would lie
    bands.set(xlabel="event confidence (band; events in it above each bar)", ylabel="share of events right",
              ylim=(0, 1.08), xlim=(0, 1), title="Calibration: the share right per confidence band")
    bands.set_xticks([lo for lo, _ in BANDS] + [1.0])
    bands.legend(fontsize=7, loc="upper left")
    fig.suptitle(f"Events in real articles ({corpus}), {label}", fontsize=10)
    fig.tight_layout()
    fig.savefig(path)
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("A", "B", "all"), default="all", help="articles to run (default: all)")
    ap.add_argument("--dictionaries", choices=("builtin", "phoenix", "both"), default="builtin")
    ap.add_argument("--min-confidence", type=float, default=None, help="default: detente's DEFAULT_MIN_CONFIDENCE")
    ap.add_argument("--show", type=int, default=0, help="print the first N misses and extras of half A")
    ap.add_argument("--gate", action="store_true",
                    help="exit 1 when a figure falls below benchmarks/baselines/wild.json (the other pages' ceiling: --half all only)")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--chart", help="draw precision/recall by threshold and the calibration per half to this PNG or SVG")
    ap.add_argument("--gold", type=Path, default=GOLD / "wild_dev.jsonl",
                    help="gold JSON Lines to score against, e.g. from `detente review export` (default: wild_dev.jsonl)")
    args = ap.parse_args(argv)

    from detente.events.confidence import DEFAULT_MIN_CONFIDENCE

    min_conf = DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    gold = gold_pages(args.gold)
    pages = [p for p in gold if args.half == "all" or half(p["page"]) == args.half]
    others = other_pages(gold) if args.half == "all" and args.gold.resolve() == (GOLD / "wild_dev.jsonl").resolve() else []
    results = {}
    for dicts in (("builtin", "phoenix") if args.dictionaries == "both" else (args.dictionaries,)):
        predicted, secs = run(pages + others, dicts)
        results[dicts] = report(pages, predicted, min_conf, args.show, f"{dicts} dictionaries, {secs:.1f} s")
        if others:
            results[dicts]["others"] = report_others(others, predicted, min_conf)
        if args.chart:
            out = Path(args.chart)
            out = str(out if args.dictionaries != "both" else out.with_name(f"{out.stem}-{dicts}{out.suffix}"))
            print(f"  chart: {chart(pages, predicted, min_conf, out, f'{dicts} dictionaries')}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.gate:
        return gate(results)
    return 0


def gate(results: dict) -> int:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    failed = []
    for dicts, halves in floors.items():
        if not isinstance(halves, dict):
            continue  # "about"
        for name, keys in halves.items():
            for key, floor in keys.items():
                got = results.get(dicts, {}).get(name, {}).get(key)
                if got is None:
                    continue
                if got > floor if key in CEILINGS else got < floor:
                    failed.append(f"{dicts} half {name} {key}: {got} (floor {floor})")
    for f in failed:
        print("GATE FAILED:", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Actor recall on the gold event sentences, per dataset.

    .venv/bin/python benchmarks/actors.py [--misses N]

For every gold event's source and target, is an actor with that code among the sentence's
resolved actors? A gold code matches a resolved code when:
- countries (first three letters) are equal ("---" = no country matches an actor with none),
  and, where the gold code has a role (letters 4-6, e.g. HUNGOV), the roles are equal;
- IGO/NGO codes compare whole, where a shorter gold code is a generic form: "IGO" is any IGO,
  "IGOMIL" any IGO with role MIL, "IGOUNOMIL" needs IGOUNO + MIL.
Empty gold actors and bare "---" (nobody to find) are not counted. Gold codes written with the
legacy CAMEO country codes that predate ISO 3166 alpha-3 (`LEGACY`: JAP Japan, ITL Italy, ...) are
rewritten to the ISO code before comparing; nothing else in the gold is changed (the gold's Red
Cross as IGOMED or Amnesty as IGO stay misses: detente codes them NGOIRC / NGOAMN). The petrarch_unittest records
are resolved with ../shared/gold/PETR.Validate.{actors,agents}.txt loaded and their own dates.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from detente import nlp as detente_nlp  # noqa: E402

from detente.actors import ActorDictionary, resolve_actors  # noqa: E402
from detente.actors.dictionary import ROLES  # noqa: E402

from _gold import PETR_ACTORS, PETR_AGENTS, modern as normalise, record_date, records  # noqa: E402


def _parts(code: str) -> tuple[str, list[str]]:
    head = code[:3]
    rest = [code[i : i + 3] for i in range(3, len(code), 3)]
    return head, rest


def matches(gold: str, found: tuple[str, str | None, str | None]) -> bool:
    code, country, role = found
    head, rest = _parts(gold)
    if head in ("IGO", "NGO"):
        if not code.startswith(head):
            return False
        orgs = [r for r in rest if r.upper() not in ROLES]
        roles = [r for r in rest if r.upper() in ROLES]
        org_part = head + "".join(orgs)
        if not code.startswith(org_part):
            return False
        return not roles or role == roles[0] or roles[0] in code[len(org_part):]
    if head == "---":
        if country is not None:
            return False
    elif (country or code[:3]) != head:
        return False
    gold_role = rest[0] if rest and rest[0].isupper() and rest[0] not in ("***",) else None
    return gold_role is None or role == gold_role or code[3:6] == gold_role


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", type=int, default=8, help="top missing codes to list per dataset")
    ap.add_argument("--gate", action="store_true", help="exit 1 when a dataset falls below its floor in baselines/actors.json")
    args = ap.parse_args()
    nlp = detente_nlp.load()
    base = ActorDictionary.load()
    petr = ActorDictionary.load(actors_files=[PETR_ACTORS], agents_files=[PETR_AGENTS])
    records_ = records()
    hits: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    missing: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[tuple[str, str], str] = {}
    t_parse = t_res = 0.0
    for rec in records_:
        ds = rec["dataset"]
        d = petr if ds == "petrarch_unittest" else base
        on = record_date(rec.get("date"))
        t0 = time.perf_counter()
        doc = nlp(rec["text"])
        t1 = time.perf_counter()
        res = resolve_actors(doc, on=on, dictionary=d)
        t_res += time.perf_counter() - t1
        t_parse += t1 - t0
        found = [(m.code, *_country_role(res, m)) for m in res.mentions]
        gold_codes = [e.get(k) for e in rec["events"] for k in ("source", "target")]
        for g in gold_codes:
            if not g or g == "---":
                continue
            hits[ds][1] += 1
            g = normalise(g)
            if any(matches(g, f) for f in found):
                hits[ds][0] += 1
            else:
                missing[ds][g] += 1
                examples.setdefault((ds, g), f"{rec['text'][:110]} | found {sorted({f[0] for f in found})}")
    print("actor recall on ../shared/gold/events_dev.jsonl")
    for ds in ("plover_gsr", "petrarch2_gsr", "petrarch_unittest"):
        h, n = hits[ds]
        print(f"  {ds:18s} {h:4d}/{n:<4d} recall {h / n:.3f}")
    print(f"  time: spaCy {t_parse:.2f}s, resolve_actors {t_res:.2f}s ({100 * t_res / t_parse:.0f}% of parsing)")
    if args.gate:
        floors = json.loads((Path(__file__).parent / "baselines" / "actors.json").read_text("utf-8"))["recall_floors"]
        low = {ds: round(hits[ds][0] / hits[ds][1], 3) for ds, f in floors.items() if hits[ds][0] / hits[ds][1] < f}
        print(f"  gate: {'FAIL ' + str(low) if low else 'ok'} (floors {floors})")
        if low:
            raise SystemExit(1)
    for ds in ("plover_gsr", "petrarch2_gsr", "petrarch_unittest"):
        top = missing[ds].most_common(args.misses)
        print(f"\n  top misses, {ds}:")
        for code, n in top:
            print(f"    {code:10s} x{n}  e.g. {examples[(ds, code)]}")


def _country_role(res, m):
    a = res.actors[m.actor]
    if m.code == a.code:
        return a.country, a.role
    from detente.actors.dictionary import split_code

    return split_code(m.code)


if __name__ == "__main__":
    main()

"""Throughput against the limit: how close does detente end to end come to extraction + spaCy alone?

    .venv/bin/python benchmarks/throughput.py                 # 1,000 pages: limit, 1 and 2 workers, ratios, memory
    .venv/bin/python benchmarks/throughput.py --pages 200 --memory-check   # also N vs 10×N peak memory
    .venv/bin/python benchmarks/throughput.py --pages 100 --profile        # where the time goes (cProfile)

The pages are ../shared/corpus/scrapinghub-dev/html (102 real news pages), repeated under distinct
names (hard links in a temporary folder, so every copy is its own document id) until there are
`--pages` of them; nothing is copied into the repository.

(a) the bare limit: trafilatura extraction + spaCy `nlp.pipe` alone, in one process, model loaded
    beforehand; (b) `detente.ingest` end to end (read, extract, parse, actors, quotes, events,
    facts, DuckDB writes) with 1 and 2 workers, each run in a fresh process; (c) the ratios;
    (d) peak memory, resident set of the whole process tree (workers included), sampled.
Targets (printed, never asserted): 1 worker >= 0.8 x the limit; 2 workers >= 1.7 x 1 worker;
peak memory at 10 x N <= 1.2 x that at N. Rates count from the start of the run, model loading
included, and from the first stored batch ("steady"), which leaves the start-up out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "scrapinghub-dev" / "html"
sys.path.insert(0, str(ROOT / "src"))


def make_corpus(n: int, folder: Path) -> Path:
    """`n` page files in `folder`: the shared pages decompressed once, then hard-linked under new names."""
    base = folder / "base"
    base.mkdir(parents=True, exist_ok=True)
    pages = sorted(CORPUS.glob("*.html.gz"))
    if not pages:
        sys.exit(f"no pages in {CORPUS}: the benchmark reads ../shared beside the project")
    originals = []
    for p in pages:
        out = base / p.name[: -len(".gz")]
        if not out.exists():
            out.write_bytes(gzip.decompress(p.read_bytes()))
        originals.append(out)
    docs = folder / f"pages{n}"
    docs.mkdir(exist_ok=True)
    for i in range(n):
        src = originals[i % len(originals)]
        dst = docs / f"{i:06d}-{src.name}"
        if not dst.exists():
            try:
                os.link(src, dst)
            except OSError:  # a filesystem without hard links
                dst.write_bytes(src.read_bytes())
    return docs


# -- runs, each in a fresh process ------------------------------------------------------------------


def child(config: dict) -> dict:
    """One measured run inside this (fresh) process; prints nothing but its JSON result."""
    kind = config["kind"]
    if kind == "limit":
        return _limit(Path(config["docs"]), config["batch_size"])
    from detente.cluster import RunOptions
    from detente.engine import AnalyzeOptions, ingest

    first = []
    t0 = time.perf_counter()
    done = ingest([config["docs"]], db=config["db"], options=AnalyzeOptions(batch_size=config["batch_size"]),
                  run=RunOptions(workers=config["workers"]),
                  progress=lambda p: first or first.append((time.perf_counter(), p.documents)))
    end = time.perf_counter()
    wall = end - t0
    steady = None
    if first and done.documents > first[0][1]:
        steady = (done.documents - first[0][1]) / (end - first[0][0])
    return {"pages": done.documents, "stored": done.stored, "failed": done.failed, "events": done.events,
            "wall_s": wall, "rate": done.documents / wall, "steady_rate": steady}


def _limit(docs: Path, batch_size: int) -> dict:
    import trafilatura
    from trafilatura.settings import set_date_params

    from detente import nlp

    # The same trafilatura configuration as detente.extract (precision first, metadata, no
    # extensive date search): the limit is what those two libraries cost, nothing of detente's own.
    settings = dict(favor_precision=True, include_comments=False, include_tables=False, with_metadata=True,
                    deduplicate=False, date_extraction_params=set_date_params(False))

    model = nlp.load()
    model.pipe(["Warm up the pipeline."]).__next__()
    files = sorted(docs.iterdir())
    t0 = time.perf_counter()

    def texts():
        for f in files:
            text = trafilatura.extract(f.read_text("utf-8", "replace"), **settings)
            if text:
                yield text

    n = sum(1 for _ in model.pipe(texts(), batch_size=batch_size))
    wall = time.perf_counter() - t0
    return {"pages": len(files), "with_text": n, "wall_s": wall, "rate": len(files) / wall}


def run_child(config: dict) -> dict:
    """Run `child(config)` in a new interpreter, sampling the RSS of its whole process tree."""
    import psutil

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, __file__, "--child", json.dumps(config)], env=env,
                            stdout=subprocess.PIPE, text=True)
    peak = [0]

    def sample():
        try:
            root = psutil.Process(proc.pid)
            while proc.poll() is None:
                total = 0
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak[0] = max(peak[0], total)
                time.sleep(0.1)
        except psutil.Error:
            pass

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, _ = proc.communicate()
    t.join(timeout=2)
    if proc.returncode:
        sys.exit(f"run {config} failed with exit status {proc.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = peak[0] / 2**20
    return result


# -- profile --------------------------------------------------------------------------------------


def profile(docs: Path, batch_size: int, top: int = 25) -> None:
    """cProfile one in-process ingest; time per detente module (stage) and the costliest functions."""
    import cProfile
    import pstats

    from detente.engine import AnalyzeOptions, ingest, resources

    resources()  # the model load is not what we are after
    with tempfile.TemporaryDirectory() as tmp:
        prof = cProfile.Profile()
        prof.enable()
        ingest([str(docs)], db=Path(tmp) / "p.duckdb", options=AnalyzeOptions(batch_size=batch_size))
        prof.disable()
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values())  # tottime
    by_area: dict[str, float] = {}
    for (file, _line, _fn), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():
        by_area[_area(file)] = by_area.get(_area(file), 0.0) + tt
    print(f"\nprofile: {total:.1f} s of own time, by area")
    for area, tt in sorted(by_area.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {area:<28} {tt:7.2f} s  {100 * tt / total:5.1f}%")
    print(f"\ntop {top} functions by own time")
    stats.sort_stats("tottime").print_stats(top)


def _area(file: str) -> str:
    f = file.replace("\\", "/")
    if "/detente/" in f:
        part = f.split("/detente/", 1)[1]
        return "detente." + part.split("/")[0].removesuffix(".py")
    for lib in ("spacy", "thinc", "trafilatura", "lxml", "duckdb", "justext", "htmldate", "numpy", "courlan", "charset_normalizer"):
        if f"/{lib}/" in f or f"/{lib}." in f:
            return lib
    return "other" if f.startswith("/") else f  # builtins show as "~" or "<built-in ...>"


# -- main -----------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=1000, help="documents per run (default 1000)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--memory-check", action="store_true", help="also ingest 10 x --pages with 1 worker and compare peak memory")
    ap.add_argument("--profile", action="store_true", help="profile a 1-worker in-process ingest of --pages pages instead")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return
    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        tmp = Path(tmp)
        docs = make_corpus(args.pages, tmp)
        if args.profile:
            profile(docs, args.batch_size)
            return
        cfg = {"docs": str(docs), "batch_size": args.batch_size}
        print(f"{args.pages} pages ({len(list(CORPUS.glob('*.html.gz')))} distinct), batch size {args.batch_size}, "
              f"{os.cpu_count()} cores\n")
        limit = run_child({**cfg, "kind": "limit"})
        print(f"(a) limit: trafilatura + spaCy nlp.pipe   {limit['rate']:7.2f} pages/s  "
              f"({limit['wall_s']:.1f} s, {limit['with_text']} with text, peak {limit['peak_rss_mb']:.0f} MB)")
        runs = {}
        for w in (1, 2):
            r = runs[w] = run_child({**cfg, "kind": "ingest", "workers": w, "db": str(tmp / f"w{w}.duckdb")})
            steady = f", steady {r['steady_rate']:.2f}" if r["steady_rate"] else ""
            print(f"(b) detente, {w} worker{'s' if w > 1 else ' '}                 {r['rate']:7.2f} pages/s  "
                  f"({r['wall_s']:.1f} s{steady}; {r['stored']} stored, {r['failed']} failed, {r['events']} events, "
                  f"peak {r['peak_rss_mb']:.0f} MB)")
        one, two = runs[1], runs[2]
        print(f"(c) 1 worker / limit  = {one['rate'] / limit['rate']:.2f}   (target >= 0.80)")
        print(f"    2 workers / 1     = {two['rate'] / one['rate']:.2f}   (target >= 1.70)")
        if one["steady_rate"] and two["steady_rate"]:
            print(f"    steady: 1 worker / limit = {one['steady_rate'] / limit['rate']:.2f}, "
                  f"2 / 1 = {two['steady_rate'] / one['steady_rate']:.2f}")
        print(f"(d) peak RSS incl. workers: limit {limit['peak_rss_mb']:.0f} MB, 1 worker {one['peak_rss_mb']:.0f} MB, "
              f"2 workers {two['peak_rss_mb']:.0f} MB")
        if args.memory_check:
            big = make_corpus(10 * args.pages, tmp)
            r = run_child({"docs": str(big), "batch_size": args.batch_size, "kind": "ingest", "workers": 1,
                           "db": str(tmp / "big.duckdb")})
            print(f"    memory: {args.pages} pages {one['peak_rss_mb']:.0f} MB, {10 * args.pages} pages "
                  f"{r['peak_rss_mb']:.0f} MB, ratio {r['peak_rss_mb'] / one['peak_rss_mb']:.2f} (target <= 1.20); "
                  f"{r['rate']:.2f} pages/s")


if __name__ == "__main__":
    main()

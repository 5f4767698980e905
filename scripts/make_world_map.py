"""Make `src/detente/data/map/countries.json`, the dashboard map's country shapes.

The shapes are Natural Earth's 1:110m admin-0 countries (public domain, naturalearthdata.com),
as the `geopandas` 0.14 wheel on PyPI ships them (`geopandas/datasets/naturalearth_lowres`).
Regenerate with:

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne
    python scripts/make_world_map.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl

The shapefile is read here with the standard library (no GDAL), projected equirectangular onto a
720 x 360 box (x = 2 (lon + 180), y = 2 (90 - lat)), points rounded to 0.1 and consecutive
repeats dropped, and written as one SVG path per ISO 3166-1 alpha-3 code. Antarctica is left
out (no news events, a third of the picture).
"""

from __future__ import annotations

import json
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "map" / "countries.json"
BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def read_dbf(data: bytes) -> list[dict]:
    n, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(n):
        rec = data[header_len + i * record_len : header_len + (i + 1) * record_len]
        at, row = 1, {}
        for name, size in fields:
            row[name] = rec[at : at + size].decode("utf-8", "replace").strip()
            at += size
        rows.append(row)
    return rows


def read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    shapes, pos = [], 100
    while pos < len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        kind = struct.unpack("<i", body[:4])[0]
        if kind != 5:  # polygon
            shapes.append([])
            continue
        nparts, npoints = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{nparts}i", body[44 : 44 + 4 * nparts])) + [npoints]
        xy = struct.unpack(f"<{2 * npoints}d", body[44 + 4 * nparts : 44 + 4 * nparts + 16 * npoints])
        points = list(zip(xy[0::2], xy[1::2]))
        shapes.append([points[parts[k] : parts[k + 1]] for k in range(nparts)])
    return shapes


def path(rings: list[list[tuple[float, float]]]) -> str:
    out = []
    for ring in rings:
        pts: list[str] = []
        for lon, lat in ring:
            p = f"{2 * (lon + 180):.1f} {2 * (90 - lat):.1f}"
            if not pts or pts[-1] != p:
                pts.append(p)
        if len(pts) >= 3:
            out.append("M" + "L".join(pts) + "Z")
    return "".join(out)


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        rows = read_dbf(z.read(BASE + ".dbf"))
        shapes = read_shp(z.read(BASE + ".shp"))
    countries = {}
    for row, rings in zip(rows, shapes):
        code = row.get("iso_a3", "")
        if row.get("name") == "Antarctica" or not rings:
            continue
        if len(code) != 3 or not code.isalpha():
            continue  # -99: Northern Cyprus, Somaliland and the like have no ISO code
        entry = countries.setdefault(code, {"name": row["name"], "path": ""})
        entry["path"] += path(rings)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), from the geopandas 0.14 wheel; scripts/make_world_map.py",
        "projection": "equirectangular, x = 2 (lon + 180), y = 2 (90 - lat)",
        "width": 720, "height": 300,
        "countries": dict(sorted(countries.items())),
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"{len(countries)} countries -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])

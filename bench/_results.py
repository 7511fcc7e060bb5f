"""Shared recording of benchmark figures.

Every benchmark prints one line per figure, ``name: value (target …)``, and merges the figure into
``bench/results.json`` as ``{"name": {"value": x, "target": "…", "ok": true|false}}``.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

RESULTS = Path(__file__).with_name("results.json")


def record(name: str, value: float, target: str, ok: bool, unit: str = "") -> bool:
    shown = f"{value:.4g}{unit}"
    print(f"{name}: {shown} (target {target}){'' if ok else '  <-- NOT MET'}", flush=True)
    data: dict[str, dict[str, object]] = {}
    if RESULTS.exists():
        try:
            data = json.loads(RESULTS.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
    data[name] = {"value": round(value, 6), "target": target, "ok": bool(ok)}
    fd, tmp = tempfile.mkstemp(dir=RESULTS.parent, prefix=".results-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(data.items())), fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    os.replace(tmp, RESULTS)
    return ok

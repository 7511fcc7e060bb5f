"""Check a built bundle: only allowed Qt modules and plugins, and not larger than the limit (issue 17).

    python3 packaging/check_bundle.py dist/overlegtafel

Prints the size and file count; exit 1 with one line per problem. Standard library only: the smoke
test runs it next to the bundle, without the project's environment.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_data as bd


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("gebruik: check_bundle.py DIST_MAP", file=sys.stderr)
        return 2
    dist = Path(argv[0])
    if (dist / bd.EXE_NAME / "_internal").is_dir():
        dist = dist / bd.EXE_NAME
    if not dist.is_dir():
        print(f"FOUT: map {dist} bestaat niet; eerst 'make bundle'.", file=sys.stderr)
        return 1
    size, files = bd.bundle_size(dist)
    print(f"bundel: {size / 1e6:.1f} MB in {files} bestanden")
    print("Qt-modules: " + ", ".join(sorted(bd.bundle_qt_modules(dist))))
    problems = bd.check_bundle(dist)
    for problem in problems:
        print(f"FOUT: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

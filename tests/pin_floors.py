"""Re-pin the accuracy floors to what the extractor scores now.

Run it on purpose and commit the new floors with the reason.

.venv/bin/python tests/pin_floors.py [SET ...]
"""

from __future__ import annotations

import json
import sys

from accuracy_sets import FLOORS, SETS, measured


def main(names: list[str]) -> None:
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    for labelled in SETS:
        if names and labelled.name not in names:
            continue
        if not labelled.available():
            print(f"{labelled.name}: not available, kept")
            continue
        figures = measured(labelled.score())
        floors[labelled.name] = {"digest": labelled.digest(), **figures}
        print(f"{labelled.name}: {figures}")
    FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])

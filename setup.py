"""Build hook: the extraction modules are compiled to C with mypyc.

Everything else about the package is in pyproject.toml. The compiled modules are the same
source files, checked by mypy; compiled, extraction runs about 1.4x faster (see the README's
performance section). Set LAUNCHWATCH_PURE=1 to install without compiling (plain Python).
"""

import os
from pathlib import Path

from setuptools import setup

COMPILED = [
    "src/launchwatch/clean.py",
    *sorted(map(str, Path("src/launchwatch/extract").glob("*.py"))),
]

if os.environ.get("LAUNCHWATCH_PURE") == "1":
    setup()
else:
    from mypyc.build import mypycify

    setup(ext_modules=mypycify(COMPILED, opt_level="3", group_name="launchwatch_native"))

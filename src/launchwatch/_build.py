"""The extraction modules run compiled (mypyc, see setup.py); in a source checkout a compiled
module older than its source would silently run the old code, so importing refuses that."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


class StaleBuildError(ImportError):
    """A compiled module is older than the source file it was compiled from."""


def stale_modules(package: Path = PACKAGE) -> list[Path]:
    """Source files edited after their compiled module was built (none when not compiled)."""
    stale = []
    for suffix in EXTENSION_SUFFIXES:
        for compiled in package.rglob(f"*{suffix}"):
            source = compiled.with_name(compiled.name[: -len(suffix)] + ".py")
            if source.exists() and source.stat().st_mtime > compiled.stat().st_mtime:
                stale.append(source)
    return sorted(stale)


def check_compiled(package: Path = PACKAGE) -> None:
    """Raise StaleBuildError in a source checkout whose compiled modules are out of date."""
    if package.parent.name != "src":  # an installed copy: its files are what was built
        return
    stale = stale_modules(package)
    if stale:
        names = ", ".join(str(p.relative_to(package.parent)) for p in stale[:3])
        more = f" and {len(stale) - 3} more" if len(stale) > 3 else ""
        raise StaleBuildError(
            f"launchwatch: {names}{more} changed after the compiled modules were built;"
            " rebuild them with `make` (any target) or `.venv/bin/pip install -e .`,"
            " or remove src/**/*.so to run the plain Python"
        )

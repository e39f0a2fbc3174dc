"""The compiled extraction modules: in use after `make`, and refused when older than the source."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import launchwatch.clean
import launchwatch.extract.launches
from launchwatch._build import StaleBuildError, check_compiled, stale_modules


@pytest.mark.skipif(os.environ.get("LAUNCHWATCH_PURE") == "1", reason="installed without compiling")
def test_the_extraction_modules_run_compiled() -> None:
    for module in (launchwatch.extract.launches, launchwatch.clean):
        assert module.__file__ is not None
        assert module.__file__.endswith(tuple(EXTENSION_SUFFIXES)), module.__file__


def _package(tmp_path: Path) -> Path:
    package = tmp_path / "src" / "pkg"
    (package / "sub").mkdir(parents=True)
    for name in ("a", "sub/b"):
        (package / f"{name}.py").write_text("x = 1\n")
        compiled = package / f"{name}{EXTENSION_SUFFIXES[0]}"
        compiled.write_bytes(b"")
        os.utime(package / f"{name}.py", (1_000, 1_000))
        os.utime(compiled, (2_000, 2_000))
    return package


def test_a_fresh_build_is_accepted(tmp_path: Path) -> None:
    package = _package(tmp_path)
    assert stale_modules(package) == []
    check_compiled(package)


def test_a_source_edited_after_the_build_is_refused(tmp_path: Path) -> None:
    package = _package(tmp_path)
    os.utime(package / "sub" / "b.py", (3_000, 3_000))
    assert stale_modules(package) == [package / "sub" / "b.py"]
    with pytest.raises(StaleBuildError, match=r"pkg/sub/b\.py changed .*`make`"):
        check_compiled(package)


def test_an_installed_copy_is_not_checked(tmp_path: Path) -> None:
    package = _package(tmp_path)
    os.utime(package / "a.py", (3_000, 3_000))
    installed = tmp_path / "site-packages"
    (package.parent).rename(installed)
    check_compiled(installed / "pkg")

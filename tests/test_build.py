"""The compiled extraction modules: in use after `make`, and refused when older than the source."""

from __future__ import annotations

import ast
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


def _compiled_sources() -> list[Path]:
    package = Path(launchwatch.clean.__file__ or "").resolve().parent
    return [package / "clean.py", *sorted((package / "extract").glob("*.py"))]


def _module_names(tree: ast.Module) -> list[tuple[str, ast.stmt]]:
    out: list[tuple[str, ast.stmt]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:  # ("A, B = 1, 2": names that cannot be Final)
                names = target.elts if isinstance(target, ast.Tuple) else [target]
                out += [(t.id, node) for t in names if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.append((node.target.id, node))
    return out


def _is_type_alias(node: ast.stmt) -> bool:
    value = node.value if isinstance(node, ast.Assign) else None
    if isinstance(value, ast.Subscript):  # "Span = tuple[int, int]"
        return isinstance(value.value, ast.Name) and value.value.id in {"tuple", "list", "dict"}
    if isinstance(value, ast.Name):  # "_Raw = Mention"
        return value.id[:1].isupper() and not value.id.isupper()
    return False


def test_module_constants_of_the_compiled_modules_are_final() -> None:
    # Compiled, a plain module global is looked up in the module's dictionary at every use
    # (a Final one is a C static), and `functools.cached_property` does not cache.
    plain = []
    for path in _compiled_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        decorators = [
            ast.unparse(d)
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef)
            for d in n.decorator_list
        ]
        assert not [d for d in decorators if "cached_property" in d], path.name
        for name, node in _module_names(tree):
            final = isinstance(node, ast.AnnAssign) and "Final" in ast.unparse(node.annotation)
            if not (final or name.startswith("__") or _is_type_alias(node)):
                plain.append(f"{path.name}:{node.lineno} {name}")
    assert plain == []


def _is_call_of(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Call) and ast.unparse(node.func) == name


def test_the_finders_compile_their_patterns_with_regex_or_a_gate() -> None:
    # `gating.regex` puts a first-character test in front of a pattern that `re` would try at
    # every character; `Gated(re.compile(...))` does that and more. A bare `re.compile` in a
    # finder would quietly miss both.
    bare = []
    for path in _compiled_sources():
        if path.parent.name != "extract" or path.name == "gating.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        gated = {
            id(node.args[0])
            for node in ast.walk(tree)
            if _is_call_of(node, "Gated") and isinstance(node, ast.Call) and node.args
        }
        bare += [
            f"{path.name}:{node.lineno}"
            for node in ast.walk(tree)
            if _is_call_of(node, "re.compile") and id(node) not in gated
        ]
    assert bare == []

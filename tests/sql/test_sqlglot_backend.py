"""The default install brings sqlglot's compiled build wherever PyPI has a wheel of it, and only there."""

from __future__ import annotations

import tomllib

import pytest
from packaging.requirements import Requirement

from tests.conftest import ROOT

# What PyPI holds for sqlglotc 30.30: cp311 to cp315 wheels for these platforms, and an sdist.
LINUX_X86 = {"sys_platform": "linux", "platform_machine": "x86_64"}
WITH_WHEEL = [
    LINUX_X86,
    {"sys_platform": "linux", "platform_machine": "aarch64"},
    {"sys_platform": "darwin", "platform_machine": "arm64"},
    {"sys_platform": "darwin", "platform_machine": "x86_64"},
    {"sys_platform": "win32", "platform_machine": "AMD64"},
]
WITHOUT_WHEEL = [
    {"sys_platform": "linux", "platform_machine": "armv7l"},
    {"sys_platform": "linux", "platform_machine": "ppc64le"},
    {"sys_platform": "win32", "platform_machine": "ARM64"},
    {"sys_platform": "win32", "platform_machine": "x86"},
    {**LINUX_X86, "platform_python_implementation": "PyPy"},
    {**LINUX_X86, "python_version": "3.16"},
]


def sqlglotc_requirement() -> Requirement:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (requirement,) = (r for r in map(Requirement, project["dependencies"]) if r.name == "sqlglotc")
    return requirement


def environment(platform: dict[str, str]) -> dict[str, str]:
    return {"platform_python_implementation": "CPython", "python_version": "3.12", **platform}


@pytest.mark.parametrize("platform", WITH_WHEEL, ids=lambda p: "-".join(p.values()))
def test_sqlglotc_is_a_default_dependency_where_a_wheel_exists(platform: dict[str, str]) -> None:
    marker = sqlglotc_requirement().marker
    assert marker is not None and marker.evaluate(environment(platform))


@pytest.mark.parametrize("platform", WITHOUT_WHEEL, ids=lambda p: "-".join(p.values()))
def test_elsewhere_plain_sqlglot_is_used_without_building_anything(platform: dict[str, str]) -> None:
    marker = sqlglotc_requirement().marker
    assert marker is not None and not marker.evaluate(environment(platform))

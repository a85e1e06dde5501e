"""The docker engines: their settings as data, and what happens where no Docker engine runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from zsgate import servers
from zsgate.engines import DOCKER_SPECS, EngineUnavailable, open_server
from zsgate.engines.docker import BUILD_HINT, DOCKER_IMAGES, DockerImage, image_for, image_setting

RECIPES = Path(__file__).resolve().parents[2] / "zsgate" / "engines" / "images" / "recipes"


@pytest.mark.parametrize("target", servers.TARGETS, ids=lambda target: target.name)
def test_every_target_runs_as_docker_and_its_name(target: servers.Target, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = f"docker:{target.name}"
    monkeypatch.delenv(image_setting(spec), raising=False)
    assert spec in DOCKER_SPECS
    settings = image_for(spec)
    assert (settings.image, settings.family, settings.tls) == (
        target.image.reference,
        target.family.name,
        target.image.tls,
    )


def _recipe(name: str) -> dict[str, str]:
    lines = (RECIPES / name).read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def test_each_recipe_builds_the_release_of_the_target_that_names_it() -> None:
    """build.sh tags its image REPOSITORY:TAG from the recipe; the target says which release it stands for."""
    named = {target.image.recipe: target for target in servers.TARGETS if target.image.recipe}
    assert sorted(named) == sorted(path.name for path in RECIPES.iterdir())
    for recipe, target in named.items():
        assert _recipe(recipe)["tag"] == target.version, recipe
        assert _recipe(recipe)["repository"] == f"zsgate/{target.family.name}", recipe
        assert f"{target.product} {target.version}" in BUILD_HINT


def test_a_setting_points_a_name_at_a_local_image(monkeypatch: pytest.MonkeyPatch) -> None:
    assert image_setting("docker:mysql-9.7") == "ZSGATE_DOCKER_IMAGE_MYSQL_9_7"
    assert image_setting("docker:mariadb-10.11") == "ZSGATE_DOCKER_IMAGE_MARIADB_10_11"
    monkeypatch.setenv("ZSGATE_DOCKER_IMAGE_MYSQL_9_7", "zsgate/mysql:9.7-0123456789ab")
    monkeypatch.delenv("ZSGATE_DOCKER_IMAGE_MARIADB_10_11", raising=False)
    assert image_for("docker:mysql-9.7") == DockerImage("zsgate/mysql:9.7-0123456789ab", "mysql")
    assert image_for("docker:mariadb-10.11").image == "mariadb:10.11"


@pytest.mark.parametrize("spec", DOCKER_SPECS)
def test_every_image_runs_with_the_options_zstack_upgrades_need(spec: str) -> None:
    settings = DOCKER_IMAGES[spec]
    assert "--log-bin-trust-function-creators=1" in settings.options
    assert "--character-set-server=utf8mb4" in settings.options
    assert "--skip-log-bin" in settings.options
    assert settings.tls == (settings.family == "mysql")  # caching_sha2_password without `cryptography`
    assert all(option.startswith("--") for option in settings.options)
    # root's password is made per run, never kept in the settings
    assert not any("PASSWORD" in name for name, _ in settings.env)


def test_greatsql_undoes_its_images_production_sample_config() -> None:
    settings = DOCKER_IMAGES["docker:greatsql-8.0"]
    assert {"--gtid-mode=OFF", "--enforce-gtid-consistency=OFF"} <= set(settings.options)
    assert dict(settings.env) == {"MAXPERF": "0"}
    entrypoint_output = "Database initialized\n...\nMySQL init process done. Ready for start up.\n"
    assert re.search(settings.ready_log, entrypoint_output, re.DOTALL)


def test_mysql_images_are_ready_once_the_real_server_listens() -> None:
    """Both servers also log "X Plugin ready for connections", which must not count."""
    temporary = (
        "2024-01-01T00:00:00Z 0 [System] [MY-011323] [Server] X Plugin ready for connections. Socket: /run/x.sock\n"
        "2024-01-01T00:00:00Z 0 [System] [MY-010931] /usr/sbin/mysqld: ready for connections. port: 0\n"
        "2024-01-01T00:00:01Z 0 [System] [MY-011323] [Server] X Plugin ready for connections. port: 33060\n"
    )
    real = "2024-01-01T00:00:02Z 0 [System] [MY-010931] /usr/sbin/mysqld: ready for connections. port: 3306\n"
    pattern = DOCKER_IMAGES["docker:mysql-9.7"].ready_log
    assert not re.search(pattern, temporary, re.DOTALL)
    assert re.search(pattern, temporary + "[Note] shutting down\n" + real, re.DOTALL)


def test_mariadb_images_are_ready_once_the_real_server_listens() -> None:
    temporary = "2024-01-01  0:00:00 0 [Note] mariadbd: ready for connections.\nVersion: '10.11.6'  port: 0\n"
    real = "2024-01-01  0:00:02 0 [Note] mariadbd: ready for connections.\nVersion: '10.11.6'  port: 3306\n"
    pattern = DOCKER_IMAGES["docker:mariadb-10.11"].ready_log
    assert not re.search(pattern, temporary, re.DOTALL)
    assert re.search(pattern, temporary + real, re.DOTALL)


def test_any_image_with_a_tag_gets_generic_settings() -> None:
    assert image_for("docker:mysql:8.0.36") == DockerImage("mysql:8.0.36", "mysql")
    assert image_for("docker:mariadb:11.4") == DockerImage("mariadb:11.4", "mariadb", tls=False)
    assert image_for("docker:registry.example:5000/team/mysql:8.0").image == "registry.example:5000/team/mysql:8.0"
    for spec in ("docker:mysql", "docker:registry.example:5000/mysql", "docker:"):
        with pytest.raises(ValueError, match="docker:IMAGE:TAG"):
            image_for(spec)


@pytest.mark.parametrize("spec", [*DOCKER_SPECS, "docker:mysql:8.0.36"])
def test_without_a_docker_engine_opening_says_which_engines_to_use_instead(
    spec: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/nothing-listens.sock")
    with pytest.raises(EngineUnavailable) as raised, open_server(spec):
        pytest.fail("a server started without Docker")
    message = str(raised.value)
    assert message.startswith(f"no Docker engine answered to run {image_for(spec).image} (")
    assert "--engine local (needs `apt-get install mariadb-server`)" in message
    assert "--engine dsn:URL" in message


def test_testcontainers_is_imported_only_when_a_docker_engine_opens() -> None:
    code = "import sys, zsgate.engines; print(sorted(m for m in ('testcontainers', 'docker') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

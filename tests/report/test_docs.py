"""`zsgate docs`: a page per table from the models, and at ZStack's scale from its real history."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from tests.report.mermaid import check, diagrams_in
from zsgate.checks.report.docs_markdown import docs_pages
from zsgate.checks.review.diagram import NEIGHBOUR_LIMIT
from zsgate.checks.review.docs import history_docs
from zsgate.cli import main


def docs(tmp_path: Path, *options: str) -> dict[str, str]:
    result = CliRunner().invoke(main, ["docs", "--out", str(tmp_path), *options])
    assert result.exit_code == 0, result.output
    return {str(path.relative_to(tmp_path)): path.read_text() for path in tmp_path.rglob("*.md")}


def test_the_models_get_an_index_and_a_page_per_table_with_the_release_of_each_part(tmp_path: Path) -> None:
    from zsgate.schema import metadata

    pages = docs(tmp_path)
    assert len(pages) == 1 + len(metadata.tables)
    assert "| [AiHostModelCacheVO](tables/AiHostModelCacheVO.md) | 23 | 4 | 1 | 1 | 5.5.28 |" in pages["index.md"]
    mount = pages["tables/VmModelMountVO.md"]
    assert "| `cacheUuid` | VARCHAR(32) NULL |  | 5.5.28 |" in mount
    assert "| `uuid` | VARCHAR(32) NOT NULL | PK | baseline |" in mount
    assert "| `idxVmModelMountVOCacheUuid` | (cacheUuid) | 5.5.28 |" in mount
    assert (
        "| `fkVmModelMountVOAiHostModelCacheVO` | cacheUuid | [AiHostModelCacheVO](AiHostModelCacheVO.md) (uuid) "
        "| SET NULL | 5.5.28 |"
    ) in mount
    host = pages["tables/HostEO.md"].split("## Foreign keys in")[1]
    assert {
        "AiHostCacheStorageVO", "AiHostModelCachePolicyVO", "AiHostModelCacheReservationVO", "AiHostModelCacheVO"
    } <= set(re.findall(r"^\| \[(\w+)\]", host, re.MULTILINE))  # fmt: skip


DRAWN = 20
"""Pictures drawn per test, the largest (drawing costs a fraction of a second to seconds each); all are parsed."""


def test_every_page_of_the_models_parses_and_the_largest_draw_one_entity_per_table_and_one_edge_per_key(
    tmp_path: Path,
) -> None:
    pages = [text for name, text in sorted(docs(tmp_path).items()) if name.startswith("tables/")]
    diagrams = [diagram for text in pages for diagram in diagrams_in(text)]
    assert len(diagrams) == len(pages)
    largest = set(sorted(range(len(diagrams)), key=lambda i: -len(diagrams[i]))[:DRAWN])
    for index, drawn in enumerate(check(diagrams, [i in largest for i in range(len(diagrams))])):
        assert drawn.ok, drawn.error
        if index in largest:
            diagram = diagrams[index]
            assert len(drawn.entities) == len(re.findall(r"^    \w+ \{$", diagram, re.MULTILINE))
            assert drawn.edges == len(re.findall(r"^    \w+ [|}]o--[|o]\| \w+ :", diagram, re.MULTILINE))


def test_zstack_history_at_full_scale_every_diagram_parses(corpus: Path) -> None:
    """Every table ZStack's history leaves (about 600) gets a page whose picture Mermaid parses; the largest
    pictures are drawn, and the busiest neighbourhoods are trimmed to the limit."""
    schema_docs = history_docs(corpus)
    assert len(schema_docs.tables) > 550
    pages = docs_pages(schema_docs)
    assert len(pages) == 1 + len(schema_docs.tables) + len(schema_docs.views)
    diagrams = [diagrams_in(pages[name])[0] for name in sorted(pages) if name.startswith("tables/")]
    largest = set(sorted(range(len(diagrams)), key=lambda i: -len(diagrams[i]))[:DRAWN])
    drawn = check(diagrams, [index in largest for index in range(len(diagrams))])
    refused = [(doc.table.name, d.error) for doc, d in zip(schema_docs.tables, drawn, strict=True) if not d.ok]
    assert refused == []
    for index in largest:
        assert len(drawn[index].entities) == len(re.findall(r"^    \w+ \{$", diagrams[index], re.MULTILINE))
        assert drawn[index].edges == len(re.findall(r"^    \w+ [|}]o--[|o]\| \w+ :", diagrams[index], re.MULTILINE))
    trimmed = [doc for doc in schema_docs.tables if doc.diagram.left_out]
    assert trimmed and all(len(doc.diagram.entities) == 1 + NEIGHBOUR_LIMIT for doc in trimmed)
    account = next(doc for doc in schema_docs.tables if doc.table.name == "AccountVO")
    assert account.added == "0.6" and len(account.referencing) >= 17
    assert account.parts["name"] == "0.6"
    assert account.parts["description"] == "0.8"  # ALTER TABLE AccountVO ADD description ... in V0.8
    shared = next(doc for doc in schema_docs.tables if doc.table.name == "SharedResourceVO")
    assert shared.parts["fksharedresourcevoaccountvo"] == "1.10"  # added in V0.8, dropped and made again in V1.10


def test_a_folder_without_migrations_is_refused_and_pages_of_gone_tables_are_removed(tmp_path: Path) -> None:
    empty = tmp_path / "db"
    empty.mkdir()
    result = CliRunner().invoke(main, ["docs", "--out", str(tmp_path / "out"), "--history", str(empty)])
    assert result.exit_code == 2
    assert result.stderr == f"zsgate: error: {empty}: no V<version>__*.sql files (expected ZStack's conf/db folder)\n"
    out = tmp_path / "docs"
    (out / "tables").mkdir(parents=True)
    (out / "tables" / "GoneVO.md").write_text("# GoneVO\n")
    result = CliRunner().invoke(main, ["docs", "--out", str(out)])
    assert result.exit_code == 0 and "removed 1 of tables or views no longer there" in result.output
    assert not (out / "tables" / "GoneVO.md").exists() and (out / "tables" / "HostEO.md").is_file()


def test_zstack_history_views_get_a_page_and_each_table_lists_the_views_over_it(corpus: Path) -> None:
    """ZStack's 21 views at V5.2.1 (`VmInstanceVO` over `VmInstanceEO`, ...), as a replay leaves them (see
    tests/history/test_views_on_server.py)."""
    schema_docs = history_docs(corpus)
    pages = docs_pages(schema_docs)
    assert len(schema_docs.views) == 21
    assert (
        "| [VmInstanceVO](views/VmInstanceVO.md) | [VmInstanceEO](tables/VmInstanceEO.md) | 4.7.21 |"
        in (pages["index.md"])
    )
    view = pages["views/VmInstanceVO.md"]
    assert "Reads [VmInstanceEO](../tables/VmInstanceEO.md)." in view
    assert "FROM `zstack`.`VmInstanceEO` WHERE deleted IS NULL\n```\n" in view
    assert "## Views over it\n\n- [VmInstanceVO](../views/VmInstanceVO.md)\n" in pages["tables/VmInstanceEO.md"]
    usage = pages["tables/PrimaryStorageHistoricalUsageBaseVO.md"].split("## Views over it")[1]
    assert re.findall(r"^- \[(\w+)\]", usage, re.MULTILINE) == [
        "CephOsdGroupHistoricalUsageVO", "LocalStorageHostHistoricalUsageVO", "PrimaryStorageHistoricalUsageVO"
    ]  # fmt: skip
    assert "| `trigger_cleanup_for_VolumeEO_soft_delete` | AFTER UPDATE |" in pages["tables/VolumeEO.md"]

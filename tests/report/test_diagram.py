"""The ER picture: what it shows, the ends of each edge, trimming, and Mermaid accepting every shape of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.report.mermaid import check
from zsgate.checks.report.mermaid import er_diagram
from zsgate.checks.report.release_markdown import diagram_lines
from zsgate.checks.review.diagram import NEIGHBOUR_LIMIT, neighbourhood
from zsgate.history.apply import apply, starting_schema
from zsgate.history.changes import read_file
from zsgate.history.schema import Schema

SQL = """
CREATE TABLE Host (uuid VARCHAR(32) NOT NULL PRIMARY KEY, price DECIMAL(10,2), kind ENUM('a','b') NOT NULL);
CREATE TABLE HostDetail (hostUuid VARCHAR(32) NOT NULL, note TEXT,
    UNIQUE KEY ukHost (hostUuid),
    CONSTRAINT fkDetailHost FOREIGN KEY (hostUuid) REFERENCES Host (uuid) ON DELETE CASCADE);
CREATE TABLE Disk (uuid VARCHAR(32) NOT NULL PRIMARY KEY, hostUuid VARCHAR(32), parentUuid VARCHAR(32),
    CONSTRAINT fkDiskHost FOREIGN KEY (hostUuid) REFERENCES Host (uuid) ON DELETE SET NULL,
    CONSTRAINT fkDiskParent FOREIGN KEY (parentUuid) REFERENCES Disk (uuid));
CREATE TABLE `odd-name` (id INT UNSIGNED NOT NULL PRIMARY KEY, `host "uuid"` VARCHAR(32) NOT NULL,
    CONSTRAINT fkOdd FOREIGN KEY (`host "uuid"`) REFERENCES Host (uuid) ON DELETE CASCADE);
"""


def schema_of(sql: str, tmp_path: Path) -> Schema:
    path = tmp_path / "V1__schema.sql"
    path.write_text(sql)
    schema = starting_schema(None, defines_helpers=False)
    for change in read_file(path) or []:
        apply(schema, change)
    return schema


@pytest.fixture
def schema(tmp_path: Path) -> Schema:
    return schema_of(SQL, tmp_path)


def test_the_ends_of_an_edge_come_from_nullability_and_unique_keys(schema: Schema) -> None:
    text = er_diagram(neighbourhood(schema, ["Disk", "HostDetail"]))
    assert '    HostDetail |o--|| Host : "hostUuid: ON DELETE CASCADE"' in text  # one detail at most per host
    assert '    Disk }o--o| Host : "hostUuid: ON DELETE SET NULL"' in text  # a disk may have no host
    assert '    Disk }o--o| Disk : "parentUuid: ON DELETE RESTRICT"' in text  # its own parent


def test_a_neighbour_shows_only_the_columns_that_tie_it(schema: Schema) -> None:
    text = er_diagram(neighbourhood(schema, ["HostDetail"]))
    host = text.split("    Host {\n")[1].split("    }")[0]
    assert host == "        varchar(32) uuid PK\n"
    assert '        varchar(32) hostUuid FK, UK "NOT NULL"' in text


def test_names_and_types_mermaid_has_no_word_for_are_written_as_words(schema: Schema) -> None:
    text = er_diagram(neighbourhood(schema, ["Host"]))
    assert "    t_odd_name_da0afe {" in text and "host_uuid FK" in text  # its words and a digest of its name
    assert "    t_odd_name_da0afe }o--|| Host : \"host 'uuid': ON DELETE CASCADE\"" in text
    assert "        decimal price\n" in text and '        enum kind "NOT NULL"' in text
    assert "        int_unsigned id PK\n" in text


def test_a_large_neighbourhood_is_trimmed_and_says_what_it_left_out(tmp_path: Path) -> None:
    users = NEIGHBOUR_LIMIT + 6
    sql = "CREATE TABLE Hub (uuid VARCHAR(32) NOT NULL PRIMARY KEY);\n" + "".join(
        f"CREATE TABLE User{n:02} (uuid VARCHAR(32) NOT NULL PRIMARY KEY, hubUuid VARCHAR(32) NOT NULL,"
        f" CONSTRAINT fk{n} FOREIGN KEY (hubUuid) REFERENCES Hub (uuid) ON DELETE CASCADE);\n"
        for n in range(users)
    )
    diagram = neighbourhood(schema_of(sql, tmp_path), ["Hub"])
    assert len(diagram.entities) == 1 + NEIGHBOUR_LIMIT and len(diagram.edges) == NEIGHBOUR_LIMIT
    assert diagram.left_out == tuple(f"User{n:02}" for n in range(NEIGHBOUR_LIMIT, users))
    assert "Left out of the picture, one more foreign key away: User24, User25, User26, User27, User28, User29." in (
        diagram_lines(diagram)
    )


def test_mermaid_draws_every_shape_with_one_entity_per_table_and_one_edge_per_foreign_key(
    schema: Schema, tmp_path: Path
) -> None:
    shapes = [neighbourhood(schema, [name]) for name in schema.tables]
    drawn = check([er_diagram(diagram) for diagram in shapes])
    for diagram, result in zip(shapes, drawn, strict=True):
        assert result.ok, result.error
        assert len(result.entities) == len(diagram.entities)
        assert result.edges == len(diagram.edges)

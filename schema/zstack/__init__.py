"""ZStack's schema at V5.2.1, the project's baseline models: 618 tables, 21 views, 2 triggers.

Imported once by `zsgate import --as-baseline` from the history `zstack/db` (155 migrations up to V5.2.1),
replayed on 10.11.19-MariaDB-0+deb12u1. SHA-256 of the migrations' scripts and Flyway checksums:
c3a899decaf6f423.

From here on these are the project's models of the schema customers have, edited by hand like any others.
Every table is tagged `since(BASELINE)`: a change to one belongs to a release (`zsgate generate --history`).
The tables are in one module per first letter of their names (a letter with many is cut by its next letters);
views.py holds the views and triggers.
"""

from zsgate.schema.base import Base, metadata

from . import (  # noqa: F401  (each module registers its tables on `metadata`)
    ac_as,
    au,
    b,
    c,
    d,
    e,
    f,
    g,
    h,
    i,
    j,
    k,
    l,
    m,
    n,
    o,
    p,
    q,
    r,
    sa_sl,
    sn_sy,
    t,
    u,
    v2_vi,
    views,
    vm_vo,
    vp_vx,
    w,
    x,
    z,
)

__all__ = ["Base", "metadata"]

"""Replay: a Flyway history run file by file on a server as Flyway 3.2.1 does, its ``schema_version`` kept as
Flyway keeps it."""

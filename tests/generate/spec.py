"""The 5.5.28 target schema, transcribed from shared/spec/host-model-cache-5.5.28.md.

Kept apart from the models on purpose: tests compare what the models generate with this.
"""

AUDIT = [
    ("createDate", "TIMESTAMP", False, "'2000-01-01 00:00:00'"),
    ("lastOpDate", "TIMESTAMP", True, "CURRENT_TIMESTAMP"),
]


def columns(*groups: tuple[str, str, bool]) -> list[tuple[str, str, bool]]:
    """``(name, type, nullable)`` rows, starting with ``uuid``."""
    return [("uuid", "VARCHAR(32)", False), *groups]


TABLES: dict[str, dict] = {
    "AiHostModelCacheVO": {
        "columns": columns(
            ("hostUuid", "VARCHAR(32)", False),
            ("modelCenterUuid", "VARCHAR(32)", True),
            ("modelUuid", "VARCHAR(32)", True),
            ("sourceRoot", "VARCHAR(2048)", True),
            ("sourcePath", "VARCHAR(2048)", True),
            ("sizeBytes", "BIGINT", True),
            ("sourceMtime", "BIGINT", True),
            ("checksum", "VARCHAR(255)", True),
            ("contentVersion", "VARCHAR(255)", True),
            ("identityHash", "VARCHAR(255)", False),
            ("status", "VARCHAR(32)", False),
            ("desiredRefCount", "BIGINT", False),
            ("runningRefCount", "BIGINT", False),
            ("reservationUuid", "VARCHAR(32)", True),
            ("waiterCount", "INT", True),
            ("lastAccessDate", "TIMESTAMP", True),
            ("lastSyncDate", "TIMESTAMP", True),
            ("failurePhase", "VARCHAR(64)", True),
            ("failureCode", "VARCHAR(64)", True),
            ("failureMessage", "MEDIUMTEXT", True),
        ),
        "unique": {"ukAiHostModelCacheVOHostIdentity": ["hostUuid", "identityHash"]},
        "keys": {
            "idxAiHostModelCacheVOHostRoot": ["hostUuid", "sourceRoot(255)"],
            "idxAiHostModelCacheVOModel": ["modelUuid"],
            "idxAiHostModelCacheVOStatus": ["status"],
        },
        "defaults": {"desiredRefCount": "0", "runningRefCount": "0"},
    },
    "AiHostCacheStorageVO": {
        "columns": columns(
            ("hostUuid", "VARCHAR(32)", False),
            ("sourceRoot", "VARCHAR(2048)", False),
            *[
                (name, "BIGINT", True)
                for name in (
                    "physicalTotalBytes",
                    "physicalAvailableBytes",
                    "policyUsedBytes",
                    "unmanagedUsedBytesEstimate",
                    "policyReservedBytes",
                    "policyMaxSizeBytes",
                    "effectiveAvailableBytes",
                    "highWatermarkBytes",
                    "lowWatermarkBytes",
                )
            ],
            ("status", "VARCHAR(32)", True),
            ("statusReason", "VARCHAR(1024)", True),
            ("lastSyncDate", "TIMESTAMP", True),
        ),
        "unique": {"ukAiHostCacheStorageVOHostRoot": ["hostUuid", "sourceRoot(255)"]},
        "keys": {"idxAiHostCacheStorageVOStatus": ["status"]},
        "defaults": {},
    },
    "AiHostModelCachePolicyVO": {
        "columns": columns(
            ("hostUuid", "VARCHAR(32)", False),
            ("sourceRoot", "VARCHAR(2048)", False),
            ("enabled", "TINYINT(1)", True),
            ("maxSizeBytes", "BIGINT", True),
            ("highWatermarkPercent", "INT", True),
            ("lowWatermarkPercent", "INT", True),
            ("disabledReason", "VARCHAR(1024)", True),
        ),
        "unique": {"ukAiHostModelCachePolicyVOHostRoot": ["hostUuid", "sourceRoot(255)"]},
        "keys": {},
        "defaults": {},
    },
    "AiHostModelCacheReservationVO": {
        "columns": columns(
            ("hostUuid", "VARCHAR(32)", False),
            ("sourceRoot", "VARCHAR(2048)", True),
            ("modelUuid", "VARCHAR(32)", True),
            ("modelCenterUuid", "VARCHAR(32)", True),
            ("ownerType", "VARCHAR(32)", False),
            ("ownerResourceUuid", "VARCHAR(32)", False),
            ("reservedBytes", "BIGINT", False),
            ("status", "VARCHAR(32)", False),
            ("expiredDate", "TIMESTAMP", True),
        ),
        "unique": {},
        "keys": {
            "idxAiHostModelCacheReservationVOHostRoot": ["hostUuid", "sourceRoot(255)"],
            "idxAiHostModelCacheReservationVOOwner": ["ownerType", "ownerResourceUuid"],
            "idxAiHostModelCacheReservationVOStatus": ["status"],
        },
        "defaults": {},
    },
}

HELPER_CALLS = [
    ("ADD_COLUMN", ["VmModelMountVO", "cacheUuid", "VARCHAR(32)", 1, None]),
    ("CREATE_INDEX", ["VmModelMountVO", "idxVmModelMountVOCacheUuid", "cacheUuid"]),
    (
        "ADD_CONSTRAINT",
        ["VmModelMountVO", "fkVmModelMountVOAiHostModelCacheVO", "cacheUuid", "AiHostModelCacheVO", "uuid", "SET NULL"],
    ),
]

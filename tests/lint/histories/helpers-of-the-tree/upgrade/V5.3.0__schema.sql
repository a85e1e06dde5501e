-- INSERT_COLUMN adds a nullable column after another; RENAME_TABLE moves the table with its columns.
CALL INSERT_COLUMN('ImageCacheVO', 'installUrl', 'VARCHAR(1024)', 1, NULL, 'imageUuid');
CALL INSERT_COLUMN('ImageCacheVO', 'md5sum', 'VARCHAR(255)', 0, 'none', 'installUrl');
CALL RENAME_TABLE('ImageCacheVO', 'PrimaryStorageImageCacheVO');
-- ADD_COLUMN is not defined by this tree: the server refuses the call, and nothing is learnt from it.
CALL ADD_COLUMN('PrimaryStorageImageCacheVO', 'size', 'BIGINT', 1, NULL);

-- A plan file uploaded for import and not yet committed, with the column mapping last chosen for it (null: the
-- one its headers propose). Kept in the database so that any instance can show the preview and commit it; the
-- preview is worked out again from the file each time. Rows older than a day are deleted on the next upload.
create table pending_import (
    id              varchar(36) primary key,
    organisation_id bigint not null references organisation (id),
    account_id      bigint not null references account (id),
    file_name       varchar(200) not null,
    content         bytea not null,
    mapping_json    text,
    created_at      timestamp with time zone not null
);
create index pending_import_created on pending_import (created_at);

-- Partner access: a contributor limited to named actions (a police or health lead updating only their
-- own). A row in partner_access marks the limit; partner_action names what they may see and update.
-- Keyed by organisation and account, so the limit holds in one organisation whatever the account does
-- in another. No foreign key to action: removing a draft plan deletes its actions, and a name left
-- behind opens nothing (every action is looked up in the plan and organisation of the request).
create table partner_access (
    organisation_id bigint not null references organisation (id),
    account_id      bigint not null references account (id),
    created_at      timestamp with time zone not null,
    version         integer not null default 0,
    primary key (organisation_id, account_id)
);

create table partner_action (
    organisation_id bigint not null,
    account_id      bigint not null,
    action_id       bigint not null,
    primary key (organisation_id, account_id, action_id),
    foreign key (organisation_id, account_id) references partner_access (organisation_id, account_id) on delete cascade
);

-- Partner access for the demo: DCI Karen Doyle of Demo Constabulary signs in as "partner" (password "demo")
-- and is limited to the two actions the police take part in: 7.1 i), which she leads, and 2.3 i), where
-- she is the responsible officer. Portable SQL as V1_1.
insert into account (id, organisation_id, username, display_name, email, password_hash, enabled, created_at) values
    (21, 1, 'partner', 'Karen Doyle', 'karen.doyle@demo-police.example', '$2a$10$buSWffx6S1zR8kYuuiOumOGA8JtxeRHWpsyK5Fnqn/Y/HKBaAgRsa', true, TIMESTAMP WITH TIME ZONE '2025-04-01 09:00:00+00');

insert into membership (organisation_id, account_id, role, status, created_at, joined_at, version) values
    (1, 21, 'CONTRIBUTOR', 'ACTIVE', TIMESTAMP WITH TIME ZONE '2025-04-01 09:00:00+00',
     TIMESTAMP WITH TIME ZONE '2025-04-01 09:00:00+00', 0);

update person set account_id = 21 where id = 12;

insert into partner_access (organisation_id, account_id, created_at, version) values
    (1, 21, TIMESTAMP WITH TIME ZONE '2025-04-01 09:00:00+00', 0);

insert into partner_action (organisation_id, account_id, action_id) values
    (1, 21, 47),
    (1, 21, 15);

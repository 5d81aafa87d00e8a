-- A second, small organisation, so that the demo shows the organisation switcher: the demo administrator
-- (admin) also administers Demo Partner Trust, which has no plans yet. Explicit ids below the restarted
-- identities of V1_1.
insert into organisation (id, name, created_at) values
    (2, 'Demo Partner Trust', TIMESTAMP WITH TIME ZONE '2025-09-01 09:00:00+00');

insert into membership (organisation_id, account_id, role, status, created_at, joined_at, version) values
    (2, 1, 'ADMINISTRATOR', 'ACTIVE', TIMESTAMP WITH TIME ZONE '2025-09-01 09:00:00+00',
     TIMESTAMP WITH TIME ZONE '2025-09-01 09:00:00+00', 0);

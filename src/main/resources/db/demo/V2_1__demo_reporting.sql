-- Demo reporting history for the demo plan: six closed monthly periods (May to October 2026) and
-- November 2026 open, with some updates still missing, a draft or two and two returned by the
-- moderator. Ratings follow six patterns, so the dashboard tells a story: some actions improve,
-- some hold steady, some have stalled, some decline and some are complete.
-- Portable SQL as V1_1; identities restarted at the end.

insert into reporting_period (id, organisation_id, plan_id, label, starts_on, ends_on, deadline, state, opened_at, closed_at, version) values
    (1, 1, 1, 'May 2026', DATE '2026-05-01', DATE '2026-05-31', DATE '2026-06-10', 'CLOSED', TIMESTAMP WITH TIME ZONE '2026-06-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-06-15 16:00:00+00', 2),
    (2, 1, 1, 'June 2026', DATE '2026-06-01', DATE '2026-06-30', DATE '2026-07-10', 'CLOSED', TIMESTAMP WITH TIME ZONE '2026-07-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-07-15 16:00:00+00', 2),
    (3, 1, 1, 'July 2026', DATE '2026-07-01', DATE '2026-07-31', DATE '2026-08-10', 'CLOSED', TIMESTAMP WITH TIME ZONE '2026-08-03 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-08-14 16:00:00+00', 2),
    (4, 1, 1, 'August 2026', DATE '2026-08-01', DATE '2026-08-31', DATE '2026-09-10', 'CLOSED', TIMESTAMP WITH TIME ZONE '2026-09-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-09-15 16:00:00+00', 2),
    (5, 1, 1, 'September 2026', DATE '2026-09-01', DATE '2026-09-30', DATE '2026-10-09', 'CLOSED', TIMESTAMP WITH TIME ZONE '2026-10-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-14 16:00:00+00', 2),
    (6, 1, 1, 'October 2026', DATE '2026-10-01', DATE '2026-10-31', DATE '2026-11-10', 'CLOSED', TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-13 16:00:00+00', 2),
    (7, 1, 1, 'November 2026', DATE '2026-11-01', DATE '2026-11-30', DATE '2026-12-10', 'OPEN', TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+00', null, 1);

insert into period_event (organisation_id, period_id, from_state, to_state, reason, account_id, happened_at)
select p.organisation_id, p.id, 'PLANNED', 'OPEN', null, 2, p.opened_at from reporting_period p where p.plan_id = 1;
insert into period_event (organisation_id, period_id, from_state, to_state, reason, account_id, happened_at)
select p.organisation_id, p.id, 'OPEN', 'CLOSED', null, 2, p.closed_at from reporting_period p where p.plan_id = 1 and p.closed_at is not null;

-- Rating patterns by action id modulo 6: k = 0 is the initial rating, 1 to 6 the closed periods.
-- 0 improving, 1 steady then complete, 2 stalled, 3 declining, 4 complete and removable, 5 uneven.
create table demo_timing (period_id integer, submitted_at timestamp with time zone, moderated_at timestamp with time zone);
insert into demo_timing (period_id, submitted_at, moderated_at) values
    (1, TIMESTAMP WITH TIME ZONE '2026-06-08 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-06-12 14:00:00+00'),
    (2, TIMESTAMP WITH TIME ZONE '2026-07-08 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-07-13 14:00:00+00'),
    (3, TIMESTAMP WITH TIME ZONE '2026-08-07 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-08-12 14:00:00+00'),
    (4, TIMESTAMP WITH TIME ZONE '2026-09-08 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-09-11 14:00:00+00'),
    (5, TIMESTAMP WITH TIME ZONE '2026-10-07 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-12 14:00:00+00'),
    (6, TIMESTAMP WITH TIME ZONE '2026-11-09 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-12 14:00:00+00');

create table demo_pattern (grp integer, k integer, rating integer);
insert into demo_pattern (grp, k, rating) values
    (0, 0, 1), (0, 1, 1), (0, 2, 2), (0, 3, 2), (0, 4, 2), (0, 5, 2), (0, 6, 3),
    (1, 0, 2), (1, 1, 3), (1, 2, 3), (1, 3, 3), (1, 4, 3), (1, 5, 4), (1, 6, 4),
    (2, 0, 2), (2, 1, 2), (2, 2, 3), (2, 3, 2), (2, 4, 2), (2, 5, 2), (2, 6, 2),
    (3, 0, 2), (3, 1, 3), (3, 2, 3), (3, 3, 3), (3, 4, 2), (3, 5, 2), (3, 6, 1),
    (4, 0, 2), (4, 1, 3), (4, 2, 3), (4, 3, 4), (4, 4, 4), (4, 5, 5), (4, 6, 5),
    (5, 0, 1), (5, 1, 2), (5, 2, 3), (5, 3, 2), (5, 4, 3), (5, 5, 3), (5, 6, 3);

insert into initial_rating (action_id, organisation_id, plan_id, rating, recorded_by, recorded_at, version)
select a.id, a.organisation_id, a.plan_id, dp.rating, 2, TIMESTAMP WITH TIME ZONE '2026-05-01 09:00:00+00', 0
from action a join demo_pattern dp on dp.grp = mod(a.id, 6) and dp.k = 0
where a.plan_id = 1;

-- Closed periods: every action has an approved update, written by Leon Adeyemi (account "lead") for
-- his actions and by the plan owner on behalf of the others.
insert into progress_update (organisation_id, plan_id, action_id, period_id, state, proposed_rating, rating,
                             update_text, evidence, author_id, saved_at, submitted_at, moderator_id, moderated_at, version)
select a.organisation_id, a.plan_id, a.id, p.id, 'APPROVED', dp.rating, dp.rating,
       case dp.rating
           when 1 then 'Not started as planned in ' || p.label || '. The lead has agreed a recovery plan with the Assistant Director and will report a revised start date to the Board.'
           when 2 then 'Work is under way but behind the agreed timescale in ' || p.label || ': staffing gaps in the team have slowed progress. Mitigation agreed at the practice improvement group.'
           when 3 then 'On track in ' || p.label || '. Actions for the month were completed and the next milestones are planned with partners.'
           when 4 then 'Complete. The change has held for three months; ' || p.label || ' audit and performance data confirm it and we continue to monitor.'
           else 'Complete and sustained in ' || p.label || '; proposed for removal from the plan at the next Board.'
       end,
       case when dp.rating >= 3
           then 'Monthly audit of a sample of cases: ' || cast(60 + 5 * dp.rating + mod(a.id, 7) as varchar(10)) || '% judged good or better.'
           else null
       end,
       case when a.lead_person_id = 2 or a.responsible_person_id = 2 then 3 else 2 end,
       t.submitted_at, t.submitted_at, 2, t.moderated_at, 2
from action a
join reporting_period p on p.plan_id = a.plan_id and p.state = 'CLOSED'
join demo_pattern dp on dp.grp = mod(a.id, 6) and dp.k = p.id
join demo_timing t on t.period_id = p.id
where a.plan_id = 1;

insert into progress_update_event (organisation_id, update_id, action_id, period_id, kind, state, proposed_rating, rating,
                                   update_text, evidence, comment, account_id, happened_at)
select u.organisation_id, u.id, u.action_id, u.period_id, 'SUBMITTED', 'SUBMITTED', u.proposed_rating, u.proposed_rating,
       u.update_text, u.evidence, null, u.author_id, u.submitted_at
from progress_update u where u.plan_id = 1;
insert into progress_update_event (organisation_id, update_id, action_id, period_id, kind, state, proposed_rating, rating,
                                   update_text, evidence, comment, account_id, happened_at)
select u.organisation_id, u.id, u.action_id, u.period_id, 'APPROVED', 'APPROVED', u.proposed_rating, u.rating,
       u.update_text, u.evidence, null, 2, u.moderated_at
from progress_update u where u.plan_id = 1;

-- November 2026, open: some submitted, some approved already, a draft or two, two returned with the
-- moderator's comment, and the rest (including some of Leon Adeyemi's) not started.
insert into progress_update (organisation_id, plan_id, action_id, period_id, state, proposed_rating, rating,
                             update_text, evidence, author_id, saved_at, submitted_at, moderator_comment, moderator_id,
                             moderated_at, version)
select a.organisation_id, a.plan_id, a.id, 7,
       case when mod(a.id, 10) = 0 then 'DRAFT'
            when a.id in (7, 27) then 'RETURNED'
            when mod(a.id, 4) = 0 then 'APPROVED'
            else 'SUBMITTED' end,
       dp.rating, dp.rating,
       'November 2026: ' || case dp.rating
           when 1 then 'still not started; recovery plan agreed with the Assistant Director.'
           when 2 then 'progressing but behind timescale; recruitment to two vacant posts is under way.'
           when 3 then 'on track; milestones for the month met.'
           else 'complete; improvement sustained and monitored through monthly audit.' end,
       case when dp.rating >= 3 then 'Audit of 20 cases in November: most judged good or better.' else null end,
       case when a.lead_person_id = 2 or a.responsible_person_id = 2 then 3 else 2 end,
       TIMESTAMP WITH TIME ZONE '2026-12-02 10:00:00+00',
       case when mod(a.id, 10) = 0 then null else TIMESTAMP WITH TIME ZONE '2026-12-02 10:00:00+00' end,
       case when a.id in (7, 27) then 'Please add the evidence of impact: what do the November audits show for children?' else null end,
       case when a.id in (7, 27) or (mod(a.id, 4) = 0 and mod(a.id, 10) <> 0) then 2 else null end,
       case when a.id in (7, 27) or (mod(a.id, 4) = 0 and mod(a.id, 10) <> 0) then TIMESTAMP WITH TIME ZONE '2026-12-02 15:00:00+00' else null end,
       1
from action a
join demo_pattern dp on dp.grp = mod(a.id, 6) and dp.k = 6
where a.plan_id = 1 and mod(a.id, 5) in (0, 1, 2) and a.id not in (10, 11, 17);

insert into progress_update_event (organisation_id, update_id, action_id, period_id, kind, state, proposed_rating, rating,
                                   update_text, evidence, comment, account_id, happened_at)
select u.organisation_id, u.id, u.action_id, u.period_id,
       case when u.state = 'DRAFT' then 'SAVED' else 'SUBMITTED' end,
       case when u.state = 'DRAFT' then 'DRAFT' else 'SUBMITTED' end,
       u.proposed_rating, u.proposed_rating, u.update_text, u.evidence, null, u.author_id, u.saved_at
from progress_update u where u.period_id = 7;
insert into progress_update_event (organisation_id, update_id, action_id, period_id, kind, state, proposed_rating, rating,
                                   update_text, evidence, comment, account_id, happened_at)
select u.organisation_id, u.id, u.action_id, u.period_id,
       case when u.state = 'RETURNED' then 'RETURNED' else 'APPROVED' end, u.state,
       u.proposed_rating, u.rating, u.update_text, u.evidence, u.moderator_comment, 2, u.moderated_at
from progress_update u where u.period_id = 7 and u.moderated_at is not null;

drop table demo_pattern;
drop table demo_timing;

alter table reporting_period alter column id restart with 100000;
alter table period_event alter column id restart with 100000;
alter table progress_update alter column id restart with 100000;
alter table progress_update_event alter column id restart with 100000;

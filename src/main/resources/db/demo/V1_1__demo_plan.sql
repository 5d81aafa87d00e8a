-- Demo data for the 'demo' profile: one organisation, four sign-in accounts (password "demo"),
-- and an active two-year improvement plan with 8 priorities, outcomes, actions, success measures
-- and a glossary. Invented content; any resemblance to a real authority's plan is unintended.
-- The demo's "today" is late November 2026: some actions are past due, some due within a month.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL. Explicit ids; identities restarted at the end.

insert into organisation (id, name, created_at) values
    (1, 'Demo Borough Council', TIMESTAMP WITH TIME ZONE '2025-04-01 09:00:00+00');

-- All four accounts sign in with the password "demo" (BCrypt, cost 10; checked with Spring Security's BCryptPasswordEncoder).
insert into account (id, organisation_id, username, display_name, email, password_hash, role, enabled, created_at) values
    (1, 1, 'admin', 'Alex Admin', 'admin@demo-borough.example', '$2a$10$buSWffx6S1zR8kYuuiOumOGA8JtxeRHWpsyK5Fnqn/Y/HKBaAgRsa', 'ADMINISTRATOR', true, TIMESTAMP WITH TIME ZONE '2025-04-01 09:00:00+00'),
    (2, 1, 'owner', 'Olivia Owen', 'owner@demo-borough.example', '$2a$10$buSWffx6S1zR8kYuuiOumOGA8JtxeRHWpsyK5Fnqn/Y/HKBaAgRsa', 'PLAN_OWNER', true, TIMESTAMP WITH TIME ZONE '2025-04-01 09:00:00+00'),
    (3, 1, 'lead', 'Leon Adeyemi', 'lead@demo-borough.example', '$2a$10$buSWffx6S1zR8kYuuiOumOGA8JtxeRHWpsyK5Fnqn/Y/HKBaAgRsa', 'CONTRIBUTOR', true, TIMESTAMP WITH TIME ZONE '2025-04-01 09:00:00+00'),
    (4, 1, 'viewer', 'Vera Cole', 'viewer@demo-borough.example', '$2a$10$buSWffx6S1zR8kYuuiOumOGA8JtxeRHWpsyK5Fnqn/Y/HKBaAgRsa', 'VIEWER', true, TIMESTAMP WITH TIME ZONE '2025-04-01 09:00:00+00');

-- People who lead or are responsible for actions. Some are roles, as real plans name them.
insert into person (id, organisation_id, name, job_title, email, account_id, version) values
    (1, 1, 'Olivia Owen', 'Head of Quality Assurance and Improvement', 'olivia.owen@demo-borough.example', 2, 0),
    (2, 1, 'Leon Adeyemi', 'Head of Service, Assessment and Intervention', 'leon.adeyemi@demo-borough.example', 3, 0),
    (3, 1, 'AD', 'Assistant Director, Children''s Social Care', null, null, 0),
    (4, 1, 'SGU', 'Safeguarding Unit Manager', null, null, 0),
    (5, 1, 'PP&P', 'Principal, Policy and Practice', null, null, 0),
    (6, 1, 'Tom Whitfield', 'Head of Early Help and MASH', 'tom.whitfield@demo-borough.example', null, 0),
    (7, 1, 'Priya Nair', 'Head of Service, Children in Care and Care Leavers', 'priya.nair@demo-borough.example', null, 0),
    (8, 1, 'Grace Mensah', 'Principal Social Worker', 'grace.mensah@demo-borough.example', null, 0),
    (9, 1, 'Daniel Hughes', 'Head of Workforce Development', 'daniel.hughes@demo-borough.example', null, 0),
    (10, 1, 'Sarah Lindqvist', 'Head of Performance and Business Intelligence', 'sarah.lindqvist@demo-borough.example', null, 0),
    (11, 1, 'Marcus Bell', 'Team Manager, MASH', 'marcus.bell@demo-borough.example', null, 0),
    (12, 1, 'DCI Karen Doyle', 'Detective Chief Inspector, Public Protection, Demo Constabulary', 'karen.doyle@demo-police.example', null, 0),
    (13, 1, 'Dr Ruth Achebe', 'Designated Nurse for Safeguarding Children, Integrated Care Board', 'ruth.achebe@demo-icb.example', null, 0),
    (14, 1, 'Hannah Price', 'Participation and Engagement Manager', 'hannah.price@demo-borough.example', null, 0);

insert into plan (id, organisation_id, title, version_label, status, starts_on, ends_on, vision, governance,
                  rating_scale, section_label, outcome_label, archived_at, created_at, updated_at, version) values
    (1, 1, 'Children''s Services Improvement Plan 2025–2027', 'v3.1', 'ACTIVE', DATE '2025-05-01', DATE '2027-03-31', 'Every child in Demo Borough who needs help gets it at the right time, from people who know them well, listen to them and act on what they say. Children stay safely with their families wherever that is possible; when it is not, they grow up in stable, loving homes and leave our care ready for adult life. This plan responds to the findings of our March 2025 ILACS inspection, which judged services as requiring improvement to be good, and sets out how we will make practice consistently good for every child by March 2027.', 'The Children''s Services Improvement Board oversees delivery of this plan. It is chaired by an independent chair and meets monthly. Members include the Chief Executive, the Director of Children''s Services, the Lead Member for Children''s Services, and senior representatives of the police, the Integrated Care Board, schools and the Local Safeguarding Children Partnership. Each priority has a named lead who reports progress, exceptions and evidence of impact to every meeting. The Board reports quarterly to Cabinet and to the Children''s Scrutiny Committee, and the plan is refreshed each year.', 'PROGRESS_5', 'Priority', 'Outcome', null, TIMESTAMP WITH TIME ZONE '2025-05-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2025-05-01 09:00:00+00', 0);

insert into section (id, organisation_id, plan_id, position, number, title, description, lead_person_id, archived_at, version) values
    (1, 1, 1, 1, '1', 'Front door and early help', 'Strengthen the MASH and the early help offer so that every contact is screened promptly, thresholds are applied consistently by all agencies, and families get help before problems escalate. The work covers the redesign of the front door, the multi-agency threshold document and the early help assessment pathway.', 6, null, 0),
    (2, 1, 1, 2, '2', 'Quality of social work practice', 'Raise the quality of assessments, plans and direct work so that children''s records show analysis of risk, a clear plan the family understands and evidence of change. This priority owns the practice model, the practice standards and the response to audit findings.', 2, null, 0),
    (3, 1, 1, 3, '3', 'Children in care and care leavers', 'Make sure children in care find permanent, stable homes as early as possible, that their health and education needs are met, and that care leavers move into settled homes and education, employment or training. The work covers local foster care sufficiency, permanence planning and the care leaver offer.', 7, null, 0),
    (4, 1, 1, 4, '4', 'Workforce stability', 'Build a stable, permanent and skilled workforce with manageable caseloads, so that children keep the same social worker and relationships are not lost. The work covers recruitment and retention, less reliance on agency staff, the ASYE programme and the learning and development offer.', 9, null, 0),
    (5, 1, 1, 5, '5', 'Leadership, management oversight and quality assurance', 'Make sure managers at every level know the quality of practice, challenge it and act on what they learn. The work covers supervision, management decisions on children''s files, the quality assurance framework and the cycle of audit and learning.', 1, null, 0),
    (6, 1, 1, 6, '6', 'Voice of the child', 'Make children''s experiences, wishes and feelings visible in all our work, from the first visit to the design of services. The work covers direct work tools, recording, participation, advocacy and the Children in Care Council.', 5, null, 0),
    (7, 1, 1, 7, '7', 'Partnership and safeguarding', 'Work with the police, health, schools and the Local Safeguarding Children Partnership so that safeguarding is a shared responsibility that works in practice. The work covers strategy discussions, the LADO service, domestic abuse and learning from reviews.', 3, null, 0),
    (8, 1, 1, 8, '8', 'Performance information', 'Give managers and the Improvement Board accurate, timely information about performance and what it means, so that decisions rest on evidence. The work covers the case management system, the performance scorecard, data quality and benchmarking.', 10, null, 0);

insert into outcome (id, organisation_id, plan_id, section_id, position, number, text, source_tags, archived_at, version) values
    (1, 1, 1, 1, 1, '1.1', 'Children receive a timely, proportionate response when concerns are first raised', 'Ofsted recommendation 1', null, 0),
    (2, 1, 1, 1, 2, '1.2', 'Partner agencies understand the threshold for help and protection and apply it consistently', 'Ofsted recommendation 2; self-evaluation', null, 0),
    (3, 1, 1, 1, 3, '1.3', 'Families who need early help receive one coordinated offer that reduces the need for statutory intervention', 'Self-evaluation', null, 0),
    (4, 1, 1, 2, 1, '2.1', 'Assessments are timely, analyse risk and need, and lead to clear plans', 'Ofsted recommendation 3', null, 0),
    (5, 1, 1, 2, 2, '2.2', 'Child in need and child protection plans are specific, focused on outcomes and reviewed so that drift is avoided', 'Ofsted recommendation 4; serious case review', null, 0),
    (6, 1, 1, 2, 3, '2.3', 'Children at risk of exploitation or going missing receive a prompt, coordinated response', 'Ofsted recommendation 5', null, 0),
    (7, 1, 1, 3, 1, '3.1', 'Children in care achieve permanence without delay, through timely court work and early permanence planning', 'Ofsted recommendation 6', null, 0),
    (8, 1, 1, 3, 2, '3.2', 'Children in care live in stable homes close to their communities and have their health needs assessed on time', 'Ofsted recommendation 7; self-evaluation', null, 0),
    (9, 1, 1, 3, 3, '3.3', 'Care leavers live in suitable accommodation, are in education, employment or training, and know their entitlements', 'Ofsted recommendation 8', null, 0),
    (10, 1, 1, 4, 1, '4.1', 'Social workers have manageable caseloads and the service relies less on agency staff', 'Ofsted recommendation 9; self-evaluation', null, 0),
    (11, 1, 1, 4, 2, '4.2', 'New and experienced staff receive good induction, supervision and professional development', 'Self-evaluation', null, 0),
    (12, 1, 1, 5, 1, '5.1', 'Management oversight and supervision are regular, reflective and visibly drive the child''s plan', 'Ofsted recommendation 10', null, 0),
    (13, 1, 1, 5, 2, '5.2', 'The quality assurance framework gives leaders an accurate picture of practice and leads to improvement', 'Ofsted recommendation 11; self-evaluation', null, 0),
    (14, 1, 1, 5, 3, '5.3', 'IROs and child protection chairs challenge effectively when plans drift', 'Ofsted recommendation 12', null, 0),
    (15, 1, 1, 6, 1, '6.1', 'Children are seen, and seen alone where appropriate, and their views are recorded and shape their plans', 'Ofsted recommendation 13', null, 0),
    (16, 1, 1, 6, 2, '6.2', 'Children and families influence how services are designed and reviewed', 'Self-evaluation', null, 0),
    (17, 1, 1, 7, 1, '7.1', 'Strategy discussions and child protection enquiries involve the right agencies and happen on time', 'Ofsted recommendation 14', null, 0),
    (18, 1, 1, 7, 2, '7.2', 'Allegations against adults who work with children are managed robustly', 'Self-evaluation; LSCP audit', null, 0),
    (19, 1, 1, 7, 3, '7.3', 'Learning from reviews and audits changes multi-agency practice', 'Serious case review', null, 0),
    (20, 1, 1, 8, 1, '8.1', 'Managers have accurate, timely performance data and use it to manage their teams', 'Ofsted recommendation 15', null, 0),
    (21, 1, 1, 8, 2, '8.2', 'The Improvement Board receives a scorecard that tracks impact against targets and statistical neighbours', 'Self-evaluation', null, 0);

-- Priority 1: Front door and early help
insert into action (id, organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                    lead_person_id, responsible_person_id, due_date, timescale_text, archived_at, version) values
    (1, 1, 1, 1, 1, 1, '1.1 i)', 'Restructure the MASH so that a qualified social worker and a team manager screen every contact, with police, health and education staff co-located in one team.', 6, 11, DATE '2026-01-31', 'Sept 25 - Jan 26', null, 0),
    (2, 1, 1, 1, 1, 2, '1.1 ii)', 'Hold a daily multi-agency triage meeting for contacts rated amber or red, and record the decision on the child''s file the same day.', 11, 6, DATE '2027-01-31', 'Jan 27', null, 0),
    (3, 1, 1, 1, 1, 3, '1.1 iii)', 'Audit a monthly sample of contacts closed with no further action to test whether decisions are safe and consistent. Report themes to the Head of Service each month.', 2, 11, DATE '2026-11-30', 'Nov 26', null, 0),
    (4, 1, 1, 1, 2, 4, '1.2 i)', 'Revise and relaunch the multi-agency threshold document with the LSCP, adding worked examples for neglect and exploitation.', 4, 6, DATE '2025-12-31', 'Dec 25', null, 0),
    (5, 1, 1, 1, 2, 5, '1.2 ii)', 'Brief designated safeguarding leads in every school, and safeguarding leads in GP practices, on the revised threshold document.', 4, 13, DATE '2027-01-31', 'Jan-27', null, 0),
    (6, 1, 1, 1, 3, 6, '1.3 i)', 'Replace the EHA form with a shorter assessment and plan written with the family, and train lead professionals in partner agencies to use it.', 6, 5, DATE '2027-02-28', 'Feb 27', null, 0),
    (7, 1, 1, 1, 3, 7, '1.3 ii)', 'Agree step-up and step-down protocols between early help and children''s social care, with a joint review of every case that steps down.', 6, 11, null, 'Ongoing', null, 0),
    (8, 1, 1, 1, null, 8, '1.0 i)', 'Report front door demand, timeliness and conversion rates to the Improvement Board every month, with a commentary on what has changed. See 8.2 i) below.', 6, 10, DATE '2027-03-31', 'March 2027', null, 0);

-- Priority 2: Quality of social work practice
insert into action (id, organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                    lead_person_id, responsible_person_id, due_date, timescale_text, archived_at, version) values
    (9, 1, 1, 2, 4, 1, '2.1 i)', 'Launch the practice model and practice standards for assessment, with workshops for every team on analysing risk and writing for the child.', 8, 3, DATE '2025-10-31', 'Oct 25 and ongoing', null, 0),
    (10, 1, 1, 2, 4, 2, '2.1 ii)', 'Give team managers a weekly assessment tracker so that assessments nearing 45 working days are escalated before they go out of timescale.', 2, 10, DATE '2026-04-30', 'Apr-26', null, 0),
    (11, 1, 1, 2, 4, 3, '2.1 iii)', 'Redesign the assessment template on the case management system so that analysis, the child''s views and the plan sit together.', 5, 10, DATE '2027-02-28', 'Feb-27', null, 0),
    (12, 1, 1, 2, 5, 4, '2.2 i)', 'Train social workers and managers to write SMART CIN and CP plans, using anonymised examples from local audits.', 8, 1, DATE '2027-03-31', 'Sept 25 - Mar 27', null, 0),
    (13, 1, 1, 2, 5, 5, '2.2 ii)', 'Review every child on a CP plan for more than 15 months, and every child on a second or subsequent plan, at a monthly Head of Service panel.', 2, 3, DATE '2026-11-30', 'Nov-26', null, 0),
    (14, 1, 1, 2, 5, 6, '2.2 iii)', 'Use the PLO pre-proceedings process consistently, with a legal planning meeting within 10 working days of a request.', 3, 2, DATE '2027-02-28', 'Feb 27', null, 0),
    (15, 1, 1, 2, 6, 7, '2.3 i)', 'Set up a multi-agency exploitation panel that reviews every child identified as at risk of CSE or CCE.', 4, 12, DATE '2026-03-31', 'March 2026', null, 0),
    (16, 1, 1, 2, 6, 8, '2.3 ii)', 'Offer every child who returns from a missing episode an RHI within 72 hours, and feed the themes into disruption work. See 2.3 i) above.', 14, 4, DATE '2027-03-31', 'Mar-27', null, 0);

-- Priority 3: Children in care and care leavers
insert into action (id, organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                    lead_person_id, responsible_person_id, due_date, timescale_text, archived_at, version) values
    (17, 1, 1, 3, 7, 1, '3.1 i)', 'Hold a permanence planning meeting for every child by their second review and record the permanence plan on the child''s file.', 7, 4, DATE '2027-01-31', 'Jan 27', null, 0),
    (18, 1, 1, 3, 7, 2, '3.1 ii)', 'Work with the family court and Cafcass to shorten care proceedings, supported by a weekly legal tracker reviewed by the AD.', 3, 7, DATE '2026-01-31', '31/01/2026', null, 0),
    (19, 1, 1, 3, 7, 3, '3.1 iii)', 'Develop an early permanence and fostering for adoption offer with the regional adoption agency.', 7, 5, null, 'TBC', null, 0),
    (20, 1, 1, 3, 8, 4, '3.2 i)', 'Run a foster carer recruitment campaign aimed at carers for teenagers, sibling groups and parent and child placements.', 7, 3, DATE '2027-03-31', 'By March 2027', null, 0),
    (21, 1, 1, 3, 8, 5, '3.2 ii)', 'Agree a joint protocol with the ICB so that the IHA takes place within 20 working days of a child coming into care.', 13, 7, DATE '2026-12-15', '15/12/2026', null, 0),
    (22, 1, 1, 3, 9, 6, '3.3 i)', 'Rewrite the local offer for care leavers with care leavers themselves, including council tax exemption and a clear housing pathway, and publish it.', 7, 14, DATE '2025-11-30', 'Nov. 25', null, 0),
    (23, 1, 1, 3, 9, 7, '3.3 ii)', 'Make sure every care leaver has a PA and a pathway plan reviewed at least every six months.', 7, 3, DATE '2027-02-28', 'Feb 27', null, 0),
    (24, 1, 1, 3, 9, 8, '3.3 iii)', 'Create apprenticeships and work experience places for care leavers across the council and its partners.', 9, 7, DATE '2027-03-31', 'Mar. 27', null, 0);

-- Priority 4: Workforce stability
insert into action (id, organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                    lead_person_id, responsible_person_id, due_date, timescale_text, archived_at, version) values
    (25, 1, 1, 4, 10, 1, '4.1 i)', 'Run a recruitment campaign for permanent experienced social workers, with a market supplement for hard-to-fill teams.', 9, 3, DATE '2027-01-31', 'Sept 26 - Jan 27', null, 0),
    (26, 1, 1, 4, 10, 2, '4.1 ii)', 'Set a caseload standard for each team and report against it to Heads of Service every week. See 8.1 ii) below.', 2, 10, DATE '2027-02-28', 'Oct 26 - Feb 27', null, 0),
    (27, 1, 1, 4, 10, 3, '4.1 iii)', 'Hold an exit interview with every social worker who leaves and report the themes to the Workforce Board each quarter.', 9, 1, null, 'On going', null, 0),
    (28, 1, 1, 4, 10, 4, '4.1 iv)', 'Introduce a retention offer with protected development time, a clear career pathway and an agreed approach to hybrid working.', 9, 8, DATE '2027-01-31', 'Jan-27', null, 0),
    (29, 1, 1, 4, 11, 5, '4.2 i)', 'Strengthen the ASYE programme with protected caseloads, a dedicated consultant social worker and fortnightly supervision.', 8, 9, DATE '2027-03-31', 'March 2027', null, 0),
    (30, 1, 1, 4, 11, 6, '4.2 ii)', 'Publish a learning and development programme built around the practice model and audit findings, and evaluate it every quarter.', 8, 9, DATE '2027-01-31', 'By January 2027', null, 0),
    (31, 1, 1, 4, null, 7, '4.0 i)', 'Review the structure of frontline teams to cut the number of handovers, so that children keep the same social worker from assessment onwards.', 3, 9, DATE '2027-03-31', 'Dec 26 - Mar 27', null, 0);

-- Priority 5: Leadership, management oversight and quality assurance
insert into action (id, organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                    lead_person_id, responsible_person_id, due_date, timescale_text, archived_at, version) values
    (32, 1, 1, 5, 12, 1, '5.1 i)', 'Issue a supervision policy that sets out frequency, recording standards and reflective discussion, and audit compliance every month.', 1, 8, DATE '2027-02-28', 'Dec 26 - Feb 27', null, 0),
    (33, 1, 1, 5, 12, 2, '5.1 ii)', 'Require a recorded management decision, with a short rationale, at each key point: allocation, sign-off of the assessment, and closure.', 2, 1, DATE '2026-06-30', 'By June 2026', null, 0),
    (34, 1, 1, 5, 12, 3, '5.1 iii)', 'Deliver a leadership development programme for team managers and deputy team managers.', 9, 1, DATE '2027-01-31', 'Jan 27', null, 0),
    (35, 1, 1, 5, 13, 4, '5.2 i)', 'Revise the QA framework to include observation of practice, feedback from families and moderated audits.', 1, 5, DATE '2026-11-30', 'November 2026', null, 0),
    (36, 1, 1, 5, 13, 5, '5.2 ii)', 'Run a monthly programme of thematic audits, moderate every audit and share the learning in a monthly practice briefing.', 1, 8, null, 'Ongoing', null, 0),
    (37, 1, 1, 5, 13, 6, '5.2 iii)', 'Track the actions set by audits until they are done on the child''s file, and re-audit a sample after three months.', 1, 8, DATE '2027-03-31', 'Mar-27', null, 0),
    (38, 1, 1, 5, 14, 7, '5.3 i)', 'Strengthen the escalation process for IROs and child protection chairs, with a quarterly report on themes to the AD.', 4, 3, DATE '2026-11-30', '30/11/2026', null, 0),
    (39, 1, 1, 5, 14, 8, '5.3 ii)', 'Bring IRO caseloads within the range recommended by the IRO Handbook.', 4, 3, DATE '2027-03-31', 'By March 2027', null, 0);

-- Priority 6: Voice of the child
insert into action (id, organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                    lead_person_id, responsible_person_id, due_date, timescale_text, archived_at, version) values
    (40, 1, 1, 6, 15, 1, '6.1 i)', 'Give every practitioner a direct work toolkit and expect the child''s own words to be recorded in every assessment, visit and plan.', 5, 8, DATE '2027-01-31', 'Jan 27', null, 0),
    (41, 1, 1, 6, 15, 2, '6.1 ii)', 'Make sure children are seen alone on statutory visits where appropriate, and that the reason is recorded when they are not.', 2, 5, DATE '2026-12-11', '11/12/2026', null, 0),
    (42, 1, 1, 6, 15, 3, '6.1 iii)', 'Write plans and ICPC minutes to the child in plain language, using a letter to the child for older children.', 4, 5, DATE '2027-02-28', 'Feb 27', null, 0),
    (43, 1, 1, 6, 16, 4, '6.2 i)', 'Re-establish the Children in Care Council with its own budget, a work plan and two meetings a year with the Corporate Parenting Board.', 14, 7, DATE '2027-01-31', 'Jan-27', null, 0),
    (44, 1, 1, 6, 16, 5, '6.2 ii)', 'Commission an independent advocacy service and offer an advocate to every child in care and every child subject to an ICPC.', 14, 4, DATE '2027-03-31', 'March 2027', null, 0),
    (45, 1, 1, 6, 16, 6, '6.2 iii)', 'Ask children and families for feedback after each assessment and child protection conference, and publish a ''You said, we did'' summary every quarter.', 14, 1, DATE '2027-01-31', 'Jan 27 and ongoing', null, 0),
    (46, 1, 1, 6, null, 7, '6.0 i)', 'See 2.1 i) above. The practice model workshops include a module on direct work and on recording the child''s voice.', 8, 5, DATE '2027-02-28', 'Feb 27', null, 0);

-- Priority 7: Partnership and safeguarding
insert into action (id, organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                    lead_person_id, responsible_person_id, due_date, timescale_text, archived_at, version) values
    (47, 1, 1, 7, 17, 1, '7.1 i)', 'Agree a protocol with police and health for strategy discussions, including virtual meetings within one working day in urgent cases.', 12, 4, DATE '2027-02-28', 'By Feb 2027', null, 0),
    (48, 1, 1, 7, 17, 2, '7.1 ii)', 'Audit a sample of S47 enquiries with partners each quarter to test the quality of joint decisions.', 4, 12, DATE '2027-03-31', 'Mar-27', null, 0),
    (49, 1, 1, 7, 17, 3, '7.1 iii)', 'Introduce a domestic abuse triage in which police notifications are reviewed every morning by the MASH. Links to 1.1 ii) above.', 11, 12, DATE '2027-01-31', 'Jan-27', null, 0),
    (50, 1, 1, 7, 18, 4, '7.2 i)', 'Review the LADO service: capacity, recording, and the quality of referrals from partner agencies.', 4, 3, DATE '2027-02-28', 'Feb 27', null, 0),
    (51, 1, 1, 7, 18, 5, '7.2 ii)', 'Deliver training on managing allegations to schools, early years settings and faith groups.', 4, 6, DATE '2027-03-31', 'March 2027', null, 0),
    (52, 1, 1, 7, 19, 6, '7.3 i)', 'Complete the actions from the local child safeguarding practice review (Child K) and report progress to the LSCP.', 3, 4, DATE '2027-01-31', 'Jan 27', null, 0),
    (53, 1, 1, 7, 19, 7, '7.3 ii)', 'Hold a multi-agency learning event each quarter and publish a seven-minute briefing after every review.', 4, 13, DATE '2027-03-31', '31/03/2027', null, 0);

-- Priority 8: Performance information
insert into action (id, organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                    lead_person_id, responsible_person_id, due_date, timescale_text, archived_at, version) values
    (54, 1, 1, 8, 20, 1, '8.1 i)', 'Implement the upgrade of the case management system, with changes to workflow agreed with practitioners.', 10, 5, DATE '2027-03-31', 'Mar-27', null, 0),
    (55, 1, 1, 8, 20, 2, '8.1 ii)', 'Provide team dashboards refreshed daily, showing the visits, assessments, plans and supervision that are due.', 10, 1, DATE '2027-01-31', 'Jan 27', null, 0),
    (56, 1, 1, 8, 20, 3, '8.1 iii)', 'Produce a monthly data quality report and clean up the records with the highest error rates.', 10, 1, DATE '2027-02-28', 'Feb-27', null, 0),
    (57, 1, 1, 8, 21, 4, '8.2 i)', 'Agree a scorecard of key indicators with the Improvement Board, with targets, tolerances and statistical neighbour comparison.', 10, 1, DATE '2027-01-31', 'Jan 27', null, 0),
    (58, 1, 1, 8, 21, 5, '8.2 ii)', 'Write a quarterly performance narrative that explains trends and links them to audit findings.', 10, 1, DATE '2027-02-28', 'Feb 27', null, 0),
    (59, 1, 1, 8, 21, 6, '8.2 iii)', 'Benchmark performance each year against statistical neighbours and England, and use the results to reset targets.', 10, 3, DATE '2027-03-31', 'Mar-27', null, 0),
    (60, 1, 1, 8, null, 7, '8.0 i)', 'Train team managers to use performance data in supervision and team meetings.', 2, 10, DATE '2027-03-31', 'By March 2027', null, 0);

-- "See ... above/below" links between actions.
insert into action_cross_reference (action_id, referenced_action_id) values
    (8, 57),
    (16, 15),
    (26, 55),
    (46, 9),
    (49, 2);

-- Success measures, priority 1
insert into success_measure (id, organisation_id, plan_id, action_id, position, text, target_value, target_unit,
                             target_date, archived_at, version) values
    (1, 1, 1, 1, 1, '95% of contacts have a MASH decision within one working day', 95, '%', DATE '2026-03-31', null, 0),
    (2, 1, 1, 1, 2, 'Co-located police, health and education staff in post', null, null, null, null, 0),
    (3, 1, 1, 2, 1, 'All red-rated contacts discussed at triage on the day they are received', 100, '%', DATE '2027-01-31', null, 0),
    (4, 1, 1, 2, 2, 'Re-referrals within 12 months at 20% or below', 20, '%', DATE '2027-03-31', null, 0),
    (5, 1, 1, 3, 1, '25 contacts audited each month', 25, 'contacts', null, null, 0),
    (6, 1, 1, 3, 2, '90% of no further action decisions judged appropriate at audit', 90, '%', DATE '2027-03-31', null, 0),
    (7, 1, 1, 4, 1, 'Revised threshold document signed off by the LSCP executive', null, null, DATE '2025-12-31', null, 0),
    (8, 1, 1, 4, 2, 'Contacts from partners that lead to a referral rise to 40%', 40, '%', DATE '2026-12-31', null, 0),
    (9, 1, 1, 5, 1, '90% of schools have attended a threshold briefing', 90, '%', DATE '2027-01-31', null, 0),
    (10, 1, 1, 5, 2, 'Partner survey shows at least 80% feel confident applying the threshold', 80, '%', DATE '2027-03-31', null, 0),
    (11, 1, 1, 6, 1, 'Early help assessments led by partner agencies rise to 600 a year', 600, 'assessments', DATE '2027-03-31', null, 0),
    (12, 1, 1, 6, 2, 'Lead professional training delivered to 150 practitioners', 150, 'practitioners', DATE '2027-02-28', null, 0),
    (13, 1, 1, 7, 1, 'Every stepped-down family has a lead professional within 10 working days', 100, '%', null, null, 0),
    (14, 1, 1, 7, 2, 'Fewer than 10% of stepped-down families referred back to social care within six months', 10, '%', DATE '2027-03-31', null, 0),
    (15, 1, 1, 8, 1, 'Front door report presented at every Board meeting', null, null, null, null, 0);

-- Success measures, priority 2
insert into success_measure (id, organisation_id, plan_id, action_id, position, text, target_value, target_unit,
                             target_date, archived_at, version) values
    (16, 1, 1, 9, 1, 'All frontline social workers and managers attend a practice model workshop', 100, '%', DATE '2026-03-31', null, 0),
    (17, 1, 1, 9, 2, '70% of audited assessments rated good or better for analysis', 70, '%', DATE '2027-03-31', null, 0),
    (18, 1, 1, 10, 1, '90% of assessments completed within 45 working days', 90, '%', DATE '2026-09-30', null, 0),
    (19, 1, 1, 10, 2, 'No assessment open beyond 60 working days without a recorded management decision', 0, 'assessments', null, null, 0),
    (20, 1, 1, 11, 1, 'Revised template live on the case management system', null, null, DATE '2027-02-28', null, 0),
    (21, 1, 1, 12, 1, 'Plans judged good or better at audit: 35% by March 2026', 35, '%', DATE '2026-03-31', null, 0),
    (22, 1, 1, 12, 2, 'Plans judged good or better at audit: 50% by September 2026', 50, '%', DATE '2026-09-30', null, 0),
    (23, 1, 1, 12, 3, 'Plans judged good or better at audit: 80% by March 2027', 80, '%', DATE '2027-03-31', null, 0),
    (24, 1, 1, 13, 1, 'Fewer than 5 children on a CP plan for two years or more', 5, 'children', DATE '2027-03-31', null, 0),
    (25, 1, 1, 13, 2, 'Repeat CP plans within two years below 18%', 18, '%', DATE '2027-03-31', null, 0),
    (26, 1, 1, 14, 1, 'Pre-proceedings letter issued within 10 working days of the legal planning meeting in 90% of cases', 90, '%', DATE '2027-02-28', null, 0),
    (27, 1, 1, 14, 2, 'Average time in pre-proceedings under 16 weeks', 16, 'weeks', DATE '2027-03-31', null, 0),
    (28, 1, 1, 15, 1, 'Panel meets fortnightly with police, health, education and youth justice present', null, null, null, null, 0),
    (29, 1, 1, 15, 2, 'Every child identified at risk of exploitation has a risk assessment and safety plan', 100, '%', null, null, 0),
    (30, 1, 1, 16, 1, '80% of return home interviews offered within 72 hours', 80, '%', DATE '2027-03-31', null, 0),
    (31, 1, 1, 16, 2, 'Quarterly themes report to the exploitation panel', null, null, null, null, 0);

-- Success measures, priority 3
insert into success_measure (id, organisation_id, plan_id, action_id, position, text, target_value, target_unit,
                             target_date, archived_at, version) values
    (32, 1, 1, 17, 1, '95% of children in care have a permanence plan agreed by their second review', 95, '%', DATE '2027-01-31', null, 0),
    (33, 1, 1, 18, 1, 'Average duration of care proceedings 30 weeks or less', 30, 'weeks', DATE '2026-12-31', null, 0),
    (34, 1, 1, 18, 2, 'Legal tracker reviewed at every weekly meeting', null, null, null, null, 0),
    (35, 1, 1, 19, 1, 'At least 4 early permanence placements made in 2026/27', 4, 'placements', DATE '2027-03-31', null, 0),
    (36, 1, 1, 20, 1, '20 new fostering households approved', 20, 'households', DATE '2027-03-31', null, 0),
    (37, 1, 1, 20, 2, 'Fewer than 10 children placed more than 20 miles from home', 10, 'children', DATE '2027-03-31', null, 0),
    (38, 1, 1, 21, 1, '85% of IHAs completed within 20 working days', 85, '%', DATE '2027-03-31', null, 0),
    (39, 1, 1, 21, 2, 'Review health assessments up to date for 90% of children in care', 90, '%', DATE '2027-03-31', null, 0),
    (40, 1, 1, 22, 1, 'Local offer co-produced with care leavers and published on the council website', null, null, DATE '2025-11-30', null, 0),
    (41, 1, 1, 22, 2, 'Every care leaver given the offer at their pathway plan review', 100, '%', DATE '2026-03-31', null, 0),
    (42, 1, 1, 23, 1, '95% of care leavers in touch with the service', 95, '%', DATE '2027-02-28', null, 0),
    (43, 1, 1, 23, 2, 'Pathway plans reviewed within six months for 90% of care leavers', 90, '%', DATE '2027-02-28', null, 0),
    (44, 1, 1, 24, 1, 'Care leavers aged 19 to 21 in EET rise to 60%', 60, '%', DATE '2027-03-31', null, 0),
    (45, 1, 1, 24, 2, '15 apprenticeship or work experience places ring-fenced for care leavers', 15, 'places', DATE '2027-03-31', null, 0);

-- Success measures, priority 4
insert into success_measure (id, organisation_id, plan_id, action_id, position, text, target_value, target_unit,
                             target_date, archived_at, version) values
    (46, 1, 1, 25, 1, 'Agency social workers 15% or less of the workforce', 15, '%', DATE '2027-03-31', null, 0),
    (47, 1, 1, 25, 2, 'Social worker vacancy rate below 12%', 12, '%', DATE '2027-03-31', null, 0),
    (48, 1, 1, 26, 1, 'Average caseload of 18 or fewer', 18, 'children', DATE '2027-02-28', null, 0),
    (49, 1, 1, 26, 2, 'No social worker holds more than 22 children', 22, 'children', DATE '2027-02-28', null, 0),
    (50, 1, 1, 26, 3, 'Fewer than 5 unallocated cases', 5, 'cases', DATE '2027-02-28', null, 0),
    (51, 1, 1, 27, 1, 'Exit interviews completed for 90% of leavers', 90, '%', null, null, 0),
    (52, 1, 1, 27, 2, 'Annual social worker turnover below 15%', 15, '%', DATE '2027-03-31', null, 0),
    (53, 1, 1, 28, 1, 'Career pathway published, with progression panels twice a year', null, null, DATE '2027-01-31', null, 0),
    (54, 1, 1, 28, 2, 'Staff survey shows 75% of social workers intend to stay another year', 75, '%', DATE '2027-03-31', null, 0),
    (55, 1, 1, 29, 1, 'ASYE caseloads of no more than 12 children in the first six months', 12, 'children', null, null, 0),
    (56, 1, 1, 29, 2, '90% of ASYE social workers complete the programme within 12 months', 90, '%', DATE '2027-03-31', null, 0),
    (57, 1, 1, 30, 1, 'Learning and development programme published', null, null, null, null, 0),
    (58, 1, 1, 30, 2, '85% of attendees say the training improved their practice', 85, '%', DATE '2027-01-31', null, 0),
    (59, 1, 1, 31, 1, 'Children with three or more social workers in 12 months reduced to 10% or less', 10, '%', DATE '2027-03-31', null, 0),
    (60, 1, 1, 31, 2, 'New team structure agreed after staff consultation', null, null, null, null, 0);

-- Success measures, priority 5
insert into success_measure (id, organisation_id, plan_id, action_id, position, text, target_value, target_unit,
                             target_date, archived_at, version) values
    (61, 1, 1, 32, 1, '90% of children''s files show supervision within the required timescale', 90, '%', DATE '2027-03-31', null, 0),
    (62, 1, 1, 32, 2, '70% of supervision records audited include reflective analysis', 70, '%', DATE '2027-03-31', null, 0),
    (63, 1, 1, 33, 1, 'Management oversight rated good or better in 75% of audited cases', 75, '%', DATE '2027-03-31', null, 0),
    (64, 1, 1, 33, 2, 'Closure decisions with a recorded rationale in 95% of cases', 95, '%', DATE '2026-09-30', null, 0),
    (65, 1, 1, 34, 1, 'All team managers complete the programme', 100, '%', DATE '2027-01-31', null, 0),
    (66, 1, 1, 34, 2, '360-degree feedback repeated at the end of the programme', null, null, null, null, 0),
    (67, 1, 1, 35, 1, 'Revised framework agreed by the senior leadership team', null, null, DATE '2026-11-30', null, 0),
    (68, 1, 1, 35, 2, 'Feedback from the family gathered in 50% of audits', 50, '%', DATE '2027-03-31', null, 0),
    (69, 1, 1, 36, 1, 'Monthly audit programme completed as scheduled', null, null, null, null, 0),
    (70, 1, 1, 36, 2, 'Moderators agree with the auditor''s grade in 85% of audits', 85, '%', null, null, 0),
    (71, 1, 1, 37, 1, '80% of audit actions completed within the agreed timescale', 80, '%', DATE '2027-03-31', null, 0),
    (72, 1, 1, 37, 2, 'Re-audits show an improved grade in 60% of cases', 60, '%', DATE '2027-03-31', null, 0),
    (73, 1, 1, 38, 1, 'Quarterly escalation report presented to senior leaders', null, null, null, null, 0),
    (74, 1, 1, 38, 2, '95% of escalations resolved within 20 working days', 95, '%', DATE '2027-03-31', null, 0),
    (75, 1, 1, 39, 1, 'IRO caseloads of 70 children or fewer', 70, 'children', DATE '2027-03-31', null, 0);

-- Success measures, priority 6
insert into success_measure (id, organisation_id, plan_id, action_id, position, text, target_value, target_unit,
                             target_date, archived_at, version) values
    (76, 1, 1, 40, 1, 'Voice of the child rated good or better in 75% of audits', 75, '%', DATE '2027-03-31', null, 0),
    (77, 1, 1, 40, 2, 'Direct work toolkits issued to every team', null, null, null, null, 0),
    (78, 1, 1, 41, 1, '95% of statutory visits completed within timescale', 95, '%', DATE '2027-03-31', null, 0),
    (79, 1, 1, 41, 2, 'Child seen alone recorded in 85% of visits where this is appropriate', 85, '%', DATE '2027-03-31', null, 0),
    (80, 1, 1, 42, 1, 'Letters to the child used in 60% of reviews for children aged 8 and over', 60, '%', DATE '2027-02-28', null, 0),
    (81, 1, 1, 43, 1, 'Children in Care Council meets monthly with at least 8 regular members', 8, 'members', null, null, 0),
    (82, 1, 1, 43, 2, 'Two meetings a year with the Corporate Parenting Board', 2, 'meetings', DATE '2027-03-31', null, 0),
    (83, 1, 1, 44, 1, 'Advocacy offered to every child subject to an ICPC', 100, '%', DATE '2027-03-31', null, 0),
    (84, 1, 1, 44, 2, 'Take-up of advocacy rises to 40%', 40, '%', DATE '2027-03-31', null, 0),
    (85, 1, 1, 45, 1, '200 feedback responses received a year', 200, 'responses', DATE '2027-03-31', null, 0),
    (86, 1, 1, 45, 2, '''You said, we did'' summary published every quarter', null, null, null, null, 0),
    (87, 1, 1, 46, 1, 'Direct work module delivered to every team', null, null, DATE '2027-02-28', null, 0);

-- Success measures, priority 7
insert into success_measure (id, organisation_id, plan_id, action_id, position, text, target_value, target_unit,
                             target_date, archived_at, version) values
    (88, 1, 1, 47, 1, 'Police attend 95% of strategy discussions', 95, '%', DATE '2027-02-28', null, 0),
    (89, 1, 1, 47, 2, 'Health represented at 90% of strategy discussions', 90, '%', DATE '2027-02-28', null, 0),
    (90, 1, 1, 48, 1, 'Four joint audits completed a year', 4, 'audits', DATE '2027-03-31', null, 0),
    (91, 1, 1, 48, 2, 'ICPC held within 15 working days of the strategy discussion for 85% of children', 85, '%', DATE '2027-03-31', null, 0),
    (92, 1, 1, 49, 1, 'All police domestic abuse notifications screened within 24 hours', 100, '%', DATE '2027-01-31', null, 0),
    (93, 1, 1, 50, 1, 'LADO initial consideration within one working day for 95% of referrals', 95, '%', DATE '2027-02-28', null, 0),
    (94, 1, 1, 50, 2, 'Annual LADO report presented to the LSCP', null, null, null, null, 0),
    (95, 1, 1, 51, 1, '300 staff from partner agencies trained', 300, 'staff', DATE '2027-03-31', null, 0),
    (96, 1, 1, 52, 1, 'All review recommendations completed', 100, '%', DATE '2027-01-31', null, 0),
    (97, 1, 1, 52, 2, 'Follow-up multi-agency audit shows the learning is embedded', null, null, null, null, 0),
    (98, 1, 1, 53, 1, 'Four learning events held a year', 4, 'events', DATE '2027-03-31', null, 0),
    (99, 1, 1, 53, 2, 'Seven-minute briefing published within a month of each review', null, null, null, null, 0);

-- Success measures, priority 8
insert into success_measure (id, organisation_id, plan_id, action_id, position, text, target_value, target_unit,
                             target_date, archived_at, version) values
    (100, 1, 1, 54, 1, 'Upgrade live for all teams', null, null, DATE '2027-03-31', null, 0),
    (101, 1, 1, 54, 2, 'User survey shows 70% of practitioners find recording easier', 70, '%', DATE '2027-03-31', null, 0),
    (102, 1, 1, 55, 1, 'Dashboards available for every team', null, null, null, null, 0),
    (103, 1, 1, 55, 2, 'All team managers trained to use the dashboards', 100, '%', DATE '2027-01-31', null, 0),
    (104, 1, 1, 56, 1, 'Data quality errors halved against the 2025/26 baseline', 50, '%', DATE '2027-02-28', null, 0),
    (105, 1, 1, 56, 2, 'Statutory returns submitted on time without resubmission', null, null, null, null, 0),
    (106, 1, 1, 57, 1, 'Scorecard presented at every Board meeting', null, null, null, null, 0),
    (107, 1, 1, 57, 2, 'Every indicator has a target and an SN benchmark', 100, '%', DATE '2027-01-31', null, 0),
    (108, 1, 1, 58, 1, 'Quarterly narrative reported to Cabinet and Children''s Scrutiny', null, null, null, null, 0),
    (109, 1, 1, 59, 1, 'Benchmarking report published after each national data release', null, null, null, null, 0),
    (110, 1, 1, 59, 2, 'Targets for 2027/28 agreed by the Board', null, null, DATE '2027-03-31', null, 0),
    (111, 1, 1, 60, 1, 'All team managers in assessment and intervention trained', 100, '%', DATE '2027-03-31', null, 0),
    (112, 1, 1, 60, 2, 'Performance data discussed in 80% of audited supervision records', 80, '%', DATE '2027-03-31', null, 0);

insert into glossary_term (id, organisation_id, plan_id, abbreviation, meaning, version) values
    (1, 1, 1, 'AD', 'Assistant Director', 0),
    (2, 1, 1, 'ASYE', 'Assessed and Supported Year in Employment (first year of practice for newly qualified social workers)', 0),
    (3, 1, 1, 'CAF', 'Common Assessment Framework (replaced locally by the Early Help Assessment)', 0),
    (4, 1, 1, 'CCE', 'Child criminal exploitation', 0),
    (5, 1, 1, 'CIN', 'Child in need', 0),
    (6, 1, 1, 'CLA', 'Child looked after (child in care)', 0),
    (7, 1, 1, 'CP', 'Child protection', 0),
    (8, 1, 1, 'CSE', 'Child sexual exploitation', 0),
    (9, 1, 1, 'CSPR', 'Child safeguarding practice review', 0),
    (10, 1, 1, 'DCS', 'Director of Children''s Services', 0),
    (11, 1, 1, 'DSL', 'Designated safeguarding lead (in a school or college)', 0),
    (12, 1, 1, 'EET', 'Education, employment or training', 0),
    (13, 1, 1, 'EHA', 'Early Help Assessment', 0),
    (14, 1, 1, 'ICB', 'Integrated Care Board', 0),
    (15, 1, 1, 'ICPC', 'Initial child protection conference', 0),
    (16, 1, 1, 'IHA', 'Initial health assessment (for a child coming into care)', 0),
    (17, 1, 1, 'ILACS', 'Inspection of local authority children''s services (Ofsted)', 0),
    (18, 1, 1, 'IRO', 'Independent reviewing officer', 0),
    (19, 1, 1, 'LADO', 'Local authority designated officer (allegations against adults who work with children)', 0),
    (20, 1, 1, 'LSCP', 'Local Safeguarding Children Partnership', 0),
    (21, 1, 1, 'MASH', 'Multi-agency safeguarding hub', 0),
    (22, 1, 1, 'PA', 'Personal adviser (for care leavers)', 0),
    (23, 1, 1, 'PLO', 'Public Law Outline (pre-proceedings and care proceedings)', 0),
    (24, 1, 1, 'PP&P', 'Principal, Policy and Practice', 0),
    (25, 1, 1, 'PSW', 'Principal social worker', 0),
    (26, 1, 1, 'QA', 'Quality assurance', 0),
    (27, 1, 1, 'RHI', 'Return home interview (after a child has been missing)', 0),
    (28, 1, 1, 'S47', 'Section 47 enquiry (Children Act 1989) into whether a child is suffering significant harm', 0),
    (29, 1, 1, 'SEND', 'Special educational needs and disabilities', 0),
    (30, 1, 1, 'SGU', 'Safeguarding Unit (IROs, child protection chairs and the LADO)', 0),
    (31, 1, 1, 'SN', 'Statistical neighbours (local authorities with similar characteristics)', 0),
    (32, 1, 1, 'SW', 'Social worker', 0);

-- Identities continue well above the demo ids.
alter table organisation alter column id restart with 100000;
alter table account alter column id restart with 100000;
alter table person alter column id restart with 100000;
alter table plan alter column id restart with 100000;
alter table section alter column id restart with 100000;
alter table outcome alter column id restart with 100000;
alter table action alter column id restart with 100000;
alter table success_measure alter column id restart with 100000;
alter table glossary_term alter column id restart with 100000;

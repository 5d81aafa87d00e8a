package org.improvementtracker.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.improvementtracker.people.People;
import org.improvementtracker.people.Person;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.ActionProgress;
import org.improvementtracker.reporting.LivePeriod;
import org.improvementtracker.reporting.Moderation;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodProgress;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.ProgressReader;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateReturned;
import org.improvementtracker.reporting.UpdateState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who is written to and writes the notifications. The people asked are the lead and the
 * responsible officer of each live action: one message per person, listing all their actions. Every
 * notification carries a dedupe key, so calling any of this again writes nothing new.
 *
 * <p>Each call is its own transaction: it runs after the change it reports on has committed (or from the
 * scheduled job), and its failure must not touch that change.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class Notifier {

    private final Clock clock;
    private final PlanReader plans;
    private final People people;
    private final ProgressReader reader;
    private final Moderation moderation;
    private final NotificationRepository notifications;
    private final Postman postman;
    private final Links links;
    private final ReminderCalendar calendar;

    Notifier(Clock clock, PlanReader plans, People people, ProgressReader reader, Moderation moderation,
            NotificationRepository notifications, Postman postman, Links links, NotificationProperties properties) {
        this.clock = clock;
        this.plans = plans;
        this.people = people;
        this.reader = reader;
        this.moderation = moderation;
        this.notifications = notifications;
        this.postman = postman;
        this.links = links;
        this.calendar = properties.calendar();
    }

    /** A period has opened: each lead is asked, once, for updates on their actions, by the deadline. */
    void requestUpdates(long organisationId, long planId, long periodId) {
        PeriodProgress progress = reader.period(organisationId, planId, periodId);
        write(organisationId, periodId, requests(organisationId, progress, everyone(organisationId)));
    }

    /** An update went back to its lead: the lead and the responsible officer get the moderator's comment. */
    void updateReturned(UpdateReturned returned) {
        long organisationId = returned.organisationId();
        ProgressUpdate update = moderation.update(organisationId, returned.planId(), returned.updateId());
        if (update.state() != UpdateState.RETURNED) {
            return;
        }
        PeriodProgress progress = reader.period(organisationId, returned.planId(), returned.periodId());
        Action action = plans.action(organisationId, returned.planId(), returned.actionId());
        write(organisationId, returned.periodId(),
                returnedNotices(organisationId, progress, action, update, everyone(organisationId)));
    }

    /**
     * What one live period calls for today: the request, the reminder and the deadline notice to those
     * who have not submitted, and notices of returned updates. Anything a listener missed (a crash
     * between the change and the message) is written here too.
     */
    void catchUp(LivePeriod live, LocalDate today) {
        long organisationId = live.organisationId();
        PeriodProgress progress = reader.period(organisationId, live.planId(), live.periodId());
        Map<Long, Person> everyone = everyone(organisationId);
        Map<String, Instant> written = notifications.keysOfPeriod(organisationId, live.periodId());
        List<NewNotification> due = new ArrayList<>();
        if (progress.period().state() == PeriodState.OPEN) {
            due.addAll(requests(organisationId, progress, everyone));
            due.addAll(chasers(organisationId, progress, everyone, today, written));
        }
        for (ActionProgress action : progress.actions()) {
            if (action.updateState() == UpdateState.RETURNED) {
                due.addAll(returnedNotices(organisationId, progress, action.action(), action.update(), everyone));
            }
        }
        insertMissing(due, written);
    }

    private List<NewNotification> requests(long organisationId, PeriodProgress progress, Map<Long, Person> everyone) {
        Period period = progress.period();
        String title = progress.plan().title();
        return byPerson(progress.actions().stream().filter(ActionProgress::expected).map(ActionProgress::action),
                everyone).entrySet().stream()
                .map(mine -> new NewNotification(organisationId, mine.getKey(), NotificationKind.UPDATES_REQUESTED,
                        Wording.updatesRequested(mine.getKey().name(), title, period, mine.getValue(),
                                links.absolute(Links.MY_ACTIONS)),
                        Links.MY_ACTIONS, period.planId(), period.id(), requestKey(period, mine.getKey())))
                .toList();
    }

    /** The reminder and the deadline notice, to each person with actions still lacking a submitted update. */
    private List<NewNotification> chasers(long organisationId, PeriodProgress progress, Map<Long, Person> everyone,
            LocalDate today, Map<String, Instant> written) {
        Period period = progress.period();
        String title = progress.plan().title();
        String url = links.absolute(Links.MY_ACTIONS);
        List<NewNotification> due = new ArrayList<>();
        Stream<Action> outstanding = progress.actions().stream().filter(a -> a.expected() && !a.submitted())
                .map(ActionProgress::action);
        byPerson(outstanding, everyone).forEach((person, actions) -> {
            Instant requested = written.get(requestKey(period, person));
            LocalDate requestedOn = requested == null ? null : LocalDate.ofInstant(requested, clock.getZone());
            if (calendar.reminderDue(period, today, requestedOn)) {
                due.add(new NewNotification(organisationId, person, NotificationKind.REMINDER,
                        Wording.reminder(person.name(), title, period, actions, today, url), Links.MY_ACTIONS,
                        period.planId(), period.id(), "reminder:" + period.id() + ":" + person.id()));
            }
            if (calendar.deadlineNoticeDue(period, today)) {
                due.add(new NewNotification(organisationId, person, NotificationKind.DEADLINE,
                        Wording.deadline(person.name(), title, period, actions, today, url), Links.MY_ACTIONS,
                        period.planId(), period.id(), "deadline:" + period.id() + ":" + person.id()));
            }
        });
        return due;
    }

    private List<NewNotification> returnedNotices(long organisationId, PeriodProgress progress, Action action,
            ProgressUpdate update, Map<Long, Person> everyone) {
        Period period = progress.period();
        String link = Links.updateForm(action.planId(), action.id(), period.id());
        return byPerson(Stream.of(action), everyone).keySet().stream()
                .map(person -> new NewNotification(organisationId, person, NotificationKind.UPDATE_RETURNED,
                        Wording.updateReturned(person.name(), progress.plan().title(), period, action, update,
                                links.absolute(link)),
                        link, action.planId(), period.id(),
                        "returned:" + update.id() + ":" + update.version() + ":" + person.id()))
                .toList();
    }

    private static String requestKey(Period period, Person person) {
        return "opened:" + period.id() + ":" + person.id();
    }

    /** Each lead or responsible officer with their actions, in plan order; someone who is both is listed once. */
    private static Map<Person, List<Action>> byPerson(Stream<Action> actions, Map<Long, Person> everyone) {
        Map<Person, List<Action>> mine = new LinkedHashMap<>();
        actions.forEach(action -> Stream.of(action.leadPersonId(), action.responsiblePersonId())
                .filter(id -> id != null && everyone.containsKey(id))
                .distinct()
                .forEach(id -> mine.computeIfAbsent(everyone.get(id), person -> new ArrayList<>()).add(action)));
        return mine;
    }

    private Map<Long, Person> everyone(long organisationId) {
        return people.all(organisationId).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    private void write(long organisationId, long periodId, List<NewNotification> due) {
        insertMissing(due, notifications.keysOfPeriod(organisationId, periodId));
    }

    private void insertMissing(List<NewNotification> due, Map<String, Instant> written) {
        notifications.insert(due.stream().filter(n -> !written.containsKey(n.dedupeKey())).toList(),
                postman.mailSetUp(), clock.instant());
    }
}

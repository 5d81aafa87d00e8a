package org.improvementtracker.notifications;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.improvementtracker.accounts.MemberInvited;
import org.improvementtracker.plans.Action;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.ProgressUpdate;

/** The words of each notification: plain text, dates written out, the link in full so any mail reader shows it. */
final class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Wording() {
    }

    static Message updatesRequested(String name, String planTitle, Period period, List<Action> actions, String url) {
        return new Message("Updates due by " + day(period.deadline()) + ": " + period.label() + ", " + planTitle,
                greeting(name)
                        + period.label() + " is open for progress updates on " + planTitle + ".\n\n"
                        + "Please write an update and propose a rating for each of your actions by "
                        + day(period.deadline()) + ":\n\n"
                        + list(actions)
                        + "Write your updates here: " + url + "\n");
    }

    /** Sent a few days before the deadline, listing only the actions still without a submitted update. */
    static Message reminder(String name, String planTitle, Period period, List<Action> outstanding, LocalDate today,
            String url) {
        long days = period.daysToDeadline(today);
        String inDays = days == 1 ? "tomorrow" : "in " + days + " days";
        return new Message("Reminder: updates due " + inDays + " (" + day(period.deadline()) + "): " + planTitle,
                greeting(name)
                        + "Updates for " + period.label() + " on " + planTitle + " are due " + inDays + ", by "
                        + day(period.deadline()) + ". These actions of yours have no submitted update yet:\n\n"
                        + list(outstanding)
                        + "Write your updates here: " + url + "\n");
    }

    /** Sent on the deadline, or on the first run after it when the application was not running that day. */
    static Message deadline(String name, String planTitle, Period period, List<Action> outstanding, LocalDate today,
            String url) {
        boolean onTheDay = period.daysToDeadline(today) == 0;
        String due = onTheDay ? "are due today, " + day(period.deadline())
                : "were due on " + day(period.deadline());
        return new Message((onTheDay ? "Updates due today: " : "Updates overdue since " + day(period.deadline()) + ": ")
                + planTitle,
                greeting(name)
                        + "Updates for " + period.label() + " on " + planTitle + " " + due
                        + ". These actions of yours have no submitted update yet:\n\n"
                        + list(outstanding)
                        + "Write your updates here: " + url + "\n");
    }

    static Message updateReturned(String name, String planTitle, Period period, Action action, ProgressUpdate update,
            String url) {
        String moderator = update.moderatorName() == null ? "The plan owner" : update.moderatorName();
        return new Message("Your update on " + action.reference() + " was returned: " + planTitle,
                greeting(name)
                        + moderator + " returned the " + period.label() + " update on " + item(action) + " in "
                        + planTitle + " with this comment:\n\n"
                        + update.moderatorComment() + "\n\n"
                        + "Please change the update and submit it again: " + url + "\n");
    }

    /** The invitation: a link to choose a password, or (for someone with an account already) to sign in. */
    static Message invitation(MemberInvited invited, String url, ZoneId zone) {
        String expires = DAY.format(invited.expiresAt().atZone(zone).toLocalDate());
        String how = invited.secret() == null
                ? "You already have an Improvement Tracker account, with the username " + invited.username()
                        + ". To accept, sign in by " + expires + ": " + url + "\n\n"
                        + invited.organisationName() + " then appears in the organisation switcher at the top of every page.\n"
                : "To accept, choose your password by " + expires + " with this link, which works once: " + url + "\n\n"
                        + "Your username is " + invited.username() + ".\n";
        return new Message("You are invited to join " + invited.organisationName() + " on Improvement Tracker",
                greeting(invited.name())
                        + invited.invitedBy() + " has invited you to work in " + invited.organisationName()
                        + " on Improvement Tracker, as " + article(invited.role().label()) + ".\n\n"
                        + how + "\nIf you did not expect this, you can ignore it: nothing happens unless you accept.\n");
    }

    private static String article(String label) {
        return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label.toLowerCase(Locale.UK);
    }

    private static String greeting(String name) {
        return "Dear " + name + ",\n\n";
    }

    private static String list(List<Action> actions) {
        return actions.stream().map(action -> "- " + item(action)).collect(Collectors.joining("\n", "", "\n\n"));
    }

    private static String item(Action action) {
        return action.reference() + " " + action.description();
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}

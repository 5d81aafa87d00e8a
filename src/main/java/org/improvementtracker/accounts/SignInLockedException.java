package org.improvementtracker.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused, without looking at the password, because the username had too many failures.
 * Raised alike for usernames that exist and those that do not.
 */
public class SignInLockedException extends LockedException {

    private final Instant lockedUntil;

    SignInLockedException(Instant lockedUntil) {
        super("Too many failed sign-ins");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** "Too many attempts: try again after 10:42", with the day too if it is not today (in the clock's zone). */
    public String tryAgainMessage(Clock clock) {
        ZonedDateTime until = lockedUntil.atZone(clock.getZone());
        String time = until.format(TIME);
        if (!until.toLocalDate().equals(LocalDate.now(clock))) {
            time += " on " + until.format(DAY);
        }
        return "Too many attempts: try again after " + time;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
}

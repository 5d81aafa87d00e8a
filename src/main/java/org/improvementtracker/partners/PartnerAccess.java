package org.improvementtracker.partners;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.improvementtracker.accounts.Accounts;
import org.improvementtracker.accounts.Accounts.AccountName;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.partners.PartnerRepository.Limit;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.audit.AuditSubject;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which contributors are limited to named actions, and which actions. Administrators change it; the
 * route check and the update service ask it on every request of a signed-in user.
 */
@Service
@Transactional
public class PartnerAccess {

    private static final String AUDITED = "Partner access";

    private final Clock clock;
    private final PartnerRepository limits;
    private final Accounts accounts;
    private final PlanReader plans;
    private final AuditTrail audit;

    PartnerAccess(Clock clock, PartnerRepository limits, Accounts accounts, PlanReader plans, AuditTrail audit) {
        this.clock = clock;
        this.limits = limits;
        this.accounts = accounts;
        this.plans = plans;
        this.audit = audit;
    }

    /** What the change trail keeps: whose limit, and the actions it named. */
    record NamedActions(String username, Set<Long> actionIds) {
    }

    /** The actions this person is limited to, or empty when they are not limited. */
    @Transactional(readOnly = true)
    public Optional<Set<Long>> namedActions(SignedInUser user) {
        return limits.limitOf(user.organisationId(), user.accountId()).map(Limit::actionIds);
    }

    /** Every contributor of the organisation, limited or not, by name. */
    @Transactional(readOnly = true)
    public List<Partner> contributors(long organisationId) {
        List<AccountName> contributors = accounts.withRole(organisationId, Role.CONTRIBUTOR);
        Map<Long, Limit> found = limits.limitsOf(organisationId, contributors.stream().map(AccountName::id).toList());
        return contributors.stream().map(account -> partner(account, Optional.ofNullable(found.get(account.id()))))
                .toList();
    }

    /** A contributor of the organisation; anyone else (another organisation's too) is not found. */
    @Transactional(readOnly = true)
    public Partner contributor(long organisationId, long accountId) {
        return partner(contributorAccount(organisationId, accountId), limits.limitOf(organisationId, accountId));
    }

    @Transactional(readOnly = true)
    public ActionChoices choices(long organisationId) {
        return ActionChoices.of(plans.plans(organisationId), plans.liveSections(organisationId),
                plans.liveActions(organisationId));
    }

    /** Limits the contributor to named actions, none yet; a contributor already limited stays as they are. */
    public Partner limit(long organisationId, long accountId) {
        AccountName account = contributorAccount(organisationId, accountId);
        if (limits.limitOf(organisationId, accountId).isEmpty()) {
            limits.insert(organisationId, accountId, clock.instant());
            audit.created(organisationId, subject(account), new NamedActions(account.username(), Set.of()));
        }
        return contributor(organisationId, accountId);
    }

    /**
     * Names the actions the partner may see and update, replacing those named before.
     *
     * @param version the version of the limit the administrator loaded
     */
    public Partner name(long organisationId, long accountId, int version, Collection<Long> actionIds) {
        AccountName account = contributorAccount(organisationId, accountId);
        Limit before = limits.limitOf(organisationId, accountId)
                .orElseThrow(() -> new InvalidInputException("accountId", account.displayName()
                        + " is not limited to named actions: limit them first"));
        Set<Long> named = new TreeSet<>(actionIds);
        List<Long> live = plans.actionsWithIds(organisationId, named).stream()
                .filter(action -> !action.archived()).map(Action::id).toList();
        if (live.size() != named.size()) {
            named.removeAll(live);
            throw new InvalidInputException("actionIds", "These are not actions of your organisation's plans: "
                    + named);
        }
        if (!limits.name(organisationId, accountId, version, named)) {
            throw new ConflictException(AUDITED, accountId, List.of(before.actionIds().size() + " actions named"));
        }
        audit.updated(organisationId, subject(account), new NamedActions(account.username(), before.actionIds()),
                new NamedActions(account.username(), named));
        return contributor(organisationId, accountId);
    }

    /** Gives the contributor back a contributor's reach: the plans to read, their own actions to update. */
    public void lift(long organisationId, long accountId, int version) {
        AccountName account = contributorAccount(organisationId, accountId);
        Limit before = limits.limitOf(organisationId, accountId)
                .orElseThrow(() -> new NotFoundException(AUDITED, accountId));
        if (!limits.delete(organisationId, accountId, version)) {
            throw new ConflictException(AUDITED, accountId, List.of(before.actionIds().size() + " actions named"));
        }
        audit.deleted(organisationId, subject(account), new NamedActions(account.username(), before.actionIds()));
    }

    private AccountName contributorAccount(long organisationId, long accountId) {
        return accounts.find(organisationId, accountId)
                .filter(account -> account.role() == Role.CONTRIBUTOR)
                .orElseThrow(() -> new NotFoundException("Contributor", accountId));
    }

    private static Partner partner(AccountName account, Optional<Limit> limit) {
        return new Partner(account.id(), account.username(), account.displayName(), limit.isPresent(),
                limit.map(Limit::version).orElse(null), limit.map(Limit::actionIds).orElse(Set.of()));
    }

    private static AuditSubject subject(AccountName account) {
        return AuditSubject.of(AUDITED, account.id(), account.displayName());
    }
}

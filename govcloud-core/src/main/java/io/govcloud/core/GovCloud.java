package io.govcloud.core;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.billing.Proration;
import io.govcloud.core.calendar.CalendarCoverageException;
import io.govcloud.core.calendar.MalformedHolidayScheduleException;
import io.govcloud.core.calendar.OfficialCoverage;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.core.catalog.AdaptationPolicies;
import io.govcloud.core.reallocation.ReallocationPolicy;
import io.govcloud.core.internal.ActionRunner;
import io.govcloud.core.internal.Capabilities;
import io.govcloud.core.internal.CatalogVersions;
import io.govcloud.core.internal.DeadlineRescheduler;
import io.govcloud.core.internal.DeadlineTracker;
import io.govcloud.core.internal.ReductionCaseSweep;
import io.govcloud.core.internal.Sweeper;
import io.govcloud.model.Actor;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import io.govcloud.model.SpecialDay;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.HolidayScheduleSource;
import io.govcloud.spi.Notifier;
import io.govcloud.spi.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: runs the rules of the Chongqing measures against a host's store, calendar, notifier
 * and clock. Every action is scoped to an actor with {@link #as(Actor)}, and reached through one facet
 * per capability; every change goes through one unit of work: check access (rule R9), load, apply the
 * pure rule, save with optimistic versions, append one audit record, queue notifications, commit,
 * deliver the notifications. A refusal is a {@link io.govcloud.model.Violation} value naming the article,
 * and is audited too; {@link io.govcloud.model.Violation#toException()} turns it into an exception for
 * hosts that want one.
 *
 * <p>The host drives time: {@link #sweep(Instant)} finds the deadlines approaching, due and missed and
 * notifies each once. Nothing runs in the background: govcloud owns no threads.
 *
 * <p>The calendar never stops (docs/rules.md#r1): a year without the State Council's holiday notice is
 * counted provisionally from the statutory holidays, and a deadline counted over one says so. When the
 * notice is published the host loads it with {@link #loadSchedule(HolidayScheduleSource)}, which counts
 * every open deadline again and notifies those that moved. Building the entry point logs a warning when
 * the official schedule ends within {@link GovCloudPolicy#calendarWarningDays()} days ({@link
 * #calendarCoverage()}).
 *
 * <pre>{@code
 * GovCloud gov = GovCloud.builder()
 *     .store(InMemoryStore.create())
 *     .calendar(WorkingDayCalendar.china())
 *     .catalog(catalogHistory)
 *     .notifier(notification -> host.send(notification))
 *     .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
 *     .build();
 * gov.as(Actor.department(dept, "张三")).resources()
 *     .apply(ResourceRequest.of(project, platform, contract, "ecs.c2m4", ONE))
 *     .getOrElseThrow(Violation::toException);
 * }</pre>
 *
 * <p>Errors: a refusal is a value; a unit that lost a race throws {@link ConflictException} (see {@link
 * #retryOnConflict}), a store fault {@link io.govcloud.spi.StoreException}, a deadline in a year without a
 * working-day schedule {@link io.govcloud.core.calendar.CalendarCoverageException}: one family, {@link
 * io.govcloud.model.GovCloudException}. A caller's bug (a null, an impossible value) is a {@link
 * NullPointerException} or an {@link IllegalArgumentException} naming it.
 *
 * <p>This class is thread-safe, as long as the store and notifier are; its only state that changes is the
 * calendar, which {@link #loadSchedule(HolidayScheduleSource)} extends.
 */
public final class GovCloud {

  private static final Logger LOG = LoggerFactory.getLogger(GovCloud.class);

  private final ActionRunner runner;
  private final Capabilities capabilities;
  private final Sweeper sweeper;
  private final ReductionCaseSweep reductionCases;
  private final AtomicReference<WorkingDayCalendar> calendar;
  private final AtomicReference<CatalogHistory> catalog;
  private final CatalogVersions catalogVersions;
  private final DeadlineRescheduler rescheduler;
  private final GovCloudPolicy policy;
  private final Clock clock;

  private GovCloud(Builder b) {
    this.runner = new ActionRunner(b.store, b.clock, b.notifier, b.ids);
    this.calendar = new AtomicReference<>(b.calendar);
    this.catalog = new AtomicReference<>(b.catalog);
    this.catalogVersions = new CatalogVersions(runner, catalog);
    DeadlineTracker tracker = new DeadlineTracker(calendar::get);
    this.capabilities =
        Capabilities.of(runner, tracker, calendar::get, catalog::get, b.proration, b.reallocation, b.acceptance, b.adaptation);
    this.rescheduler = new DeadlineRescheduler(runner, tracker, b.policy.approachingLeadTime());
    this.sweeper = new Sweeper(runner, b.policy.approachingLeadTime(), rescheduler);
    this.reductionCases = new ReductionCaseSweep(runner);
    this.policy = b.policy;
    this.clock = b.clock;
  }

  /** {@return a builder; store, calendar, catalog, notifier and clock are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The actions an actor may take, by capability, each checked against rule R9.
   *
   * @param actor who acts, not null
   * @return the actor's scope, not null
   * @throws NullPointerException if the actor is null
   */
  public ActorScope as(Actor actor) {
    return new ActorScope(Objects.requireNonNull(actor, "actor"), capabilities);
  }

  /**
   * Runs an action, and runs it again from the start when it lost a race (a {@link ConflictException}:
   * another unit saved first, nothing of this one was kept), at most {@code attempts} times in all. The
   * action must be the whole unit, from reading to writing, e.g. {@code gov.retryOnConflict(3, () ->
   * gov.as(dept).resources().confirmOpen(id, quantity, at))}, so that each attempt decides on fresh data.
   * A refusal is a value and is returned, never retried; any other exception is thrown at once. There is
   * no pause between attempts: govcloud sleeps no thread and owns none.
   *
   * @param attempts how many times at most to run the action, at least 1
   * @param action the action, not null
   * @param <T> what the action returns
   * @return what the first attempt that did not conflict returned
   * @throws IllegalArgumentException if {@code attempts} is less than 1
   * @throws ConflictException the last attempt's conflict, if every attempt lost its race
   */
  public <T> T retryOnConflict(int attempts, Supplier<T> action) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
    }
    Objects.requireNonNull(action, "action");
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (ConflictException lost) {
        if (attempt >= attempts) {
          throw lost;
        }
      }
    }
  }

  /**
   * Finds every open deadline approaching (within the policy's lead time), due (its last day has come)
   * or missed at an instant, and queues one notice for each stage once (committed with the deadline,
   * then delivered through the notifier; a notifier failure leaves them for {@link
   * #dispatchNotifications()}). Returns the notices this call queued.
   *
   * <p>It also moves every reduction case whose period ended before {@code now} (Art. 17; rule R6): the
   * reminder's month lapsing (the authority is to supervise) or the supervision's five working days
   * lapsing (the authority may reduce), each step recorded, audited and notified once, however many
   * sweeps run, at once or one after the other; read the cases with {@code
   * gov.as(actor).reallocation().cases()}.
   *
   * <p>The same call lapses every rectification not completed by its deadline and suspends its provider
   * from new services (Art. 42), and flags the fees of an ended year left unpaid at its end, each account
   * once (Art. 31); each is audited and notified, and is not in the list returned.
   *
   * <p>Last, it removes from the store's outbox the notifications delivered longer ago than the policy's
   * {@link GovCloudPolicy#deliveredRetention() retention} ({@link Store#purgeDelivered}); those not yet
   * delivered stay, whatever their age.
   *
   * @param now the host's current time, from 1970 to 9000 (docs/rules.md#limits), not null
   * @return the deadline notices sent, not null
   */
  public List<DeadlineNotice> sweep(Instant now) {
    List<DeadlineNotice> notices = sweeper.sweep(now);
    reductionCases.sweep(now);
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    capabilities.acceptance().rectifications().sweep(at);
    capabilities.payments().sweep(at);
    purgeDelivered(at);
    return notices;
  }

  /** Removes the notifications delivered longer ago than the policy keeps them (rule R9). */
  private void purgeDelivered(Instant now) {
    Duration retention = policy.deliveredRetention();
    if (now.isAfter(Instant.MIN.plus(retention))) {
      Instant cutoff = now.minus(retention);
      int purged = runner.store().purgeDelivered(cutoff);
      if (purged > 0) {
        LOG.debug("Removed {} notifications delivered before {} from the outbox", purged, cutoff);
      }
    }
  }

  /**
   * Delivers the committed notifications still waiting (after a notifier failure or a crash).
   *
   * @return the number acknowledged by the notifier, 0 if it failed (the failure is logged; what it did
   *     not acknowledge stays for the next call)
   */
  public int dispatchNotifications() {
    return runner.dispatch();
  }

  /** {@return the working-day calendar, with every schedule loaded so far; not null} */
  public WorkingDayCalendar calendar() {
    return calendar.get();
  }

  /**
   * How far the calendar's official schedule reaches from today (the clock's date in its zone), and
   * whether it ends within {@link GovCloudPolicy#calendarWarningDays()} days; building the entry point
   * logs its {@link OfficialCoverage#warning()}. A host may ask again, e.g. daily, to know when to load
   * the next notice.
   *
   * @return the coverage today, not null
   */
  public OfficialCoverage calendarCoverage() {
    return OfficialCoverage.of(calendar.get(), LocalDate.now(clock), policy.calendarWarningDays());
  }

  /**
   * Loads a holiday schedule, e.g. the State Council's notice for the next year once published
   * ({@link WorkingDayCalendar#withSchedule(HolidayScheduleSource)} on this entry point's calendar: every
   * year it covers becomes official), then counts again every open deadline it may move (those expiring
   * from the first date it lists or covers). The load is audited ({@code LOAD_HOLIDAY_SCHEDULE}: the
   * schedule's name, years and days). A deadline whose last day moved is saved, audited ({@code
   * RESCHEDULE_DEADLINE}, on the deadline's subject) and notified once to the party responsible ({@link
   * NotificationTypes#DEADLINE_MOVED}); one that only stopped being provisional is saved and audited. The
   * stage notices already sent are kept for the stages the deadline still has reached; the next {@link
   * #sweep(Instant)} sends the others when they come. Loading the same schedule again changes nothing.
   *
   * <p>Every action from the call on counts in the new calendar. Another process on the same store keeps
   * its own calendar until it loads the schedule too (or is restarted with it and calls {@link
   * #recomputeDeadlines()}); a provisional deadline is also counted again by each sweep before it is
   * notified.
   *
   * @param source the schedule, not null
   * @return the open deadlines that changed, by expiry before the change, then id; not null
   * @throws MalformedHolidayScheduleException if the source lists a date twice, or covers a year without
   *     giving all of its statutory holidays off (nothing is loaded)
   * @throws ConflictException if a deadline kept losing its race to other units (the schedule is loaded;
   *     calling {@link #recomputeDeadlines()} finishes the count)
   * @throws io.govcloud.spi.StoreException if the store failed
   */
  public List<RescheduledDeadline> loadSchedule(HolidayScheduleSource source) {
    Objects.requireNonNull(source, "source");
    calendar.updateAndGet(c -> c.withSchedule(source));
    Optional<LocalDate> first = firstDate(source);
    if (first.isEmpty()) {
      return List.of();
    }
    rescheduler.recordLoad(source, runner.now());
    // a deadline whose last day is before the first date cannot move: it expires before that date ends
    // in any zone, and no zone is more than a day ahead of UTC
    return rescheduler.recountFrom(first.get().atStartOfDay(ZoneOffset.UTC).toInstant(), runner.now());
  }

  /**
   * Counts every open deadline of the statutory table again in the calendar as it is now, as {@link
   * #loadSchedule(HolidayScheduleSource)} does after loading: for a host restarted with a calendar that
   * holds a notice its store's deadlines were not counted with.
   *
   * @return the open deadlines that changed, by expiry before the change, then id; not null
   * @throws CalendarCoverageException if the calendar cannot count a deadline (e.g. a strict calendar
   *     that lacks a year another calendar counted provisionally)
   * @throws ConflictException if a deadline kept losing its race to other units
   * @throws io.govcloud.spi.StoreException if the store failed
   */
  public List<RescheduledDeadline> recomputeDeadlines() {
    return rescheduler.recountFrom(Instant.EPOCH, runner.now());
  }

  /** {@return the service catalog's versions, with every version loaded so far; not null} */
  public CatalogHistory catalog() {
    return catalog.get();
  }

  /**
   * Loads a new version of the service catalog, e.g. the authority's yearly revision (Art. 26;
   * docs/rules.md#r2): from the call on, every action reads the catalog with it (registering a contract
   * or a supplementary contract checks its prices against it while it is in force; applications adapt
   * to it). The load is audited ({@code LOAD_CATALOG_VERSION}, by the system actor {@code catalog}, on
   * subject {@code catalog} and the version's id). Every stored contract price in force on or after the
   * version's effective date (those replaced before that date aside) is checked against it: each price
   * above its new cap ({@code PRICE_ABOVE_CAP}, Art. 26) or of an item it no longer lists ({@code
   * PRICED_ITEM_NOT_IN_CATALOG}, Art. 27) is returned, naming the contract, the provider, the item, the
   * price, the new cap and the version, and notified ({@link NotificationTypes#PRICE_ABOVE_NEW_CAP}) to
   * the authority of the contract's platform's jurisdiction and the municipal authority, committed with
   * the audit record.
   *
   * <p>Decision: such prices do not refuse the load, nor change the contract: a catalog is the
   * authority's to revise, and a signed price stands (and is billed) until the parties revise it by a
   * supplementary contract ({@link RegistryFacet#addSupplement(io.govcloud.model.ContractId,
   * io.govcloud.model.Contract.Supplement, List)}), which the authority is told to see to. Another
   * process on the same store keeps its own catalog until it loads the version too (or is restarted with
   * it).
   *
   * @param version the version, taking effect after the last version loaded, with an id not used yet; not null
   * @return every price above its new cap or no longer listed, by contract, then item and date; not null
   * @throws IllegalArgumentException if the version does not take effect after the last one, or its id is
   *     used (nothing is loaded)
   * @throws io.govcloud.spi.StoreException if the store failed (nothing is loaded)
   */
  public List<Violation> loadCatalogVersion(ServiceCatalog version) {
    return catalogVersions.load(Objects.requireNonNull(version, "version"));
  }

  /** The first date a schedule lists or covers. */
  private static Optional<LocalDate> firstDate(HolidayScheduleSource source) {
    Optional<LocalDate> covered = source.coveredYears().stream().min(Year::compareTo).map(y -> y.atDay(1));
    Optional<LocalDate> listed = source.specialDays().stream().map(SpecialDay::date).min(LocalDate::compareTo);
    if (covered.isEmpty()) {
      return listed;
    }
    return listed.filter(d -> d.isBefore(covered.get())).or(() -> covered);
  }

  /** {@return the policy, not null} */
  public GovCloudPolicy policy() {
    return policy;
  }

  /** Builds a {@link GovCloud}; not thread-safe. */
  public static final class Builder {
    private Store store;
    private WorkingDayCalendar calendar;
    private CatalogHistory catalog;
    private Notifier notifier;
    private Clock clock;
    private GovCloudPolicy policy = GovCloudPolicy.defaults();
    private Proration proration = Proration.standard();
    private ReallocationPolicy reallocation = ReallocationPolicy.defaults();
    private AcceptancePolicy acceptance = AcceptancePolicy.unconfigured();
    private AdaptationPolicies adaptation = AdaptationPolicies.standard();
    private Supplier<String> ids = () -> UUID.randomUUID().toString();

    private Builder() {}

    /**
     * The store, e.g. {@code InMemoryStore.create()} or {@code JdbcStore.embedded(path)}.
     *
     * @param store the store that keeps every aggregate, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder store(Store store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The working-day calendar, e.g. {@link WorkingDayCalendar#china()}.
     *
     * @param calendar the calendar that counts the working days of every deadline, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * The service catalog's versions (Art. 26, 27): applications may only ask for items it lists.
     *
     * @param catalog the catalog history, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder catalog(CatalogHistory catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * The host's notifier.
     *
     * @param notifier where notifications are delivered, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder notifier(Notifier notifier) {
      this.notifier = Objects.requireNonNull(notifier, "notifier");
      return this;
    }

    /**
     * The clock that stamps every action.
     *
     * @param clock the clock that stamps every action and whose date is today, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The policy; {@link GovCloudPolicy#defaults()} if not set.
     *
     * @param policy the policy values, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder policy(GovCloudPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The proration of partial months (docs/rules.md#r4); {@link Proration#standard()} if not set.
     *
     * @param proration the proration, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder proration(Proration proration) {
      this.proration = Objects.requireNonNull(proration, "proration");
      return this;
    }

    /**
     * The numbers of elastic reallocation (rule R6, Art. 16), e.g. how old a measurement may be; {@link
     * ReallocationPolicy#defaults()} if not set.
     *
     * @param reallocation the reallocation policy, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder reallocation(ReallocationPolicy reallocation) {
      this.reallocation = Objects.requireNonNull(reallocation, "reallocation");
      return this;
    }

    /**
     * The acceptance configuration (rule R7; Art. 32, 36, 40, 41): evaluation policies, the attestations'
     * validity periods and the deduction tables; {@link AcceptancePolicy#unconfigured()} if not set, with
     * which every evaluation and every deduction is refused with its reason, never guessed.
     *
     * @param acceptance the acceptance configuration, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder acceptance(AcceptancePolicy acceptance) {
      this.acceptance = Objects.requireNonNull(acceptance, "acceptance");
      return this;
    }

    /**
     * The adaptation policy's versions by effective date (rule R3, Art. 27); {@link
     * AdaptationPolicies#standard()} (100% from 2000-01-01) if not set.
     *
     * @param adaptation the adaptation policy's versions, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder adaptation(AdaptationPolicies adaptation) {
      this.adaptation = Objects.requireNonNull(adaptation, "adaptation");
      return this;
    }

    /**
     * The source of unique ids for new resources, work orders and notices; random UUIDs if not set.
     *
     * @param ids a supplier of new, unique texts, called once per new id; an id is a short prefix, a dash
     *     and the text, at most 64 characters, so a text has at most 56 (the longest prefix is {@code
     *     payment-})
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder ids(Supplier<String> ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The entry point. Logs a warning when the calendar's official schedule ends within the policy's {@link
     * GovCloudPolicy#calendarWarningDays()} days of the clock's date ({@link GovCloud#calendarCoverage()}).
     *
     * @return the entry point, thread-safe if the store and notifier are
     * @throws IllegalStateException if a required part is missing, naming it
     */
    public GovCloud build() {
      require(store, "store");
      require(calendar, "calendar");
      require(catalog, "catalog");
      require(notifier, "notifier");
      require(clock, "clock");
      GovCloud gov = new GovCloud(this);
      gov.calendarCoverage().warning().ifPresent(LOG::warn);
      return gov;
    }

    private static void require(Object part, String name) {
      if (part == null) {
        throw new IllegalStateException("GovCloud.builder() needs a " + name + "; call ." + name + "(...) before build()");
      }
    }
  }
}

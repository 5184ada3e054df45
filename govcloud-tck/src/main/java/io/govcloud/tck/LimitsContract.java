package io.govcloud.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.govcloud.model.Actor;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.FieldChange;
import io.govcloud.model.Limits;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The limits of input (docs/rules.md#limits) hold alike on every store: any quantity, identifier, name,
 * person, free text or instant within them round-trips unchanged (the longest free text and the first and
 * last supported instants included), and any outside them is refused while its value is built,
 * before the store sees it, leaving the store as it was (the unit it was built in, which had already
 * written, rolls back).
 */
public abstract class LimitsContract extends StoreContractSupport {

  /** For subclasses. */
  protected LimitsContract() {}

  private static final DepartmentId DEPT = DepartmentId.of("dept-1");
  private static final PlatformId PLATFORM = PlatformId.of("platform-1");
  private static final ProviderId PROVIDER = ProviderId.of("provider-1");
  private static final int EXAMPLES = 25;

  // ------------------------------------------------------------------------------------ generators

  /** Quantities within the limits: n millionths of a unit, n in [1, 10^13], written with 0 to 6 extra zeros or none. */
  private static Gen<BigDecimal> quantitiesWithin() {
    return longs().between(1, 10_000_000_000_000L).zip(integers().between(-1, 6), (millionths, zeros) -> {
      BigDecimal q = BigDecimal.valueOf(millionths, 6);
      return zeros < 0 ? q.stripTrailingZeros() : q.setScale(6 + zeros);
    });
  }

  /** Quantities outside the limits: above the largest, with a seventh decimal, not positive, far out. */
  private static Gen<BigDecimal> quantitiesOutside() {
    Gen<BigDecimal> far = Generate.pick(List.of(new BigDecimal("1E+25"), new BigDecimal("1E-19"), new BigDecimal("1E+15"),
        new BigDecimal("1E+999999999"), new BigDecimal("1E-999999999"), BigDecimal.ZERO, new BigDecimal("-0.5")));
    return quantitiesWithin().zip(integers().between(0, 3), (q, how) -> switch (how) {
      case 0 -> q.add(Limits.MAX_QUANTITY);
      case 1 -> q.add(new BigDecimal("1E-7"));
      case 2 -> q.negate();
      default -> q.multiply(new BigDecimal("1E+8")).max(Limits.MAX_QUANTITY.add(BigDecimal.ONE));
    }).mix(far, 30);
  }

  /** Printable text in normalization form C, as an identifier may hold it. */
  private static final List<String> ID_FRAGMENTS = List.of("a", "Z", "0", "-", "_", ".", "/", "'", "\"", "%", "\\", "重庆", "渝中",
      "𠀀", "🎉", "é", "Å", "ß", "ﬀ", " ", "\u00a0", "\u3000", "שלום", "NULL", "--", ";");

  /** Identifiers within the limits: 1 to 64 chars of printable NFC text, no white space at either end. */
  private static Gen<String> idsWithin() {
    return lists().of(Generate.pick(ID_FRAGMENTS)).ofSizeBetween(1, 30)
        .map(parts -> "i" + parts.stream().collect(Collectors.joining()))
        .map(text -> cut(text, 63) + "z");
  }

  /** Characters no identifier may hold (each refused for itself): format, bidirectional, separators, controls, lone surrogates, not NFC. */
  private static final List<String> NOT_IN_IDS = List.of("\u200b", "\u200d", "\ufeff", "\u202e", "\u2066", "\u200e", "\u00ad",
      "\u2028", "\u2029", "\u0000", "\n", "\t", "\u0085", "\ud800", "\udc00", "e\u0301", "\u212b");

  /** Identifiers outside the limits: a valid one of at most 40 chars with one refused character inserted, or 65 chars. */
  private static Gen<String> idsOutside() {
    Gen<String> inserted = idsWithin().map(id -> cut(id, 40)).zip(Generate.pick(NOT_IN_IDS), integers().between(0, 40),
        (id, bad, at) -> {
          int i = Math.min(at, id.length());
          return id.substring(0, i) + bad + id.substring(i);
        });
    return inserted.mix(Generate.constant("x".repeat(65)), 5);
  }

  /** Names and persons within the limits: one line of printable text, 1 to 200 chars. */
  private static Gen<String> namesWithin() {
    return lists().of(Generate.pick(List.of("'", "%", "重庆", "𠀀", "👩\u200d💻", "e\u0301", "\u200b", " ", "\u3000", "שלום", "NULL", "a")))
        .ofSizeBetween(1, 60)
        .map(parts -> "«" + parts.stream().collect(Collectors.joining()) + "»")
        .map(text -> cut(text, 200));
  }

  /** Characters no name or person may hold: line breaks, controls, separators, bidirectional controls, a byte-order mark, lone surrogates. */
  private static final List<String> NOT_IN_NAMES =
      List.of("\n", "\r", "\r\n", "\t", "\u0000", "\u0085", "\u2028", "\u2029", "\u202e", "\u2067", "\u200f", "\ufeff", "\ud800", "\udfff");

  /** Names outside the limits: a valid one of at most 100 chars with one refused character inserted. */
  private static Gen<String> namesOutside() {
    return namesWithin().map(name -> cut(name, 100)).zip(Generate.pick(NOT_IN_NAMES), integers().between(0, 100), (name, bad, at) -> {
      int i = Math.min(at, name.length());
      return name.substring(0, i) + bad + name.substring(i);
    });
  }

  /** What a free text may hold: line breaks, tabs and other controls but NUL, pairs of surrogates, any script, markup, SQL. */
  private static final List<String> FREE_FRAGMENTS = List.of("\n", "\r\n", "\t", "\u0001", "\u007f", "\u0085", "\u2028", "\u202e", "\ufeff",
      "\u200b", "𠀀", "👩\u200d💻", "重庆", "e\u0301", "'", "\"", "\\", "%", "NULL", "</p>", " ", "a");

  /** Free texts within the limits: 1 to 80 fragments of what a free text may hold. */
  private static Gen<String> freeTextsWithin() {
    return lists().of(Generate.pick(FREE_FRAGMENTS)).ofSizeBetween(1, 80).map(parts -> "«" + String.join("", parts) + "»");
  }

  /** Free texts outside the limits: a valid one with a NUL or a lone surrogate inserted. */
  private static Gen<String> freeTextsOutside() {
    return freeTextsWithin().zip(Generate.pick(List.of("\u0000", "\ud800", "\udbff", "\udc00", "\udfff")), integers().between(0, 400),
        (text, bad, at) -> {
          int i = Math.min(at, text.length());
          if (i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))) {
            i--; // never between a pair, which would pair a lone low surrogate
          }
          return text.substring(0, i) + bad + text.substring(i);
        });
  }

  /** At most {@code max} chars, never splitting a pair of surrogates. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
  }

  // ------------------------------------------------------------------------------------ helpers

  /**
   * Builds a value in a unit that has already written a department, expecting {@link
   * IllegalArgumentException}; checks that the unit left nothing behind.
   */
  private void assertRefusedBeforeSaved(Supplier<Object> build, String context) {
    DepartmentId witness = DepartmentId.of("witness-" + WITNESSES.incrementAndGet());
    try {
      inUnit(unit -> {
        unit.departments().insert(Samples.department(witness, Optional.empty(), "见证"));
        return unit.departments().insert(Samples.department(DepartmentId.of("never"), Optional.empty(), String.valueOf(build.get())));
      });
      fail("%s: accepted", context);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause != null && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      assertThat(cause).as("%s: refused as an IllegalArgumentException, not %s", context, e).isNotNull();
    }
    Optional<Department> earlier = inUnit(unit -> unit.departments().find(witness));
    Optional<Department> never = inUnit(unit -> unit.departments().find(DepartmentId.of("never")));
    List<AuditRecord> audit = inUnit(unit -> unit.audit().after(0, 10));
    assertThat(earlier).as("%s: the unit's earlier write", context).isEmpty();
    assertThat(never).as(context).isEmpty();
    assertThat(audit).as("%s: audit trail", context).isEmpty();
  }

  private static final AtomicInteger WITNESSES = new AtomicInteger();

  // ------------------------------------------------------------------------------------ quantities

  @Test
  void anyQuantityWithinTheLimitsRoundTripsUnchangedScaleIncluded() {
    AtomicInteger n = new AtomicInteger();
    qt().withExamples(EXAMPLES).withShrinkCycles(10).forAll(quantitiesWithin()).checkAssert(q -> {
      int i = n.incrementAndGet();
      CloudResource resource = Samples.resourceBuilder(ResourceId.of("rq-" + i), DEPT, PLATFORM, PROVIDER, "数量", Samples.Fill.MINIMAL, q, q, q)
          .addPeriods(new CloudResource.Period(MonthDay.of(3, 1), q))
          .build();
      WorkOrder order = Samples.workOrderBuilder(WorkOrderId.of("wq-" + i), resource.id(), DEPT, Samples.T0, "ecs-4c8g", Optional.empty(), q)
          .build();
      run(unit -> {
        unit.resources().insert(resource);
        unit.workOrders().insertAll(List.of(order));
      });
      restart();
      CloudResource loaded = inUnit(unit -> unit.resources().find(resource.id())).orElseThrow();
      WorkOrder loadedOrder = inUnit(unit -> unit.workOrders().find(order.id())).orElseThrow();
      for (BigDecimal kept : List.of(loaded.quantity(), loaded.requestedQuantity(), loaded.fromRedundancy(), loaded.periods().get(0).quantity(),
          loadedOrder.quantity())) {
        assertThat(kept).as("quantity %s as kept", q.toString()).isEqualTo(q);
        assertThat(kept.scale()).as("scale of %s as kept", q.toString()).isEqualTo(q.scale());
      }
    });
  }

  @Test
  void anyQuantityOutsideTheLimitsIsRefusedBeforeItIsSaved() {
    qt().withExamples(EXAMPLES).withShrinkCycles(10).forAll(quantitiesOutside()).checkAssert(q -> {
      assertRefusedBeforeSaved(() -> Samples.resourceBuilder(ResourceId.of("rq-out"), DEPT, PLATFORM, PROVIDER, "数量", Samples.Fill.MINIMAL, q, BigDecimal.ONE,
              BigDecimal.ZERO)
          .build(), "resource quantity " + q);
      assertRefusedBeforeSaved(() -> Samples.workOrderBuilder(WorkOrderId.of("wq-out"), ResourceId.of("rq-out"), DEPT, Samples.T0, "ecs-4c8g", Optional.empty(), q)
          .build(), "work order quantity " + q);
      assertRefusedBeforeSaved(() -> new CloudResource.Period(MonthDay.of(3, 1), q), "period quantity " + q);
    });
  }

  // ------------------------------------------------------------------------------------ ids, names, persons

  @Test
  void anyIdNameAndPersonWithinTheLimitsRoundTripsUnchanged() {
    AtomicInteger n = new AtomicInteger();
    qt().withExamples(EXAMPLES).withShrinkCycles(10).forAll(idsWithin(), namesWithin()).checkAssert((id, name) -> {
      int i = n.incrementAndGet();
      DepartmentId dept = DepartmentId.of(id);
      Department department = Samples.department(dept, Optional.empty(), name);
      AuditRecord record = AuditRecord.accepted(Samples.T0, Actor.department(dept, name), "READ", "department", id, List.of());
      boolean fresh = inUnit(unit -> unit.departments().find(dept)).isEmpty();
      run(unit -> {
        if (fresh) {
          unit.departments().insert(department);
        }
        unit.audit().append(record);
      });
      restart();
      if (fresh) {
        Department loaded = inUnit(unit -> unit.departments().find(dept)).orElseThrow();
        Fields.DEPARTMENT.assertSame(department.withVersion(1), loaded, "department «" + id + "» #" + i);
      }
      List<AuditRecord> trail = inUnit(unit -> unit.audit().ofSubject("department", id));
      assertThat(trail).as("audit of «%s»", id).isNotEmpty();
      AuditRecord last = trail.get(trail.size() - 1);
      assertThat(last.actor()).as("actor of «%s»", id).isEqualTo(record.actor());
      assertThat(last.subjectId()).isEqualTo(id);
    });
  }

  @Test
  void anyIdOutsideTheLimitsIsRefusedBeforeItIsSaved() {
    qt().withExamples(EXAMPLES).withShrinkCycles(10).forAll(idsOutside()).checkAssert(id -> {
      assertRefusedBeforeSaved(() -> DepartmentId.of(id), "department id «" + id + "»");
      assertRefusedBeforeSaved(() -> new Actor(Actor.Role.PROVIDER, id, "张三"), "actor subject «" + id + "»");
    });
  }

  @Test
  void anyNameOrPersonOutsideTheLimitsIsRefusedBeforeItIsSaved() {
    qt().withExamples(EXAMPLES).withShrinkCycles(10).forAll(namesOutside()).checkAssert(name -> {
      assertRefusedBeforeSaved(() -> Samples.department(DepartmentId.of("d-out"), Optional.empty(), name), "name «" + name + "»");
      assertRefusedBeforeSaved(() -> Actor.department(DEPT, name), "person «" + name + "»");
    });
  }

  // ------------------------------------------------------------------------------------ free texts, instants

  @Test
  void anyFreeTextWithinTheLimitsRoundTripsUnchanged() {
    AtomicInteger n = new AtomicInteger();
    qt().withExamples(EXAMPLES).withShrinkCycles(10).forAll(freeTextsWithin()).checkAssert(text -> {
      CloudResource resource = Samples.resource(ResourceId.of("rt-" + n.incrementAndGet()), DEPT, PLATFORM, PROVIDER, text, Samples.Fill.FULL);
      AuditRecord record = AuditRecord.accepted(Samples.T0, Actor.department(DEPT, "张三"), "REJECT", "resource", resource.id().value(),
          List.of(new FieldChange("rejection", Optional.of(text), Optional.of(text + text))));
      run(unit -> {
        unit.resources().insert(resource);
        unit.audit().append(record);
      });
      restart();
      assertFreeTextKept(resource, text);
      List<AuditRecord> trail = inUnit(unit -> unit.audit().ofSubject("resource", resource.id().value()));
      assertThat(trail).singleElement().satisfies(kept -> assertThat(kept.changes()).isEqualTo(record.changes()));
    });
  }

  @Test
  void anyFreeTextWithNulOrALoneSurrogateIsRefusedBeforeItIsSaved() {
    qt().withExamples(EXAMPLES).withShrinkCycles(10).forAll(freeTextsOutside()).checkAssert(text -> {
      assertRefusedBeforeSaved(() -> new CloudResource.TestResult(true, Samples.T0, text), "test notes «" + text + "»");
      assertRefusedBeforeSaved(() -> Samples.resource(ResourceId.of("rt-out"), DEPT, PLATFORM, PROVIDER, text, Samples.Fill.FULL),
          "deployment reason «" + text + "»");
      assertRefusedBeforeSaved(() -> new FieldChange("rejection", Optional.empty(), Optional.of(text)), "audit value «" + text + "»");
    });
  }

  @Test
  void theLongestFreeTextRoundTripsUnchangedAndOneCharMoreIsRefused() {
    // three bytes a char in UTF-8, the most a char takes in MariaDB's MEDIUMTEXT: 3 MB; one row holds three copies
    String longest = "\r\n" + "渝".repeat(Limits.MAX_TEXT_LENGTH - 2);
    CloudResource resource = Samples.resource(ResourceId.of("r-longest"), DEPT, PLATFORM, PROVIDER, longest, Samples.Fill.FULL);
    run(unit -> unit.resources().insert(resource));
    restart();
    assertFreeTextKept(resource, longest);
    assertRefusedBeforeSaved(() -> new CloudResource.TestResult(true, Samples.T0, longest + "x"), "a text one char too long");
  }

  private void assertFreeTextKept(CloudResource resource, String text) {
    CloudResource loaded = inUnit(unit -> unit.resources().find(resource.id())).orElseThrow();
    assertThat(loaded.deploymentReason()).as("deployment reason").contains(text);
    assertThat(loaded.test().orElseThrow().notes()).as("test notes").isEqualTo(text);
    assertThat(loaded.pendingCorrection().orElseThrow().reason()).as("correction reason").isEqualTo(text);
  }

  @Test
  void theFirstAndLastSupportedInstantsRoundTripUnchanged() {
    Instant last = Limits.END_OF_INSTANTS.minusNanos(1000);
    int i = 0;
    for (Instant bound : List.of(Limits.EARLIEST_INSTANT, last)) {
      i++;
      CloudResource resource = Samples.resourceBuilder(ResourceId.of("ri-" + i), DEPT, PLATFORM, PROVIDER, "时间", Samples.Fill.MINIMAL,
              BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, bound)
          .trialOpenedAt(bound).test(new CloudResource.TestResult(true, bound, "边界")).build();
      WorkOrder order = Samples.workOrderBuilder(WorkOrderId.of("wi-" + i), resource.id(), DEPT, bound, bound, "ecs-4c8g", Optional.empty(),
          BigDecimal.ONE).build();
      AuditRecord record = AuditRecord.accepted(bound, Actor.department(DEPT, "张三"), "READ", "resource", resource.id().value(), List.of());
      run(unit -> {
        unit.resources().insert(resource);
        unit.workOrders().insertAll(List.of(order));
        unit.audit().append(record);
      });
      restart();
      CloudResource loaded = inUnit(unit -> unit.resources().find(resource.id())).orElseThrow();
      WorkOrder loadedOrder = inUnit(unit -> unit.workOrders().find(order.id())).orElseThrow();
      List<AuditRecord> trail = inUnit(unit -> unit.audit().ofSubject("resource", resource.id().value()));
      assertThat(List.of(loaded.appliedAt(), loaded.trialOpenedAt().orElseThrow(), loaded.test().orElseThrow().at(), loadedOrder.effectiveAt(),
          loadedOrder.confirmedAt(), trail.get(0).at())).as("instants kept at %s", bound).containsOnly(bound);
    }
  }

  @Test
  void instantsOutsideTheSupportedRangeAreRefusedBeforeTheyAreSaved() {
    for (Instant outside : List.of(Instant.MIN, Limits.EARLIEST_INSTANT.minusNanos(1000), Limits.END_OF_INSTANTS, Instant.MAX)) {
      assertRefusedBeforeSaved(() -> new CloudResource.TestResult(true, outside, "边界"), "test at " + outside);
      assertRefusedBeforeSaved(() -> Samples.workOrderBuilder(WorkOrderId.of("wi-out"), ResourceId.of("ri-out"), DEPT, outside, Samples.T0,
          "ecs-4c8g", Optional.empty(), BigDecimal.ONE).build(), "work order effective at " + outside);
      assertRefusedBeforeSaved(() -> AuditRecord.accepted(outside, Actor.department(DEPT, "张三"), "READ", "resource", "r", List.of()),
          "audit record at " + outside);
    }
  }

  @Test
  void freeTextsStillKeepTheLineBreaksAndControlsANameMayNotHold() {
    String text = "line\nbreak\r\nand\ttab, \u202eright-to-left, \u2028separator";
    CloudResource resource = Samples.resource(ResourceId.of("r-free"), DEPT, PLATFORM, PROVIDER, text, Samples.Fill.FULL);
    run(unit -> unit.resources().insert(resource));
    restart();
    CloudResource loaded = inUnit(unit -> unit.resources().find(resource.id())).orElseThrow();
    assertThat(loaded.deploymentReason()).contains(text);
    assertThat(loaded.test().orElseThrow().notes()).isEqualTo(text);
  }
}

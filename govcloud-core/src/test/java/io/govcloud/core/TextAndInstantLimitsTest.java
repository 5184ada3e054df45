package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.lifecycle.InputViolations;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Limits;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Free texts and instants at the entry point (docs/rules.md#limits; issue 10, "the rules hold at the
 * edges"): a reason, a note or a correction's reason holding NUL or a lone surrogate, or longer than the
 * longest text, and an instant outside the supported range are refused as audited violations, and nothing
 * of the action is kept; what is within the limits, lines included, is kept as given.
 */
class TextAndInstantLimitsTest {

  private World world;
  private GovCloud gov;

  @BeforeEach
  void setUp() {
    world = new World(InMemoryStore.create());
    gov = world.gov;
  }

  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  private static Violation refused(Either<Violation, ?> result) {
    assertThat(result.isLeft()).as("expected a refusal but got %s", result.isRight() ? result.get() : null).isTrue();
    return result.getLeft();
  }

  private List<AuditRecord> refusals() {
    return world.store.transact(uow -> uow.audit().after(0, 10_000)).stream().filter(r -> !r.isAccepted()).toList();
  }

  private ResourceId applied() {
    return ok(gov.as(DEPT_D).resources().apply(ResourceRequest.of(PRD, PD, CD, "evs.ssd", new BigDecimal("2")))).resource().orElseThrow().id();
  }

  private ResourceId inTrial() {
    ResourceId id = applied();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    world.clock.advance(Duration.ofHours(1));
    return id;
  }

  @Test
  void aReasonWithNulOrALoneSurrogateIsRefusedAuditedAndNothingIsKept() {
    // PostgreSQL refused NUL with a StoreException; PostgreSQL and MariaDB kept a lone surrogate as "?"
    ResourceId id = applied();
    int index = 0;
    for (String reason : new String[] {"材料\u0000不全", "材料不全\uD800", "\uDC00材料不全", "材料\uDFFF\uD83D不全"}) {
      Violation v = refused(gov.as(CITY).resources().reject(id, reason));
      assertThat(v.code()).as(reason).isEqualTo(InputViolations.TEXT_OUT_OF_LIMITS);
      assertThat(v.facts()).containsEntry("field", "reason").containsKey("character").containsKey("index");
      assertThat(v.facts().values()).as("the facts never hold the text refused").doesNotContain(reason);
      assertThat(ok(gov.as(CITY).records().resource(id)).state()).isEqualTo(ResourceState.APPLIED);
      assertThat(refusals()).hasSize(++index).last().satisfies(r -> {
        assertThat(r.refusal().orElseThrow().code()).isEqualTo(InputViolations.TEXT_OUT_OF_LIMITS);
        assertThat(r.action()).isEqualTo("REJECT");
      });
    }
    assertThat(refused(gov.as(CITY).resources().reject(id, "a\u0000b")).facts()).containsEntry("character", "U+0000").containsEntry("index", "1");
    assertThat(world.notifier.delivered()).noneMatch(n -> n.type().contains("REJECTED"));
  }

  @Test
  void aReasonLongerThanTheLongestTextIsRefusedAndOneAtTheLimitWithLinesIsKept() {
    ResourceId id = applied();
    String tooLong = "理".repeat(Limits.MAX_TEXT_LENGTH + 1);
    Violation v = refused(gov.as(CITY).resources().reject(id, tooLong));
    assertThat(v.code()).isEqualTo(InputViolations.TEXT_OUT_OF_LIMITS);
    assertThat(v.facts()).containsEntry("length", String.valueOf(Limits.MAX_TEXT_LENGTH + 1))
        .containsEntry("maxLength", String.valueOf(Limits.MAX_TEXT_LENGTH));
    assertThat(ok(gov.as(CITY).records().resource(id)).state()).isEqualTo(ResourceState.APPLIED);
    String lines = "第一行\r\n第二行\t😀\n";
    String atLimit = lines + "理".repeat(Limits.MAX_TEXT_LENGTH - lines.length());
    assertThat(ok(gov.as(CITY).resources().reject(id, atLimit)).state()).isEqualTo(ResourceState.REJECTED);
  }

  @Test
  void testNotesAndCorrectionReasonsAreCheckedAlike() {
    ResourceId id = inTrial();
    assertThat(refused(gov.as(DEPT_D).resources().recordTest(id, true, "通过\u0000")).code()).isEqualTo(InputViolations.TEXT_OUT_OF_LIMITS);
    assertThat(ok(gov.as(DEPT_D).records().resource(id)).test()).isEmpty();
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过\n第二行"));
    WorkOrder order = ok(gov.as(DEPT_D).resources().confirmOpen(id, new BigDecimal("2"), world.clock.instant()));
    Violation v = refused(gov.as(DEPT_D).corrections().correct(order.id(), new BigDecimal("1"), "数量有误\uDBFF"));
    assertThat(v.code()).isEqualTo(InputViolations.TEXT_OUT_OF_LIMITS);
    assertThat(v.facts()).containsEntry("character", "U+DBFF");
    assertThat(ok(gov.as(DEPT_D).records().resource(id)).pendingCorrection()).isEmpty();
  }

  @Test
  void aCompletionInstantOutsideTheSupportedRangeIsRefusedAuditedAndNothingIsKept() {
    ResourceId id = inTrial();
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    int index = 0;
    for (Instant outside : new Instant[] {Instant.MAX, Instant.MIN, Limits.END_OF_INSTANTS, Instant.EPOCH.minusNanos(1000)}) {
      Violation v = refused(gov.as(DEPT_D).resources().confirmOpen(id, new BigDecimal("2"), outside));
      assertThat(v.code()).as("%s", outside).isEqualTo(InputViolations.INSTANT_OUT_OF_LIMITS);
      assertThat(v.facts()).containsEntry("field", "completedAt").containsEntry("instant", outside.toString())
          .containsEntry("earliest", "1970-01-01T00:00:00Z").containsEntry("end", "9000-01-01T00:00:00Z");
      assertThat(refusals()).hasSize(++index).last()
          .satisfies(r -> assertThat(r.refusal().orElseThrow().code()).isEqualTo(InputViolations.INSTANT_OUT_OF_LIMITS));
      CloudResource unchanged = ok(gov.as(DEPT_D).records().resource(id));
      assertThat(unchanged.state()).isEqualTo(ResourceState.TEST_PASSED);
      assertThat(ok(gov.as(DEPT_D).records().workOrders(id))).isEmpty();
    }
  }

  @Test
  void aTrialOpenedOrAnEmergencyProvisionedOutsideTheRangeIsRefused() {
    ResourceId id = applied();
    ok(gov.as(CITY).resources().approve(id));
    Violation v = refused(gov.as(PROVIDER_1).resources().openTrial(id, Instant.MIN, false));
    assertThat(v.code()).isEqualTo(InputViolations.INSTANT_OUT_OF_LIMITS);
    assertThat(v.facts()).containsEntry("field", "openedAt");
    assertThat(ok(gov.as(CITY).records().resource(id)).trialOpenedAt()).isEmpty();
  }

  @Test
  void anActorOutOfReachIsDeniedBeforeItsTextIsLookedAt() {
    ResourceId id = applied();
    Violation v = refused(gov.as(PROVIDER_1).resources().reject(id, "x\u0000"));
    assertThat(v.code()).isNotEqualTo(InputViolations.TEXT_OUT_OF_LIMITS);
  }
}

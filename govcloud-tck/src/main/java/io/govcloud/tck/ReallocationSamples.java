package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;

import io.govcloud.model.Actor;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.PlatformId;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.RedundancyRatio;
import io.govcloud.model.ReductionBasis;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values of elastic reallocation the contract tests save (rule R6; Art. 15–17): redundancy policies
 * of several versions, utilization records, and reduction cases at every stage, from the reminder alone
 * to a case the authority reduced after its department's own reduction and a second measurement.
 */
final class ReallocationSamples {

  static final PlatformId PLATFORM = PlatformId.of("platform-1");
  static final Dimension VCPU = Dimension.VCPU;

  private static final Duration DAY = Duration.ofDays(1);

  private ReallocationSamples() {}

  /** The date of an instant at UTC+8, as a period's last day. */
  private static LocalDate dayOf(Instant instant) {
    return instant.atOffset(ZoneOffset.ofHours(8)).toLocalDate();
  }

  /** A policy of some versions a year apart, the first from 2025-01-01, citing documents of a text. */
  static RedundancyPolicy policy(PlatformId platform, int versions, String text) {
    List<RedundancyRatio> ratios = new ArrayList<>();
    for (int v = 0; v < versions; v++) {
      ratios.add(new RedundancyRatio(new BigDecimal(v == 0 ? "0.15" : "0.1" + v + "50"), LocalDate.of(2025 + v, 1, 1), text));
    }
    return new RedundancyPolicy(platform, ratios, 0);
  }

  /** A record of the series of a department on {@link #PLATFORM} in a dimension. */
  static UtilizationRecord record(
      String id, DepartmentId department, Dimension dimension, String allocated, String idle, Instant measuredAt, String text) {
    return new UtilizationRecord(UtilizationRecordId.of(id), department, PLATFORM, dimension, new BigDecimal(allocated),
        new BigDecimal(idle), measuredAt, text, measuredAt.plusSeconds(90), Actor.system(person(text)));
  }

  /** The reminder of a case, at an instant, with its month. */
  static ReductionStep reminder(Instant at, String text) {
    Instant expires = at.plus(DAY.multipliedBy(31));
    return ReductionStep.startingPeriod(ReductionStep.Kind.REMINDED, at, Actor.system(person(text)), dayOf(expires.minusNanos(1000)), expires);
  }

  /** The basis of a case: a measurement just before an instant. */
  static ReductionBasis basis(String measurement, Instant before, String allocated, String idle, String periodic, String least) {
    return new ReductionBasis(UtilizationRecordId.of(measurement), before.minusSeconds(3600), new BigDecimal(allocated), new BigDecimal(idle),
        new BigDecimal(periodic), new BigDecimal("0.15"), new BigDecimal(least));
  }

  /** A case opened by a reminder at an instant, and nothing since. */
  static ReductionCase reminded(ReductionCaseId id, DepartmentId department, Dimension dimension, Instant at, String text) {
    return ReductionCase.opened(id, department, PLATFORM, dimension, reminder(at, text), basis("u-" + id, at, "200", "60", "0", "36"));
  }

  /** A case reminded at an instant and supervised after its month, five working days running. */
  static ReductionCase supervised(ReductionCaseId id, DepartmentId department, Instant remindedAt, String text) {
    ReductionCase reminded = reminded(id, department, VCPU, remindedAt, text);
    Instant lapsed = reminded.lastStep().expiresAt().orElseThrow().plusSeconds(1);
    Instant supervisedAt = lapsed.plus(DAY);
    Instant expires = supervisedAt.plus(DAY.multipliedBy(7));
    return reminded.followedBy(List.of(
        ReductionStep.of(ReductionStep.Kind.REMINDER_LAPSED, lapsed, Actor.system("sweep")),
        ReductionStep.startingPeriod(ReductionStep.Kind.SUPERVISED, supervisedAt, authority(text), dayOf(expires.minusNanos(1000)), expires)),
        List.of(), List.of());
  }

  /** A case whose month lapsed, awaiting the authority's supervision. */
  static ReductionCase awaitingSupervision(ReductionCaseId id, DepartmentId department, Instant remindedAt, String text) {
    ReductionCase reminded = reminded(id, department, VCPU, remindedAt, text);
    return reminded.followedBy(List.of(ReductionStep.of(ReductionStep.Kind.REMINDER_LAPSED,
        reminded.lastStep().expiresAt().orElseThrow().plusSeconds(1), Actor.system("sweep"))), List.of(), List.of());
  }

  /** A case closed by new data at or below the ratio. */
  static ReductionCase resolved(ReductionCaseId id, DepartmentId department, Instant remindedAt, String text) {
    ReductionCase reminded = reminded(id, department, VCPU, remindedAt, text);
    Instant later = remindedAt.plus(DAY.multipliedBy(3));
    return reminded.followedBy(List.of(ReductionStep.of(ReductionStep.Kind.RESOLVED_BY_DATA, later, Actor.system(person(text)))),
        List.of(basis("u-later-" + id, later, "164", "24", "0", "0")), List.of());
  }

  /**
   * A case through every step: reminded, reduced in part by its department, measured again, lapsed,
   * supervised, lapsed, and reduced by the authority; texts in every person, fractional figures.
   */
  static ReductionCase reducedByAuthority(ReductionCaseId id, DepartmentId department, String text) {
    ReductionCase supervised = supervised(id, department, at(0), text);
    Instant supervisedAt = supervised.lastStep().at();
    Instant lapsed = supervised.lastStep().expiresAt().orElseThrow().plusNanos(1000);
    Instant reduced = lapsed.plus(Duration.ofHours(2));
    ResourceReduction own = new ResourceReduction(ResourceId.of("r-own-" + text.length()), "ecs.c4m8", new BigDecimal("15"), "ecs.c2m4",
        new BigDecimal("10.5"), new BigDecimal("38.000"), at(0).plus(DAY.multipliedBy(5)), Optional.of(WorkOrderId.of("wo-own")), false);
    ResourceReduction forced = new ResourceReduction(ResourceId.of("r-forced"), "vcpu.core", new BigDecimal("100"), "vcpu.core",
        new BigDecimal("84.5"), new BigDecimal("15.5"), reduced, Optional.of(WorkOrderId.of("wo-forced")), true);
    ReductionCase withSecondBasis = new ReductionCase(id, department, PLATFORM, VCPU, supervised.steps(),
        List.of(supervised.basis(), basis("u-second", supervisedAt, "220.25", "80.125", "10.000000000000000001", "56")),
        List.of(own), 0);
    return withSecondBasis.followedBy(List.of(
        ReductionStep.of(ReductionStep.Kind.SUPERVISION_LAPSED, lapsed, Actor.system("sweep " + person(text))),
        ReductionStep.of(ReductionStep.Kind.REDUCED_BY_AUTHORITY, reduced, authority(text))), List.of(), List.of(forced));
  }

  /** The authority of a district, its person named after a text. */
  static Actor authority(String text) {
    return Actor.authority(Jurisdiction.district("yubei"), person(text));
  }

  /**
   * A person named after a text: persons are kept as the audit trail keeps them, so the hostile texts go
   * into the sources and documents, and persons only vary with them.
   */
  static String person(String text) {
    return "经办人 " + text.length();
  }
}

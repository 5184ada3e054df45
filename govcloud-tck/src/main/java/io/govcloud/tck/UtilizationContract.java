package io.govcloud.tck;

import static io.govcloud.tck.ReallocationSamples.PLATFORM;
import static io.govcloud.tck.ReallocationSamples.VCPU;
import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The utilization records of elastic reallocation (rule R6; Art. 16), append-only: they come back field by
 * field (hostile sources, odd dimensions, quantities of 18 decimals and of 20 digits); an id is used
 * once, by exactly one of racing units, and a unit that fails keeps none; a series' latest record is the
 * last measured, then the greatest id; series and a department's records come in measurement order,
 * the unit's own records with the committed ones.
 */
public abstract class UtilizationContract extends StoreContractSupport {

  /** For subclasses. */
  protected UtilizationContract() {}

  private static final DepartmentId DEPT = DepartmentId.of("dept-1");

  private Optional<UtilizationRecord> foundRecord(Function<UnitOfWork, Optional<UtilizationRecord>> query) {
    return inUnit(query);
  }

  private List<UtilizationRecord> listedRecords(Function<UnitOfWork, List<UtilizationRecord>> query) {
    return inUnit(query);
  }

  @Test
  void utilizationRecordsRoundTripWithHostileSourcesOddUnitsAndExactQuantities() {
    List<UtilizationRecord> records = new ArrayList<>();
    List<String> quantities = List.of("0", "0.000001", "10000000.000000000000000000", "200.50", "7"); // the limits of a quantity (docs/rules.md#limits)
    for (int i = 0; i < Samples.HOSTILE_TEXTS.size(); i++) {
      String text = Samples.HOSTILE_TEXTS.get(i);
      String allocated = quantities.get(i % quantities.size());
      Dimension dimension = Dimension.of(Samples.HOSTILE_IDS.get(i % Samples.HOSTILE_IDS.size()), i % 2 == 0 ? "核" : "GiB");
      records.add(ReallocationSamples.record("u-" + i, DepartmentId.of(Samples.HOSTILE_IDS.get((i + 1) % Samples.HOSTILE_IDS.size())),
          dimension, allocated, allocated, at(i), text));
    }
    run(unit -> records.forEach(unit.utilization()::insert));
    restart();
    for (UtilizationRecord expected : records) {
      Optional<UtilizationRecord> loaded = inUnit(unit -> unit.utilization().find(expected.id()));
      assertThat(loaded).as("record %s", expected.id()).isPresent();
      Fields.UTILIZATION_RECORD.assertSame(expected, loaded.get(), "record " + expected.id() + " of source «" + expected.source() + "»");
      List<UtilizationRecord> series = inUnit(unit -> unit.utilization().series(expected.department(), expected.platform(), expected.dimension()));
      assertThat(series).extracting(UtilizationRecord::id).as("series of %s", expected.id()).contains(expected.id());
    }
    assertThat(foundRecord(unit -> unit.utilization().find(UtilizationRecordId.of("u-none")))).isEmpty();
  }

  @Test
  void aUtilizationRecordIdIsUsedOnceAndAUnitThatFailsKeepsNone() {
    UtilizationRecord first = ReallocationSamples.record("u-1", DEPT, VCPU, "200", "60", at(0), "数据接口");
    run(unit -> unit.utilization().insert(first));
    Throwable again = catchThrowable(() -> run(unit -> {
      unit.utilization().insert(ReallocationSamples.record("u-2", DEPT, VCPU, "200", "50", at(60), "again"));
      unit.utilization().insert(ReallocationSamples.record("u-1", DEPT, VCPU, "1", "1", at(120), "again"));
    }));
    assertThat(again).as("a committed id again").isInstanceOf(ConflictException.class);
    Throwable caught = catchThrowable(() -> run(unit -> {
      unit.utilization().insert(ReallocationSamples.record("u-3", DEPT, VCPU, "200", "50", at(60), "caught"));
      try {
        unit.utilization().insert(ReallocationSamples.record("u-3", DEPT, VCPU, "1", "1", at(120), "caught"));
      } catch (ConflictException e) {
        // the unit has failed all the same
      }
    }));
    assertThat(caught).as("an id twice in one unit, the conflict caught").isInstanceOf(ConflictException.class);
    IllegalStateException thrown = new IllegalStateException("the body failed");
    assertThat(catchThrowable(() -> run(unit -> {
      unit.utilization().insert(ReallocationSamples.record("u-4", DEPT, VCPU, "200", "50", at(60), "thrown"));
      throw thrown;
    }))).isSameAs(thrown);
    List<UtilizationRecord> kept = inUnit(unit -> unit.utilization().ofDepartment(DEPT));
    assertThat(kept).extracting(UtilizationRecord::id).as("records kept").containsExactly(first.id());
    Fields.UTILIZATION_RECORD.assertSame(first, kept.get(0), "the record first saved");
  }

  @Test
  void ofConcurrentInsertsOfOneRecordIdExactlyOneWins() {
    List<Boolean> won = Threads.onThreads(8, thread -> {
      try {
        run(unit -> unit.utilization().insert(ReallocationSamples.record("u-race", DEPT, VCPU, "200", String.valueOf(thread), at(thread), "线程 " + thread)));
        return true;
      } catch (ConflictException e) {
        return false;
      }
    });
    assertThat(won).as("winners among 8 inserts of one id").containsOnlyOnce(true);
    assertThat(foundRecord(unit -> unit.utilization().find(UtilizationRecordId.of("u-race"))).orElseThrow().idle())
        .isEqualByComparingTo(String.valueOf(won.indexOf(true)));
  }

  @Test
  void theLatestOfASeriesIsTheLastMeasuredThenTheGreatestIdAndSeriesAreInMeasurementOrder() {
    DepartmentId other = DepartmentId.of("dept-other");
    run(unit -> {
      unit.utilization().insert(ReallocationSamples.record("u-b", DEPT, VCPU, "200", "60", at(100), "b"));
      unit.utilization().insert(ReallocationSamples.record("u-c", DEPT, VCPU, "200", "50", at(50), "c"));
      unit.utilization().insert(ReallocationSamples.record("u-memory", DEPT, Dimension.MEMORY_GIB, "400", "80", at(500), "memory"));
      unit.utilization().insert(ReallocationSamples.record("u-cores", DEPT, Dimension.of("vcpu", "cores"), "400", "80", at(600), "cores"));
      unit.utilization().insert(ReallocationSamples.record("u-other", other, VCPU, "10", "1", at(700), "other"));
    });
    run(unit -> {
      unit.utilization().insert(ReallocationSamples.record("u-a", DEPT, VCPU, "200", "40", at(100), "a, the same instant as b"));
      assertThat(unit.utilization().latest(DEPT, PLATFORM, VCPU)).map(UtilizationRecord::id).as("latest in the unit that wrote u-a")
          .contains(UtilizationRecordId.of("u-b"));
      assertThat(unit.utilization().series(DEPT, PLATFORM, VCPU)).extracting(r -> r.id().value()).as("series in the unit")
          .containsExactly("u-c", "u-a", "u-b");
    });
    run(unit -> unit.utilization().insert(ReallocationSamples.record("u-d", DEPT, VCPU, "200", "30", at(101), "d")));
    assertThat(foundRecord(unit -> unit.utilization().latest(DEPT, PLATFORM, VCPU))).map(UtilizationRecord::id).contains(UtilizationRecordId.of("u-d"));
    assertThat(listedRecords(unit -> unit.utilization().series(DEPT, PLATFORM, VCPU))).extracting(r -> r.id().value())
        .containsExactly("u-c", "u-a", "u-b", "u-d");
    assertThat(listedRecords(unit -> unit.utilization().series(DEPT, PLATFORM, Dimension.of("vcpu", "cores")))).extracting(r -> r.id().value())
        .as("another unit is another dimension").containsExactly("u-cores");
    assertThat(listedRecords(unit -> unit.utilization().ofDepartment(DEPT))).extracting(r -> r.id().value())
        .containsExactly("u-c", "u-a", "u-b", "u-d", "u-memory", "u-cores");
    assertThat(foundRecord(unit -> unit.utilization().latest(DEPT, PlatformId.of("platform-none"), VCPU))).isEmpty();
    assertThat(listedRecords(unit -> unit.utilization().series(DepartmentId.of("dept-none"), PLATFORM, VCPU))).isEmpty();
  }
}

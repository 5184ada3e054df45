package io.govcloud.jdbc.internal;

import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.FieldChange;
import io.govcloud.model.Violation;
import io.govcloud.spi.AuditTrail;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail: {@code gc_audit_record}, the field changes in {@code gc_audit_change} and a refusal's
 * facts in {@code gc_audit_fact}, each numbered by position.
 *
 * <p>A unit's records wait in memory until it ends. {@link #flush()}, run just before the commit, adds
 * their number to the one row of {@code gc_audit_counter} ({@code UPDATE ... SET last_sequence =
 * last_sequence + n}), which locks that row until the commit, reads the new value, and numbers the
 * records up to it. A second unit blocks on the row until the first commits or rolls back, then reads
 * the value the first left: sequences are therefore given, and become visible, in commit order and
 * without gaps, and {@link #after} never skips a record that a later call would show below its last.
 * Under the same lock it reads the time of the record numbered just before, and keeps none of the unit's
 * records before it ({@link AuditRecord#notBefore}): times follow commit order too.
 *
 * <p>Not API. Not thread-safe: one per unit of work.
 */
final class AuditTable implements AuditTrail {

  private final JdbcUnitOfWork unit;
  private final List<AuditRecord> pending = new ArrayList<>();

  AuditTable(JdbcUnitOfWork unit) {
    this.unit = unit;
  }

  @Override
  public void append(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    if (record.sequence() != 0) {
      throw new IllegalArgumentException(
          "an audit record is appended with sequence 0 and the store numbers it; this one has " + record.sequence());
    }
    unit.usable();
    pending.add(record);
  }

  @Override
  public List<AuditRecord> ofSubject(String subjectType, String subjectId) {
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    Sql.Binder subject = p -> p.text(subjectType).text(subjectId);
    List<AuditRecord> records = new ArrayList<>(unit.read("list audit records of " + subjectType + " " + subjectId, () -> load(
        "SELECT * FROM gc_audit_record WHERE subject_type = ? AND subject_id = ? ORDER BY audit_sequence", subject,
        "audit_sequence IN (SELECT audit_sequence FROM gc_audit_record WHERE subject_type = ? AND subject_id = ?)", subject)));
    pending.stream().filter(r -> r.subjectType().equals(subjectType) && r.subjectId().equals(subjectId)).forEach(records::add);
    return records;
  }

  @Override
  public List<AuditRecord> after(long sequence, int limit) {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    if (limit == 0) {
      return List.of();
    }
    return unit.read("list audit records after " + sequence, () -> load(
        "SELECT * FROM gc_audit_record WHERE audit_sequence > ? ORDER BY audit_sequence LIMIT ?",
        p -> p.number(sequence).integer(limit),
        "audit_sequence > ? AND audit_sequence <= ?",
        null));
  }

  /** Writes the pending records, numbered under the counter's lock; see the class description. */
  void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    Transaction tx = unit.transaction();
    int count = pending.size();
    tx.update("UPDATE gc_audit_counter SET last_sequence = last_sequence + ? WHERE id = 1", p -> p.integer(count));
    long last = tx.queryOne("SELECT last_sequence FROM gc_audit_counter WHERE id = 1", Sql.Binder.NONE, r -> r.number("last_sequence"))
        .orElseThrow(() -> new SQLException("the audit counter row is missing from gc_audit_counter", "02000"));
    // times in commit order: none of the unit's records before the record committed last, read under the lock
    long previous = last - count;
    Optional<Instant> floor = previous == 0 ? Optional.empty() : tx.queryOne(
        "SELECT occurred_at FROM gc_audit_record WHERE audit_sequence = ?", p -> p.number(previous), r -> r.instant("occurred_at"));
    List<AuditRecord> numbered = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      AuditRecord record = floor.map(pending.get(i)::notBefore).orElse(pending.get(i)).withSequence(last - count + 1 + i);
      numbered.add(record);
      for (int c = 0; c < record.changes().size(); c++) {
        changes.add(new Change(record.sequence(), c, record.changes().get(c)));
      }
      int position = 0;
      for (Map.Entry<String, String> fact : record.refusal().map(Violation::facts).orElse(Map.of()).entrySet()) {
        facts.add(new Fact(record.sequence(), position++, fact.getKey(), fact.getValue()));
      }
    }
    tx.batch("INSERT INTO gc_audit_record (audit_sequence, occurred_at, actor_role, actor_subject, actor_person, action, "
            + "subject_type, subject_id, refusal_code, refusal_instrument, refusal_article, refusal_chinese, refusal_english) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        numbered, AuditTable::bind);
    tx.batch("INSERT INTO gc_audit_change (audit_sequence, ordinal, field_name, before_value, after_value) VALUES (?, ?, ?, ?, ?)",
        changes, (p, c) -> p.number(c.sequence()).integer(c.ordinal())
            .text(c.change().field()).text(c.change().before()).text(c.change().after()));
    tx.batch("INSERT INTO gc_audit_fact (audit_sequence, ordinal, fact_name, fact_value) VALUES (?, ?, ?, ?)",
        facts, (p, f) -> p.number(f.sequence()).integer(f.ordinal()).text(f.name()).text(f.value()));
    pending.clear();
  }

  /** One field change of a record, at its position. */
  private record Change(long sequence, int ordinal, FieldChange change) {}

  /** One fact of a record's refusal, at its position. */
  private record Fact(long sequence, int ordinal, String name, String value) {}

  /**
   * Loads records and their children. Records never change once committed, so the child queries need
   * no version check; rows committed after the first query belong to records not loaded, and are ignored.
   *
   * @param parents the query of the records, in trail order
   * @param childPredicate the condition on a child table's {@code audit_sequence}; with a null {@code
   *     childBinder}, a range bound to the first parameter of {@code parentBinder} and the last sequence loaded
   */
  private List<AuditRecord> load(String parents, Sql.Binder parentBinder, String childPredicate, Sql.Binder childBinder)
      throws SQLException {
    Transaction tx = unit.transaction();
    Map<Long, AuditRecord> records = new LinkedHashMap<>();
    tx.forEach(parents, parentBinder, row -> records.put(row.number("audit_sequence"), record(row)));
    if (records.isEmpty()) {
      return List.of();
    }
    long first = records.keySet().iterator().next();
    long lastLoaded = records.keySet().stream().reduce((a, b) -> b).orElseThrow();
    Sql.Binder children = childBinder != null ? childBinder : p -> p.number(first - 1).number(lastLoaded);
    Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
    tx.forEach("SELECT * FROM gc_audit_change WHERE " + childPredicate + " ORDER BY audit_sequence, ordinal", children,
        row -> changes.computeIfAbsent(row.number("audit_sequence"), k -> new ArrayList<>())
            .add(new FieldChange(row.text("field_name"), row.optionalText("before_value"), row.optionalText("after_value"))));
    Map<Long, Map<String, String>> facts = new LinkedHashMap<>();
    tx.forEach("SELECT * FROM gc_audit_fact WHERE " + childPredicate + " ORDER BY audit_sequence, ordinal", children,
        row -> facts.computeIfAbsent(row.number("audit_sequence"), k -> new LinkedHashMap<>())
            .put(row.text("fact_name"), row.text("fact_value")));
    List<AuditRecord> loaded = new ArrayList<>();
    records.forEach((sequence, r) -> loaded.add(new AuditRecord(
        sequence, r.at(), r.actor(), r.action(), r.subjectType(), r.subjectId(),
        r.refusal().map(v -> new Violation(v.code(), v.article(), v.chinese(), v.english(), facts.getOrDefault(sequence, Map.of()))),
        changes.getOrDefault(sequence, List.of()))));
    return loaded;
  }

  /** A record from its row, without changes or facts yet. */
  private static AuditRecord record(Row row) throws SQLException {
    Optional<String> code = row.optionalText("refusal_code");
    Optional<Violation> refusal = code.isEmpty()
        ? Optional.empty()
        : Optional.of(new Violation(
            code.get(),
            new Article(row.constant("refusal_instrument", Article.Instrument.class), row.integer("refusal_article")),
            row.text("refusal_chinese"),
            row.text("refusal_english"),
            Map.of()));
    return new AuditRecord(
        row.number("audit_sequence"),
        row.instant("occurred_at"),
        new Actor(row.constant("actor_role", Actor.Role.class), row.text("actor_subject"), row.text("actor_person")),
        row.text("action"),
        row.text("subject_type"),
        row.text("subject_id"),
        refusal,
        List.of());
  }

  private static void bind(Params p, AuditRecord r) throws SQLException {
    Optional<Violation> refusal = r.refusal();
    p.number(r.sequence())
        .instant(r.at())
        .name(r.actor().role())
        .text(r.actor().subject())
        .text(r.actor().person())
        .text(r.action())
        .text(r.subjectType())
        .text(r.subjectId())
        .text(refusal.map(Violation::code))
        .text(refusal.map(v -> v.article().instrument().name()))
        .integer(refusal.map(v -> v.article().number()))
        .text(refusal.map(Violation::chinese))
        .text(refusal.map(Violation::english));
  }
}

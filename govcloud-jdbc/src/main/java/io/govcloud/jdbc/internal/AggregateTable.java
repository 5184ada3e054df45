package io.govcloud.jdbc.internal;

import io.govcloud.model.Aggregate;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.Repository;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The table of one kind of aggregate, with its child tables, as a {@link Repository} of a unit of work.
 *
 * <p>An insert first reads the saved version of the id, so that a conflict names it; a concurrent insert
 * of the same id that commits in between is caught by its duplicate key (SQLState 23xxx) and reported
 * as version 1, the version every insert saves. An update is {@code UPDATE ... SET version = v + 1 WHERE
 * id = ? AND version = v}: no row changed means another unit saved it first (or it does not exist), and
 * the saved version is read for the conflict. Child rows are deleted and written again on each update.
 * Reads load the parents, then each child table once, for the same predicate.
 *
 * <p>At READ COMMITTED each statement sees the latest commits, so a unit committing between the parent
 * query and a child query would mix two versions. A table with child tables therefore reads the
 * parents' versions again after the children: versions only grow, one per commit, so an unchanged
 * version proves that the children read belong to it; otherwise the load is repeated (at most {@value
 * #MAX_READS} times).
 *
 * <p>Lists come in the port's order, sorted in Java after the query: see {@link #list(String, String,
 * String, Comparator, Sql.Binder)}.
 *
 * <p>Not API. Not thread-safe: one per unit of work.
 *
 * @param <I> the identifier type
 * @param <A> the aggregate type
 */
abstract class AggregateTable<I, A extends Aggregate<I, A>> implements Repository<I, A> {

  /** How many times a load is tried while concurrent commits keep changing what it reads. */
  static final int MAX_READS = 100;

  /** The unit of work this table belongs to. */
  final JdbcUnitOfWork unit;
  private final String noun;
  private final String plural;
  private final String table;
  private final boolean hasChildren;

  AggregateTable(JdbcUnitOfWork unit, String noun, String plural, String table, boolean hasChildren) {
    this.unit = unit;
    this.noun = noun;
    this.plural = plural;
    this.table = table;
    this.hasChildren = hasChildren;
  }

  /** The id as stored. */
  abstract String key(I id);

  /**
   * Reads the aggregates a predicate on the parent table selects, with their children, once.
   *
   * @param predicate an SQL condition on the parent table with {@code ?} parameters, or null for all
   * @param order the SQL ordering of the parents
   * @param binder binds the predicate's parameters
   */
  abstract List<A> read(String predicate, String order, Sql.Binder binder) throws SQLException;

  /** The parent table's columns but {@code id} and {@code version}, in the order {@link #bindColumns} binds them. */
  abstract List<String> columns();

  /** Binds the values of {@link #columns()}. */
  abstract void bindColumns(Params params, A aggregate) throws SQLException;

  /** Inserts the child rows of an aggregate. */
  void insertChildren(A saved) throws SQLException {}

  /** Deletes the child rows of an aggregate. */
  void deleteChildren(String key) throws SQLException {}

  @Override
  public Optional<A> find(I id) {
    String key = key(Objects.requireNonNull(id, "id"));
    return unit.read("find " + noun + " " + key, () -> load("id = ?", "id", p -> p.text(key)).stream().findFirst());
  }

  @Override
  public A insert(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    String key = key(aggregate.id());
    if (aggregate.version() != 0) {
      throw new IllegalArgumentException(
          noun + " " + key + " has version " + aggregate.version() + ": only a " + noun + " never saved (version 0) can be inserted");
    }
    A saved = aggregate.withVersion(1);
    unit.write("insert " + noun + " " + key, () -> {
      OptionalLong existing = savedVersion(key);
      if (existing.isPresent()) {
        throw new ConflictException(noun, key, 0, existing.getAsLong());
      }
      try {
        insertRow(saved);
      } catch (SQLException e) {
        if (unit.dialect().isDuplicateKey(e)) {
          throw new ConflictException(noun, key, 0, 1);
        }
        throw e;
      }
      insertChildren(saved);
    });
    return saved;
  }

  @Override
  public A update(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    String key = key(aggregate.id());
    long expected = aggregate.version();
    if (expected == 0) {
      throw new IllegalArgumentException(noun + " " + key + " has version 0, so it was never saved: insert it");
    }
    A saved = aggregate.withVersion(expected + 1);
    unit.write("update " + noun + " " + key, () -> {
      if (updateRow(saved, expected) == 0) {
        throw new ConflictException(noun, key, expected, savedVersion(key).orElse(0));
      }
      deleteChildren(key);
      insertChildren(saved);
    });
    return saved;
  }

  @Override
  public List<A> all() {
    return list("list " + plural, null, "id", Sql.Binder.NONE);
  }

  /**
   * Loads the aggregates a predicate selects, ordered by id, as a read of the unit named by {@code
   * operation}.
   */
  List<A> list(String operation, String predicate, String order, Sql.Binder binder) {
    return list(operation, predicate, order, Comparator.comparing(aggregate -> key(aggregate.id())), binder);
  }

  /**
   * Loads the aggregates a predicate selects, as a read of the unit named by {@code operation}, in the
   * SQL order given, then sorted in Java: the port orders ids by their {@code compareTo} (by UTF-16 code
   * unit), which no collation of the supported databases gives for characters beyond the BMP (a binary
   * or "C" collation orders by code point, which puts U+FF01 before U+1F600; Java puts it after).
   *
   * @param order the SQL order, which {@code inJava} must refine
   * @param inJava the port's order
   */
  List<A> list(String operation, String predicate, String order, Comparator<? super A> inJava, Sql.Binder binder) {
    List<A> loaded = new ArrayList<>(unit.read(operation, () -> load(predicate, order, binder)));
    loaded.sort(inJava);
    return loaded;
  }

  /** Reads the aggregates a predicate selects, consistently: each with the children of its version. */
  private List<A> load(String predicate, String order, Sql.Binder binder) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      List<A> aggregates = read(predicate, order, binder);
      if (!hasChildren || aggregates.isEmpty() || unchanged(aggregates, predicate, binder)) {
        return aggregates;
      }
      if (attempt == MAX_READS) {
        throw new SQLException(
            "the " + plural + " read kept changing while being read (" + MAX_READS + " attempts)", "40001");
      }
    }
  }

  private boolean unchanged(List<A> aggregates, String predicate, Sql.Binder binder) throws SQLException {
    Map<String, Long> versions = new LinkedHashMap<>();
    unit.transaction().forEach("SELECT id, version FROM " + table + (predicate == null ? "" : " WHERE " + predicate),
        binder, row -> versions.put(row.text("id"), row.number("version")));
    for (A aggregate : aggregates) {
      Long version = versions.get(key(aggregate.id()));
      if (version == null || version != aggregate.version()) {
        return false;
      }
    }
    return true;
  }

  /** {@code SELECT * FROM table [WHERE predicate] ORDER BY order}. */
  String selectParents(String predicate, String order) {
    return "SELECT * FROM " + table + (predicate == null ? "" : " WHERE " + predicate) + " ORDER BY " + order;
  }

  /** {@code SELECT * FROM child [WHERE owner IN (SELECT id FROM table WHERE predicate)] ORDER BY owner, order}. */
  String selectChildren(String child, String ownerColumn, String predicate, String order) {
    return "SELECT * FROM " + child
        + (predicate == null ? "" : " WHERE " + ownerColumn + " IN (SELECT id FROM " + table + " WHERE " + predicate + ")")
        + " ORDER BY " + ownerColumn + ", " + order;
  }

  /** The rows of a child table, grouped by owner, in order. */
  <C> Map<String, List<C>> children(String sql, Sql.Binder binder, String ownerColumn, Sql.Mapper<C> mapper)
      throws SQLException {
    Map<String, List<C>> byOwner = new LinkedHashMap<>();
    unit.transaction().forEach(sql, binder, row -> {
      byOwner.computeIfAbsent(row.text(ownerColumn), k -> new ArrayList<>()).add(mapper.map(row));
    });
    return byOwner;
  }

  private void insertRow(A saved) throws SQLException {
    // a table may have no column but id and version (a redundancy policy keeps everything in its children)
    String sql = "INSERT INTO " + table + " (" + columns().stream().map(c -> c + ", ").collect(Collectors.joining()) + "version, id) VALUES ("
        + "?, ".repeat(columns().size()) + "?, ?)";
    unit.transaction().update(sql, p -> {
      bindColumns(p, saved);
      p.number(saved.version()).text(key(saved.id()));
    });
  }

  private int updateRow(A saved, long expected) throws SQLException {
    String sql = "UPDATE " + table + " SET " + columns().stream().map(c -> c + " = ?, ").collect(Collectors.joining())
        + "version = ? WHERE id = ? AND version = ?";
    return unit.transaction().update(sql, p -> {
      bindColumns(p, saved);
      p.number(saved.version()).text(key(saved.id())).number(expected);
    });
  }

  private OptionalLong savedVersion(String key) throws SQLException {
    Optional<Long> version =
        unit.transaction().queryOne("SELECT version FROM " + table + " WHERE id = ?", p -> p.text(key), r -> r.number("version"));
    return version.map(OptionalLong::of).orElse(OptionalLong.empty());
  }
}

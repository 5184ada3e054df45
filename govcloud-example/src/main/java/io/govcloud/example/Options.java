package io.govcloud.example;

import java.util.Optional;

/**
 * The example's command line: {@code --lang zh|en} (Chinese by default), and {@code --jdbc-url} with
 * {@code --user} and {@code --password} to play the year on a PostgreSQL or MariaDB server instead of an
 * embedded H2 database in a temporary folder.
 *
 * @param lang the language of the report
 * @param jdbcUrl the server's JDBC URL, if not embedded
 * @param user the server's user, if any
 * @param password the user's password, if any
 */
record Options(Lang lang, Optional<String> jdbcUrl, Optional<String> user, Optional<String> password) {

  static final String USAGE = String.join("\n",
      "usage: DistrictYear [--lang zh|en] [--jdbc-url URL [--user USER] [--password PASSWORD]]",
      "  --lang      the report's language: zh (Chinese, the default) or en (English)",
      "  --jdbc-url  play the year on this PostgreSQL or MariaDB database (an empty one) instead of embedded H2",
      "  --user, --password  the database user, if the URL does not name it");

  /**
   * The options of a command line.
   *
   * @throws IllegalArgumentException naming what is wrong, for the usage
   */
  static Options parse(String... args) {
    Lang lang = Lang.ZH;
    String url = null;
    String user = null;
    String password = null;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + name);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--lang" -> lang = Lang.of(value);
        case "--jdbc-url" -> url = value;
        case "--user" -> user = value;
        case "--password" -> password = value;
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (url == null && (user != null || password != null)) {
      throw new IllegalArgumentException("--user and --password go with --jdbc-url");
    }
    return new Options(lang, Optional.ofNullable(url), Optional.ofNullable(user), Optional.ofNullable(password));
  }
}

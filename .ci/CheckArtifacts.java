import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Checks the jars a published govcloud module built, run by {@code mvn verify} in each such module (the
 * parent POM's profile check-artifacts): the main jar, its sources jar and its javadoc jar exist; each
 * holds META-INF/LICENSE and META-INF/NOTICE; the main jar's manifest names the module
 * and its version (Implementation-Title, Implementation-Version); the sources jar holds the Java sources
 * (module-info.java with them when the jar is a module); the javadoc jar holds an index.html. Exits 1
 * naming every problem.
 *
 * <p>Arguments: the build directory, the jars' base name, the expected title, the expected version.
 */
public final class CheckArtifacts {

  private CheckArtifacts() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    String base = args[1];
    String title = args[2];
    String version = args[3];
    List<String> problems = new ArrayList<>();
    Path main = target.resolve(base + ".jar");
    Path sources = target.resolve(base + "-sources.jar");
    Path javadoc = target.resolve(base + "-javadoc.jar");
    boolean module = false;
    if (exists(main, problems)) {
      try (JarFile jar = new JarFile(main.toFile())) {
        requireEntries(jar, main, problems, "META-INF/LICENSE", "META-INF/NOTICE");
        module = jar.getEntry("module-info.class") != null;
        Manifest manifest = jar.getManifest();
        Attributes attributes = manifest == null ? new Attributes() : manifest.getMainAttributes();
        requireAttribute(attributes, "Implementation-Title", title, main, problems);
        requireAttribute(attributes, "Implementation-Version", version, main, problems);
      }
    }
    if (exists(sources, problems)) {
      try (JarFile jar = new JarFile(sources.toFile())) {
        requireEntries(jar, sources, problems, "META-INF/LICENSE", "META-INF/NOTICE");
        if (module) {
          requireEntries(jar, sources, problems, "module-info.java");
        }
        if (jar.stream().noneMatch(entry -> entry.getName().endsWith(".java"))) {
          problems.add(sources + " holds no Java source");
        }
      }
    }
    if (exists(javadoc, problems)) {
      try (JarFile jar = new JarFile(javadoc.toFile())) {
        requireEntries(jar, javadoc, problems, "index.html", "META-INF/LICENSE", "META-INF/NOTICE");
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.err.println("[CheckArtifacts] " + problem));
      System.exit(1);
    }
    System.out.println("[CheckArtifacts] " + title + " " + version + ": jar, sources and javadoc jars as published");
  }

  private static boolean exists(Path jar, List<String> problems) {
    if (!Files.isRegularFile(jar)) {
      problems.add(jar + " was not built");
      return false;
    }
    return true;
  }

  private static void requireEntries(JarFile jar, Path path, List<String> problems, String... names) {
    for (String name : names) {
      if (jar.getEntry(name) == null) {
        problems.add(path + " lacks " + name);
      }
    }
  }

  private static void requireAttribute(Attributes attributes, String name, String expected, Path jar, List<String> problems) {
    String found = attributes.getValue(name);
    if (!expected.equals(found)) {
      problems.add(jar + "'s manifest has " + name + ": " + found + ", not " + expected);
    }
  }
}

package io.govcloud.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.catalog.CatalogViolations;
import io.govcloud.core.catalog.PriceCaps;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Money;
import io.govcloud.model.PriceList;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's front door holds: the installation block names what the BOM manages at the version the
 * build makes, with the driver versions the build is tested with; the catalog method compiles as written
 * and returns the history the text describes (docs/rules.md#r2).
 */
class ReadmeTest {

  private static final Path PARENT = Path.of("..", "pom.xml");
  private static final Path BOM = Path.of("..", "govcloud-bom", "pom.xml");

  @Test
  void theInstallationBlockImportsTheBomAndNamesWhatItManages() throws Exception {
    String readme = Readmes.read(Readmes.ENGLISH);
    Element snippet = parse("<snippet>" + Readmes.block(readme, "installation", "xml") + "</snippet>");
    Element bomImport = children(child(child(snippet, "dependencyManagement"), "dependencies"), "dependency").get(0);
    Document bom = parse(Readmes.read(BOM)).getOwnerDocument();
    String version = text(bom.getDocumentElement(), "version");
    assertThat(text(bomImport, "groupId")).isEqualTo("io.govcloud");
    assertThat(text(bomImport, "artifactId")).isEqualTo("govcloud-bom");
    assertThat(text(bomImport, "version")).isEqualTo(version);
    assertThat(text(bomImport, "type")).isEqualTo("pom");
    assertThat(text(bomImport, "scope")).isEqualTo("import");

    List<String> managed = new ArrayList<>();
    NodeList artifacts = bom.getElementsByTagName("artifactId");
    for (int i = 0; i < artifacts.getLength(); i++) {
      managed.add(artifacts.item(i).getTextContent().strip());
    }
    Map<String, String> tested = testedVersions();
    List<Element> dependencies = children(child(snippet, "dependencies"), "dependency");
    assertThat(dependencies).extracting(d -> text(d, "artifactId")).contains("govcloud-core", "govcloud-jdbc");
    for (Element dependency : dependencies) {
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      if (coordinates.startsWith("io.govcloud:")) {
        assertThat(managed).as("the BOM manages %s", coordinates).contains(text(dependency, "artifactId"));
        assertThat(dependency.getElementsByTagName("version").getLength()).as("%s takes the BOM's version", coordinates).isZero();
      } else {
        assertThat(text(dependency, "version")).as("%s at the version the build tests with", coordinates).isEqualTo(tested.get(coordinates));
      }
    }
    // every other artifact the section names with a version, e.g. the MariaDB driver and H2
    String section = readme.substring(readme.indexOf("## Installation"), readme.indexOf("## Quick start"));
    Matcher named = Pattern.compile("`([\\w.-]+:[\\w.-]+)`\\s+`([\\w.-]+)`").matcher(section);
    List<String> checked = new ArrayList<>();
    while (named.find()) {
      assertThat(named.group(2)).as("%s at the version the build tests with", named.group(1)).isEqualTo(tested.get(named.group(1)));
      checked.add(named.group(1));
    }
    assertThat(checked).contains("org.mariadb.jdbc:mariadb-java-client", "com.h2database:h2");
  }

  @Test
  void theCatalogMethodCompilesAndRevisesTheCaps(@TempDir Path dir) throws Exception {
    String source = """
        import io.govcloud.model.*;
        import java.time.LocalDate;
        import java.util.List;

        public class CatalogExample {
        """ + Readmes.block(Readmes.read(Readmes.ENGLISH), "catalog", "java") + "}\n";
    java.lang.reflect.Method catalog = Readmes.compile(dir, "CatalogExample", source).getDeclaredMethod("catalog");
    catalog.setAccessible(true);
    CatalogHistory history = (CatalogHistory) catalog.invoke(null);
    assertThat(history.inForceOn(LocalDate.of(2025, 12, 31)).orElseThrow().version()).isEqualTo("2025-v1");
    assertThat(history.inForceOn(LocalDate.of(2026, 1, 1)).orElseThrow().version()).isEqualTo("2026-v1");
    assertThat(history.inForceOn(LocalDate.of(2024, 12, 31))).isEmpty();

    // the text's contract: 580.00 from 2025 is above the 2026 cap, unless priced at most 550.00 from 2026
    ContractPrice from2025 = ContractPrice.of("ecs.c4m8", Money.of("580.00"), LocalDate.of(2025, 1, 1));
    List<Violation> refused = PriceCaps.check(PriceList.of(ContractId.of("c-1"), ProviderId.of("p-1"), List.of(from2025)), history)
        .getError();
    assertThat(refused).extracting(Violation::code).containsExactly(CatalogViolations.PRICE_ABOVE_CAP);
    assertThat(refused.get(0).facts()).containsEntry("cap", "550.00").containsEntry("catalogVersion", "2026-v1");
    assertThat(PriceCaps.check(PriceList.of(ContractId.of("c-1"), ProviderId.of("p-1"),
        List.of(from2025, ContractPrice.of("ecs.c4m8", Money.of("550.00"), LocalDate.of(2026, 1, 1)))), history).isValid()).isTrue();
  }

  /** The versions the parent pom manages, by coordinates, its properties resolved. */
  private static Map<String, String> testedVersions() throws Exception {
    String pom = Readmes.read(PARENT);
    Element root = parse(pom);
    Map<String, String> properties = new HashMap<>();
    for (Element property : elements(child(root, "properties").getChildNodes())) {
      properties.put(property.getTagName(), property.getTextContent().strip());
    }
    Map<String, String> versions = new HashMap<>();
    for (Element dependency : children(child(child(root, "dependencyManagement"), "dependencies"), "dependency")) {
      Matcher property = Pattern.compile("\\$\\{(.+)}").matcher(text(dependency, "version"));
      String version = property.matches() ? properties.get(property.group(1)) : text(dependency, "version");
      versions.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), version);
    }
    return versions;
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> has one <%s>", parent.getTagName(), name).hasSize(1);
    return found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    return elements(parent.getChildNodes()).stream().filter(e -> e.getTagName().equals(name)).toList();
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        elements.add((Element) nodes.item(i));
      }
    }
    return elements;
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent().strip();
  }
}

package io.govcloud.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final DepartmentId PARENT = DepartmentId.of("parent");
  private static final DepartmentId CHILD = DepartmentId.of("child");
  private static final Jurisdiction DISTRICT = Jurisdiction.district("jiangbei");
  /** A resource of the child unit, on a municipal platform, served by provider p1. */
  private static final AccessPolicy.Subject RESOURCE =
      AccessPolicy.Subject.of("resource", "r-1", List.of(CHILD, PARENT), Jurisdiction.MUNICIPAL, Optional.of(ProviderId.of("p1")));

  private static Optional<Violation> check(Actor actor, AccessPolicy.Kind kind, Optional<Actor.Role> role) {
    return AccessPolicy.check(actor, "ACT", kind, role, RESOURCE);
  }

  @Test
  void aDepartmentActsOnItsOwnAndItsSubordinatesResources() {
    assertThat(check(Actor.department(CHILD, "c"), AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT))).isEmpty();
    assertThat(check(Actor.department(PARENT, "p"), AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT))).isEmpty();
    Violation other = check(Actor.department(DepartmentId.of("other"), "o"), AccessPolicy.Kind.READ, Optional.empty()).orElseThrow();
    assertThat(other.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(other.article()).isEqualTo(Article.of(33));
    assertThat(other.facts()).containsEntry("action", "ACT").containsEntry("subject", "resource r-1");
  }

  @Test
  void anAuthorityActsWithinItsLevel() {
    assertThat(check(Actor.authority(Jurisdiction.MUNICIPAL, "a"), AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY))).isEmpty();
    Violation district = check(Actor.authority(DISTRICT, "d"), AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY)).orElseThrow();
    assertThat(district.article()).isEqualTo(Article.of(5));
  }

  @Test
  void aProviderActsOnWhatItServes() {
    assertThat(check(Actor.provider(ProviderId.of("p1"), "x"), AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.PROVIDER))).isEmpty();
    assertThat(check(Actor.provider(ProviderId.of("p2"), "x"), AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.PROVIDER)))
        .hasValueSatisfying(v -> assertThat(v.article()).isEqualTo(Article.of(12)));
  }

  @Test
  void anAuditorReadsWithinItsJurisdictionAndNeverChanges() {
    assertThat(check(Actor.auditor(Jurisdiction.MUNICIPAL, "a"), AccessPolicy.Kind.READ, Optional.empty())).isEmpty();
    assertThat(check(Actor.auditor(Jurisdiction.MUNICIPAL, "a"), AccessPolicy.Kind.READ, Optional.of(Actor.Role.DEPARTMENT))).isEmpty();
    assertThat(check(Actor.auditor(DISTRICT, "a"), AccessPolicy.Kind.READ, Optional.empty()))
        .hasValueSatisfying(v -> assertThat(v.article()).isEqualTo(Article.of(44)));
    assertThat(check(Actor.auditor(Jurisdiction.MUNICIPAL, "a"), AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT)))
        .hasValueSatisfying(v -> assertThat(v.article()).isEqualTo(Article.of(44)));
  }

  @Test
  void theRoleAnActionNeedsIsEnforced() {
    assertThat(check(Actor.department(CHILD, "c"), AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY)))
        .hasValueSatisfying(v -> {
          assertThat(v.english()).contains("this action is for the big-data authority role");
          assertThat(v.chinese()).contains("该操作只能由大数据主管部门进行");
        });
    assertThat(check(Actor.system("sweep"), AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT))).isPresent();
    assertThat(check(Actor.system("sweep"), AccessPolicy.Kind.READ, Optional.empty())).isPresent();
  }

  @Test
  void theRoleIsCheckedWithoutTheSubject() {
    Actor department = Actor.department(CHILD, "c");
    assertThat(AccessPolicy.checkRole(department, "APPROVE", AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(20),
        "resource", "anything")).hasValueSatisfying(v -> assertThat(v.article()).isEqualTo(Article.of(20)));
    assertThat(AccessPolicy.checkRole(department, "RECORD_TEST", AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT),
        Article.of(21), "resource", "anything")).isEmpty();
  }

  @Test
  void aSubjectOutOfReachIsRefusedWordForWordLikeOneThatDoesNotExist() {
    for (Actor actor : List.of(Actor.department(DepartmentId.of("other"), "o"), Actor.authority(DISTRICT, "d"),
        Actor.auditor(DISTRICT, "a"), Actor.provider(ProviderId.of("p2"), "x"), Actor.system("host"))) {
      Violation outOfReach = AccessPolicy.checkReach(actor, "ACT", RESOURCE).orElseThrow();
      assertThat(outOfReach).as("%s", actor).isEqualTo(AccessViolations.outOfReach(actor, "ACT", "resource", "r-1"));
      assertThat(outOfReach.chinese() + outOfReach.english() + outOfReach.facts())
          .as("names nothing of the real subject")
          .doesNotContain("municipal").doesNotContain("市级").doesNotContain("child").doesNotContain("parent").doesNotContain("p1");
    }
  }

  @Test
  void aSubjectOfNoKnownJurisdictionIsReachedByNoAuthority() {
    AccessPolicy.Subject account = new AccessPolicy.Subject("account", "a", List.of(CHILD), Optional.empty(), Optional.of(ProviderId.of("p1")));
    assertThat(AccessPolicy.checkReach(Actor.authority(Jurisdiction.MUNICIPAL, "a"), "READ", account)).isPresent();
    assertThat(AccessPolicy.checkReach(Actor.auditor(Jurisdiction.MUNICIPAL, "a"), "READ", account)).isPresent();
    assertThat(AccessPolicy.checkReach(Actor.department(CHILD, "c"), "READ", account)).isEmpty();
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> AccessPolicy.check(null, "A", AccessPolicy.Kind.READ, Optional.empty(), RESOURCE))
        .isInstanceOf(NullPointerException.class).hasMessage("actor");
    assertThatThrownBy(() -> AccessPolicy.check(Actor.system("s"), "A", AccessPolicy.Kind.READ, Optional.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("subject");
  }
}

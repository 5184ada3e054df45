package io.govcloud.core.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.payments.PaymentViolations;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refusal codes of acceptance and payments: public constants, each of its own value, prefixed by its package. */
class AcceptanceViolationsTest {

  private static List<String> codes(Class<?> type) throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && field.getType() == String.class) {
        assertThat(Modifier.isPublic(modifiers) && Modifier.isFinal(modifiers)).as("%s is a public constant", field.getName()).isTrue();
        codes.add((String) field.get(null));
      }
    }
    return codes;
  }

  @Test
  void everyCodeIsAPublicConstantOfItsOwnValueNamedForItsPackage() throws IllegalAccessException {
    List<String> acceptance = codes(AcceptanceViolations.class);
    List<String> payments = codes(PaymentViolations.class);
    assertThat(acceptance).hasSizeGreaterThan(20).doesNotHaveDuplicates().allMatch(code -> code.startsWith("ACCEPTANCE_"));
    assertThat(payments).hasSize(4).doesNotHaveDuplicates().allMatch(code -> code.startsWith("PAYMENT_"));
  }
}

package io.govcloud.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables line up in a terminal whatever their language: a CJK character takes two columns. */
class TableTest {

  @Test
  void aCjkOrFullWidthCharacterTakesTwoColumns() {
    assertThat(Table.width("abc")).isEqualTo(3);
    assertThat(Table.width("区教委")).isEqualTo(6);
    assertThat(Table.width("（第30条）")).isEqualTo(2 + 2 + 1 + 1 + 2 + 2); // full-width brackets, ASCII digits
    assertThat(Table.width("𠀀")).isEqualTo(2); // beyond the BMP
    assertThat(Table.width("é·")).isEqualTo(2);
  }

  @Test
  void columnsLineUpWhateverTheScript() {
    List<String> lines = Table.of("部门", ">费用").row("区教委", "85,978.05").row("education IT centre", "9.00").row("区市场监管局", "1.00").lines();
    assertThat(lines).hasSize(5);
    // the right-aligned last column ends in the same terminal column on every line
    assertThat(lines).extracting(Table::width).containsOnly(Table.width(lines.get(0)));
    assertThat(lines.get(1)).isEqualTo("  -------------------  ---------");
    assertThat(lines.get(2)).isEqualTo("  区教委               85,978.05");
  }

  @Test
  void aRowOfTheWrongLengthIsRefused() {
    assertThatThrownBy(() -> Table.of("a", "b").row("1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 cells");
  }
}

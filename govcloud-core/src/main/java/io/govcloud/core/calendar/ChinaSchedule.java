package io.govcloud.core.calendar;

import io.govcloud.spi.HolidayScheduleSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The official PRC schedule shipped as a resource of this module (notices 2019–2026), read once. */
final class ChinaSchedule {

  static final String RESOURCE = "cn-holidays.tsv";
  static final HolidayScheduleSource SOURCE = load();

  private ChinaSchedule() {}

  private static HolidayScheduleSource load() {
    try (InputStream in = ChinaSchedule.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("govcloud-core is missing its resource " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return HolidayScheduleTsv.parse("govcloud " + RESOURCE, reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading govcloud's " + RESOURCE, e);
    }
  }
}

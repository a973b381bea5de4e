package dev.jixiao.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's process-wide safety settings, set once. The zip-bomb check ({@code ZipSecureFile}: an
 * entry that inflates more than 100× its compressed size is refused before it is expanded) is on
 * in POI by default; it is set here explicitly so that nothing else in the process can have
 * switched it off, and the largest single zip entry is bounded (POI's default is 4 GB) so a
 * crafted size field cannot make POI inflate gigabytes.
 */
final class PoiLimits {
  static final double MIN_INFLATE_RATIO = 0.01;
  static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

  private static volatile boolean installed;

  private PoiLimits() {}

  static void install() {
    if (installed) {
      return;
    }
    synchronized (PoiLimits.class) {
      if (!installed) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        installed = true;
      }
    }
  }
}

package dev.jixiao.pipeline.batch;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The class-data archive this JVM was started with ({@code -XX:SharedArchiveFile}, which
 * {@code bin/jixiao} passes when the build made one), so that worker JVMs on the same class path
 * map it too: it spares each worker parsing and verifying the libraries' classes at start. A JVM
 * that finds the archive stale or missing ignores it and loads classes as usual.
 */
final class ClassDataArchive {
  private static final String OPTION = "-XX:SharedArchiveFile=";

  private ClassDataArchive() {}

  /**
   * The option to pass on to a JVM started with {@code classPath} and {@code jvmOptions}: this
   * JVM's archive when the class path is this JVM's (an archive is valid only for the class path
   * it was recorded with) and the options name no archive of their own; otherwise nothing.
   */
  static List<String> forWorker(String classPath, List<String> jvmOptions) {
    if (!classPath.equals(System.getProperty("java.class.path"))
        || jvmOptions.stream().anyMatch(o -> o.startsWith(OPTION))) {
      return List.of();
    }
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(o -> o.startsWith(OPTION)).toList();
  }
}

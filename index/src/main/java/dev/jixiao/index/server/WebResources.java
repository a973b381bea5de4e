package dev.jixiao.index.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The web page's files, read from the classpath once at start into memory. A request path is
 * only ever a key of this fixed map ({@code /}, {@code /app.js}, …): nothing a request says is
 * turned into a file or resource name, so {@code ..}, encoded slashes or absolute paths find
 * nothing. The list is {@code dev/jixiao/index/web/files.txt}; ECharts comes from its WebJar.
 */
final class WebResources {
  static final String ROOT = "dev/jixiao/index/web/";
  static final String ECHARTS_URL = "/vendor/echarts.min.js";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "txt", "text/plain; charset=utf-8");

  record Resource(byte[] bytes, String contentType, String etag) {}

  private final Map<String, Resource> byPath;

  private WebResources(Map<String, Resource> byPath) {
    this.byPath = Map.copyOf(byPath);
  }

  static WebResources load() {
    ClassLoader cl = WebResources.class.getClassLoader();
    Map<String, Resource> m = new LinkedHashMap<>();
    String list = new String(read(cl, ROOT + "files.txt").orElseThrow(
        () -> new IllegalStateException("the web page's files.txt is missing from the classpath")), StandardCharsets.UTF_8);
    for (String line : list.split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      byte[] bytes = read(cl, ROOT + name).orElseThrow(() -> new IllegalStateException("web file missing: " + name));
      m.put(name.equals("index.html") ? "/" : "/" + name, resource(name, bytes));
    }
    echarts(cl).ifPresent(b -> m.put(ECHARTS_URL, resource("echarts.min.js", b)));
    return new WebResources(m);
  }

  /** The file served at exactly this path, if any. */
  Optional<Resource> get(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  boolean hasCharts() {
    return byPath.containsKey(ECHARTS_URL);
  }

  /** ECharts' reduced build (bar, line, pie, tooltip, dataZoom) from the WebJar on the classpath. */
  private static Optional<byte[]> echarts(ClassLoader cl) {
    Optional<byte[]> props = read(cl, "META-INF/maven/org.webjars/echarts/pom.properties");
    if (props.isEmpty()) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try {
      p.load(new java.io.ByteArrayInputStream(props.get()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(cl, "META-INF/resources/webjars/echarts/" + p.getProperty("version") + "/echarts.common.min.js");
  }

  private static Resource resource(String name, byte[] bytes) {
    String ext = name.substring(name.lastIndexOf('.') + 1);
    String type = TYPES.getOrDefault(ext, "application/octet-stream");
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Resource(bytes, type, "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<byte[]> read(ClassLoader cl, String name) {
    try (InputStream in = cl.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.jixiao.pipeline.batch;

import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Zip archives as inputs, read in place with the guards an unzip needs: an entry's name must stay
 * inside the archive (no {@code ..}, no absolute path, no drive letter), an entry is inflated only
 * up to {@link ReadLimits#maxBytes()} whatever its header claims, a deflated entry may not expand
 * more than {@value #MAX_RATIO}× (a zip bomb), and an archive may list at most
 * {@value #MAX_ENTRIES} entries. Entry names are UTF-8, else GB18030 (zips made on Chinese
 * Windows carry GBK names without the UTF-8 flag). Archives inside archives are not opened: they
 * are inputs like any other (and fail as an unsupported format).
 */
public final class ZipInputs {
  static final int MAX_ENTRIES = 100_000;
  static final long MAX_RATIO = 200;
  /** Below this size a high ratio is harmless (a page of spaces compresses 1000×). */
  static final long RATIO_FLOOR = 1L << 20;
  /** Error code of an entry whose name would leave the archive. */
  public static final String UNSAFE_PATH = "unsafe-path";

  private ZipInputs() {}

  /**
   * Whether {@code file} is a zip archive of inputs rather than a document stored as a zip (Word,
   * Excel and OpenDocument files are zips too): a readable zip without {@code [Content_Types].xml}
   * or {@code mimetype}. Decided from the content, not the name.
   */
  public static boolean isArchive(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    try (ZipFile zip = open(file)) {
      return zip.getEntry("[Content_Types].xml") == null && zip.getEntry("mimetype") == null
          && zip.getEntry("META-INF/manifest.xml") == null;
    } catch (IOException | RuntimeException e) {
      return false; // a broken zip is a document that fails to read, reported as such
    }
  }

  /** The file entries of an archive, in their order in the archive (directories left out). */
  public static List<InputRef> entries(Path archive) throws IOException {
    List<InputRef> refs = new ArrayList<>();
    try (ZipFile zip = open(archive)) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        if (refs.size() >= MAX_ENTRIES) {
          throw new ZipException("more than " + MAX_ENTRIES + " entries");
        }
        refs.add(InputRef.entry(archive, e.getName()));
      }
    }
    return refs;
  }

  /** Opens an archive with UTF-8 entry names, else GB18030. */
  public static ZipFile open(Path archive) throws IOException {
    try {
      ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
      zip.stream().forEach(e -> { }); // names are decoded lazily: force it, so a bad one fails here
      return zip;
    } catch (IllegalArgumentException | ZipException malformedName) {
      // JDK 17 refuses a name that is not UTF-8 when it reads the central directory
      return new ZipFile(archive.toFile(), Charset.forName("GB18030"));
    }
  }

  /** Whether an entry's name stays inside the archive when unpacked. */
  public static boolean safeName(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.indexOf('\0') >= 0
        || (name.length() > 1 && name.charAt(1) == ':')) {
      return false;
    }
    for (String part : name.split("[/\\\\]")) {
      if (part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** The bytes of one entry of an open archive, under the guards. */
  public static byte[] read(ZipFile zip, String name, ReadLimits limits) throws ReadFailure {
    if (!safeName(name)) {
      throw new ReadFailure(ErrorCode.UNREADABLE, "the entry name leaves the archive (" + UNSAFE_PATH + "): " + name);
    }
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      throw new ReadFailure(ErrorCode.UNREADABLE, "no entry " + name + " in the archive");
    }
    if (e.getSize() > limits.maxBytes()) {
      throw new ReadFailure(ErrorCode.TOO_LARGE, "the entry has " + e.getSize() + " bytes; the limit is " + limits.maxBytes());
    }
    long compressed = Math.max(1, e.getCompressedSize());
    try (InputStream in = zip.getInputStream(e)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(e.getSize(), 1 << 12), 1 << 24));
      byte[] buf = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > limits.maxBytes()) {
          throw new ReadFailure(ErrorCode.TOO_LARGE, "the entry inflates past the limit of " + limits.maxBytes() + " bytes");
        }
        if (total > RATIO_FLOOR && e.getMethod() == ZipEntry.DEFLATED && total / compressed > MAX_RATIO) {
          throw new ReadFailure(ErrorCode.TOO_LARGE, "the entry inflates more than " + MAX_RATIO + "× (" + compressed
              + " compressed bytes): a zip bomb");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (ZipException ex) {
      throw new ReadFailure(ErrorCode.CORRUPT, "the archive entry is broken: " + ex.getMessage(), ex);
    } catch (IOException ex) {
      throw new ReadFailure(ErrorCode.UNREADABLE, "cannot read the archive entry: " + ex.getMessage(), ex);
    }
  }
}

package dev.jixiao.pipeline.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import dev.jixiao.record.Report;
import dev.jixiao.record.Source;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the parent ({@link WorkerPool}) and a worker process ({@link WorkerMain}) say to each other,
 * one JSON line a message, both directions in one place so that a field is named once.
 *
 * <p>To the worker, on its stdin: a job, {@code {"seq":…,"input":{"path":…,"entry":…},"sha256":…}}
 * (the sha256 the parent computed, when it did). From the worker, on its stdout: first {@code
 * {"ready":true}}; for each job {@code {"seq":…,"phase":"start"}} when a thread takes it, {@code
 * {"seq":…,"phase":"ocr"}} when OCR starts, then the answer {@code
 * {"seq":…,"readNs":…,"extractNs":…,"checkNs":…,"heap":…,"record":{…},"text":…}}: the record
 * without its text, as the index stores it, then the text. Lines of different jobs may interleave,
 * never their characters.
 */
final class WorkerProtocol {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WorkerProtocol() {}

  // --- to the worker

  /** A job as the parent sends it. */
  static String jobLine(Job job) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("seq", job.seq());
    line.put("input", job.input());
    if (job.sha256() != null) {
      line.put("sha256", job.sha256());
    }
    return JSON.writeValueAsString(line);
  }

  /** A job as the worker reads it. */
  record JobLine(long seq, InputRef input, String sha256) {}

  static JobLine readJob(String line) throws IOException {
    JsonNode job = JSON.readTree(line);
    return new JobLine(job.get("seq").asLong(), JSON.treeToValue(job.get("input"), InputRef.class),
        job.hasNonNull("sha256") ? job.get("sha256").asText() : null);
  }

  // --- from the worker

  static void writeReady(JsonGenerator out) throws IOException {
    out.writeBooleanField("ready", true);
  }

  static void writeStarted(JsonGenerator out, long seq) throws IOException {
    out.writeNumberField("seq", seq);
    out.writeStringField("phase", "start");
  }

  static void writeOcrStarted(JsonGenerator out, long seq) throws IOException {
    out.writeNumberField("seq", seq);
    out.writeStringField("phase", "ocr");
  }

  static void writeAnswer(JsonGenerator out, long seq, DocumentWork.Made made, long heap) throws IOException {
    out.writeNumberField("seq", seq);
    out.writeNumberField("readNs", made.readNanos());
    out.writeNumberField("extractNs", made.extractNanos());
    out.writeNumberField("checkNs", made.checkNanos());
    out.writeNumberField("heap", heap);
    RecordWire.writeFields(out, made.record());
  }

  /** What a worker says. */
  sealed interface Message permits Ready, Started, OcrStarted, Answer {}

  record Ready() implements Message {}

  record Started(long seq) implements Message {}

  /** Any phase after the start: OCR, which gets a longer deadline. */
  record OcrStarted(long seq) implements Message {}

  /** {@code recordJson}: the record without its text as the worker wrote it (null when unreadable). */
  record Answer(long seq, Report record, byte[] recordJson, long readNs, long extractNs, long checkNs, long heap)
      implements Message {}

  /**
   * One line from a worker ({@code line[0, length)}, UTF-8) as a message, or null when it is not
   * one. Read field by field from the bytes, the record straight into its classes: building a JSON
   * tree first, or a String of the line, was work too many for the parent, which reads every record
   * of the batch. The record's own bytes are kept: they are what the index stores.
   */
  static Message read(byte[] line, int length) {
    long seq = -1;
    long readNs = 0;
    long extractNs = 0;
    long checkNs = 0;
    long heap = 0;
    int recordStart = -1;
    int recordEnd = -1;
    String text = null;
    String phase = null;
    Report record = null;
    byte[] recordJson = null;
    try (JsonParser p = RecordWire.mapper().getFactory().createParser(line, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "ready" -> {
            return new Ready();
          }
          case "phase" -> phase = p.getText();
          case "seq" -> seq = p.getLongValue();
          case "readNs" -> readNs = p.getLongValue();
          case "extractNs" -> extractNs = p.getLongValue();
          case "checkNs" -> checkNs = p.getLongValue();
          case "heap" -> heap = p.getLongValue();
          case "record" -> {
            if (value == JsonToken.START_OBJECT) {
              // read in the same pass that finds where it ends: skipping it first and parsing its
              // bytes again was a third of the answers thread
              recordStart = (int) p.currentTokenLocation().getByteOffset();
              record = RecordWire.read(p);
              recordEnd = (int) p.currentTokenLocation().getByteOffset() + 1;
            }
          }
          case "text" -> text = p.getValueAsString();
          default -> p.skipChildren();
        }
      }
      if (record != null) {
        record = record.withText(text);
        recordJson = Arrays.copyOfRange(line, recordStart, recordEnd);
      }
    } catch (IOException | RuntimeException e) {
      if (seq < 0) {
        return null; // not protocol (cannot happen: stdout carries nothing else)
      }
      record = unreadable(e);
      recordJson = null;
    }
    if (seq < 0) {
      return null;
    }
    if ("start".equals(phase)) {
      return new Started(seq);
    }
    if (phase != null) {
      return new OcrStarted(seq);
    }
    if (record == null) {
      record = unreadable(null);
    }
    return new Answer(seq, record, recordJson, readNs, extractNs, checkNs, heap);
  }

  private static Report unreadable(Exception e) {
    return Report.failed(new Source(null, null, 0, null, false, null, null, null, null), RecordError.of(ErrorCode.INTERNAL,
        "the worker's record could not be read back" + (e == null ? "" : ": " + e.getMessage())));
  }
}

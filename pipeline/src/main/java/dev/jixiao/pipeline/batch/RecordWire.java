package dev.jixiao.pipeline.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.jixiao.record.Count;
import dev.jixiao.record.Money;
import dev.jixiao.record.Percent;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import dev.jixiao.record.Totals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The record as it travels between a worker process and the parent: {@link RecordJson}'s form,
 * text included, read back into an equal {@link Report}. The record classes stay as they are; what
 * reading needs is here: {@link Totals} writes its extra totals as fields of its own object (an
 * any-getter), so reading them back takes their kind from their shape ({@code yuan}: money, an
 * integer {@code value}: a count, a {@code %}: a percent, else a plain number).
 */
public final class RecordWire {
  private static final ObjectMapper MAPPER = build();
  private static final Set<String> FIXED_TOTALS = Set.of("projectCount", "budget", "expenditure", "executionRate");

  private RecordWire() {}

  private static ObjectMapper build() {
    ObjectMapper mapper = RecordJson.mapper().copy();
    SimpleModule module = new SimpleModule("jixiao-record-wire");
    module.addDeserializer(Totals.class, new TotalsReader());
    mapper.registerModule(module);
    // strict: a field that cannot be read back means the wire lost something
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return mapper;
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON, text included. */
  public static String write(Report record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the record as two fields of the object being written: {@code record}, its {@link
   * RecordJson} form without the text, which is exactly what the index stores, so the parent can
   * store the bytes it received instead of writing them again; and {@code text}.
   */
  static void writeFields(JsonGenerator out, Report record) throws IOException {
    out.writeFieldName("record");
    MAPPER.writeValue(out, record.withoutText());
    out.writeStringField("text", record.text());
  }

  /**
   * The record {@link #writeFields} wrote as {@code record}, read from {@code p} at its start
   * object; {@code p} is left at its end object. Its text comes after it, in {@code text}.
   */
  static Report read(JsonParser p) throws IOException {
    return MAPPER.readValue(p, Report.class);
  }

  public static Report read(String json) {
    try {
      return MAPPER.readValue(json, Report.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class TotalsReader extends JsonDeserializer<Totals> {
    @Override
    public Totals deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = p.getCodec().readTree(p);
      Map<String, Object> others = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!FIXED_TOTALS.contains(e.getKey()) && !e.getValue().isNull()) {
          others.put(e.getKey(), quantity(p, e.getValue()));
        }
      }
      return new Totals(value(p, n.get("projectCount"), Count.class), value(p, n.get("budget"), Money.class),
          value(p, n.get("expenditure"), Money.class), value(p, n.get("executionRate"), Percent.class), others);
    }

    private static Object quantity(JsonParser p, JsonNode v) throws IOException {
      if (!v.isObject()) {
        return p.getCodec().treeToValue(v, Object.class);
      }
      if (v.has("yuan")) {
        return value(p, v, Money.class);
      }
      if (v.path("value").isIntegralNumber()) {
        return value(p, v, Count.class);
      }
      String text = v.path("text").asText("");
      if (text.contains("%") || text.contains("％") || text.contains("‰")) {
        return value(p, v, Percent.class);
      }
      return value(p, v, PlainNumber.class);
    }

    private static <T> T value(JsonParser p, JsonNode v, Class<T> type) throws IOException {
      return v == null || v.isNull() ? null : p.getCodec().treeToValue(v, type);
    }
  }
}

package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jixiao.pipeline.Pipelines;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What one side writes, the other reads back: jobs to the worker, messages and records from it. */
class WorkerProtocolTest {
  @Test
  void aJobReadsBackAsSent() throws IOException {
    Job job = new Job(42, new InputRef("/reports/a.zip", "2024/古饶镇.pdf"), "ab12", 300);
    WorkerProtocol.JobLine back = WorkerProtocol.readJob(WorkerProtocol.jobLine(job));
    assertThat(back).isEqualTo(new WorkerProtocol.JobLine(42, job.input(), "ab12"));

    Job unhashed = new Job(7, new InputRef("/reports/b.txt", null), null, -1);
    assertThat(WorkerProtocol.jobLine(unhashed)).doesNotContain("sha256");
    assertThat(WorkerProtocol.readJob(WorkerProtocol.jobLine(unhashed)).sha256()).isNull();
  }

  @Test
  void eachMessageReadsBackAsItsKind() throws IOException {
    assertThat(read(WorkerProtocol::writeReady)).isEqualTo(new WorkerProtocol.Ready());
    assertThat(read(out -> WorkerProtocol.writeStarted(out, 3))).isEqualTo(new WorkerProtocol.Started(3));
    assertThat(read(out -> WorkerProtocol.writeOcrStarted(out, 3))).isEqualTo(new WorkerProtocol.OcrStarted(3));
  }

  @Test
  void anAnswerCarriesTheRecordAndTheBytesTheIndexStores() throws IOException {
    Report record = Pipelines.standard().process(Samples.root().resolve("text/caohezhen-2023.txt"));
    DocumentWork.Made made = new DocumentWork.Made(record, 11, 22, 33);
    WorkerProtocol.Message m = read(out -> WorkerProtocol.writeAnswer(out, 9, made, 1234));

    assertThat(m).isInstanceOf(WorkerProtocol.Answer.class);
    WorkerProtocol.Answer a = (WorkerProtocol.Answer) m;
    assertThat(a.seq()).isEqualTo(9);
    assertThat(a.record()).isEqualTo(record);
    assertThat(a.record().text()).isNotBlank();
    assertThat(new String(a.recordJson(), StandardCharsets.UTF_8)).isEqualTo(RecordJson.toJson(record.withoutText(), false));
    assertThat(new long[] {a.readNs(), a.extractNs(), a.checkNs(), a.heap()}).containsExactly(11, 22, 33, 1234);
  }

  @Test
  void aRecordThatCannotBeReadBackFailsItsJobAndNoOther() {
    byte[] line = "{\"seq\":5,\"readNs\":1,\"record\":{\"schema\":[1,2]}}".getBytes(StandardCharsets.UTF_8);
    WorkerProtocol.Answer a = (WorkerProtocol.Answer) WorkerProtocol.read(line, line.length);
    assertThat(a.seq()).isEqualTo(5);
    assertThat(a.recordJson()).isNull();
    assertThat(a.record().errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(dev.jixiao.record.ErrorCode.INTERNAL.id()));
  }

  @Test
  void whatIsNotProtocolIsNoMessage() {
    for (String s : new String[] {"", "warning: something", "[1,2]", "{\"phase\":\"start\"}"}) {
      byte[] line = s.getBytes(StandardCharsets.UTF_8);
      assertThat(WorkerProtocol.read(line, line.length)).as(s).isNull();
    }
  }

  private interface Fields {
    void write(JsonGenerator out) throws IOException;
  }

  /** A line as the worker writes it, with a longer buffer than the line as the parent reads it. */
  private static WorkerProtocol.Message read(Fields fields) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = RecordWire.mapper().getFactory().createGenerator(bytes)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    }
    byte[] line = bytes.toByteArray();
    byte[] buffer = java.util.Arrays.copyOf(line, line.length + 64);
    return WorkerProtocol.read(buffer, line.length);
  }
}

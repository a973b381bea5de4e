package dev.jixiao.pipeline.batch;

/**
 * One input handed to a {@link RecordPool}: {@code seq} identifies it within the batch;
 * {@code sha256} and {@code bytes} are what the parent hashed (null and -1 when unknown), so a
 * record made for a worker that died still names the bytes it was about.
 */
public record Job(long seq, InputRef input, String sha256, long bytes) {}

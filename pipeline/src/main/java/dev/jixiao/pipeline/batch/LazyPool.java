package dev.jixiao.pipeline.batch;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A pool made on the first job: a batch whose inputs are all done already starts no worker. */
public final class LazyPool implements RecordPool {
  private final Supplier<RecordPool> factory;
  private final int capacity;
  private RecordPool pool;

  public LazyPool(Supplier<RecordPool> factory, int capacity) {
    this.factory = factory;
    this.capacity = capacity;
  }

  private RecordPool pool() {
    if (pool == null) {
      pool = factory.get();
    }
    return pool;
  }

  @Override
  public int capacity() {
    return pool == null ? capacity : pool.capacity();
  }

  @Override
  public void submit(Job job) {
    pool().submit(job);
  }

  @Override
  public Done poll(long timeout, TimeUnit unit) throws InterruptedException {
    if (pool == null) {
      return null;
    }
    return pool.poll(timeout, unit);
  }

  @Override
  public int inHand() {
    return pool == null ? 0 : pool.inHand();
  }

  @Override
  public Stats stats() {
    return pool == null ? new Stats(0, 0, 0, 0, 0, 0) : pool.stats();
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }
}

package dev.jixiao.pipeline.batch;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The handover of a pool that finishes jobs on threads of its own: they add what they finish, the
 * one thread that submits and polls takes it, and the count of jobs in hand (submitted, not yet
 * taken) is kept on that thread alone.
 */
final class Finished {
  private final BlockingQueue<Done> done = new LinkedBlockingQueue<>();
  private int inHand;

  /** The polling thread handed a job over. */
  void submitted() {
    inHand++;
  }

  /** From any thread. */
  void add(Done d) {
    done.add(d);
  }

  Done poll(long timeout, TimeUnit unit) throws InterruptedException {
    Done d = done.poll(timeout, unit);
    if (d != null) {
      inHand--;
    }
    return d;
  }

  int inHand() {
    return inHand;
  }
}

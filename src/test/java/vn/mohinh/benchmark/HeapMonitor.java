package vn.mohinh.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Peak heap while a scenario runs: the used heap sampled every 50 ms (includes garbage not yet
 * collected), and the largest heap left after a collection (what the live data needed), from the
 * memory pools' collection usage.
 */
public final class HeapMonitor implements AutoCloseable {

  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;

  public HeapMonitor() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    thread = new Thread(this::sample, "bench-heap");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (used > peakUsed) {
        peakUsed = used;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  public double peakUsedMiB() {
    return peakUsed / 1024.0 / 1024.0;
  }

  /** Sum over the heap pools of the usage after their last collection (live data, roughly). */
  public static double afterGcMiB() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (usage != null) {
        total += usage.getUsed();
      }
    }
    return total / 1024.0 / 1024.0;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}

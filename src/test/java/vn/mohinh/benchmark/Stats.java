package vn.mohinh.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds and their percentiles (nearest rank). */
public final class Stats {

  private final List<Double> values = Collections.synchronizedList(new ArrayList<>());

  public void add(double millis) {
    values.add(millis);
  }

  public int count() {
    return values.size();
  }

  public double percentile(double p) {
    List<Double> sorted;
    synchronized (values) {
      sorted = new ArrayList<>(values);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  public double max() {
    return percentile(100);
  }

  public static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000.0;
  }
}

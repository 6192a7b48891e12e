package vn.mohinh.platform;

/**
 * Marks the task-local variables a task listener writes only so that the task's form can show
 * them (the unit's name, the deadline text, the rows of mẫu 02, the group options …): while
 * {@link #write(Runnable)} runs, the variables set on a task are <em>display variables</em>, which
 * {@link DisplayVariablesHistory} keeps out of the history tables. They are derived from the domain
 * tables and the process variables, which keep their own history, and each would otherwise cost a
 * history row and a history detail (history level {@code full}), a byte array if it is JSON, on
 * every task.
 *
 * <p>The values a user submits over such a variable (a form field shown with a value) are recorded
 * as before: the submission updates the variable outside this scope.
 */
public final class DisplayVariables {

  private static final ThreadLocal<int[]> DEPTH = new ThreadLocal<>();

  private DisplayVariables() {}

  /** Runs {@code writes} (task.setVariableLocal …) with every variable it sets on a task marked as a display variable. */
  public static void write(Runnable writes) {
    int[] depth = DEPTH.get();
    if (depth == null) {
      depth = new int[1];
      DEPTH.set(depth);
    }
    depth[0]++;
    try {
      writes.run();
    } finally {
      depth[0]--;
      if (depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }

  /** Whether the variables being set now on a task are display variables. */
  static boolean beingWritten() {
    int[] depth = DEPTH.get();
    return depth != null && depth[0] > 0;
  }
}

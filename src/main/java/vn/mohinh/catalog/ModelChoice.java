package vn.mohinh.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.mohinh.platform.TaskForms;
import vn.mohinh.workflow.FormReader;

/**
 * The "choose a model" step of processes the reviewing office starts from Tasklist (a start form
 * cannot list the year's models, so the first task does): a select {@code chosenModelId} fed by the
 * task variable {@code modelOptions}, a note {@code choiceNote}, and a checkbox to stop instead.
 */
public final class ModelChoice {

  public static final String FIELD = "chosenModelId";
  public static final String OPTIONS = "modelOptions";
  public static final String NOTE = "choiceNote";

  private ModelChoice() {}

  /**
   * Shows the candidates.
   *
   * @param note what the list holds ("đã được Khối tiếp nhận"); {@code whenEmpty} what to say when it is empty
   */
  public static void show(DelegateTask task, int year, List<ModelRef> candidates, String cancelField, String note, String whenEmpty) {
    Map<String, String> options = new LinkedHashMap<>();
    candidates.forEach(model -> options.put(model.id(), model.label()));
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put(OPTIONS, FormReader.options(options));
    shown.put(NOTE, options.isEmpty() ? "Năm " + year + ": " + whenEmpty : "Năm " + year + ": " + options.size() + " mô hình " + note + ".");
    shown.put(FIELD, null);
    shown.put(cancelField, false);
    TaskForms.show(task, shown);
  }

  /** The chosen model's id (one of the candidates), or null when the person ticked the cancel box. */
  public static String read(DelegateTask task, List<ModelRef> candidates, String cancelField) {
    FormReader form = FormReader.of(task);
    boolean cancel = form.ticked(cancelField);
    String chosen = form.choice(FIELD, "mô hình", !cancel, candidates.stream().map(ModelRef::id).toList());
    form.check();
    return cancel ? null : chosen;
  }
}

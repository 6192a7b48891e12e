package vn.mohinh.workflow;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What a person submitted in a form cannot be accepted. The message is written for that person
 * (Vietnamese) and names every problem at once. Thrown in a task listener or delegate, it rolls the
 * engine's command back: the task stays open (or the process is not started), nothing is stored, and
 * Tasklist shows the message (the REST API answers 400 with it).
 */
public class FormInputException extends BadUserRequestException {

  private final List<String> problems;

  public FormInputException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public FormInputException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}

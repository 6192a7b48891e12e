package vn.mohinh.platform;

import java.util.List;

/**
 * What a person submitted cannot be accepted. The message is written for that person (Vietnamese)
 * and names every problem at once; nothing has been changed. Thrown inside a task listener or
 * delegate, it rolls back the engine's command, so the task stays open (or the process is not
 * started) and Tasklist shows the message.
 */
public class InvalidInputException extends RuntimeException {

  private final List<String> problems;

  public InvalidInputException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}

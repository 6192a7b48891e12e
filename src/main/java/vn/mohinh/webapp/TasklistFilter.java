package vn.mohinh.webapp;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A saved Tasklist filter the product manages: what people see in the list on the left of
 * Tasklist.
 *
 * @param key stable identity of the filter, stored in its properties ({@value TasklistFilters#KEY_PROPERTY}),
 *     never shown; the name may change, the key never does
 * @param name what people read in Tasklist
 * @param description the tooltip of the filter
 * @param priority position in the list (lower first)
 * @param groups the Camunda groups that get READ on the filter
 * @param query the explicit criteria (never an empty query: see {@link TasklistFilters})
 * @param variables the variables shown on each task of the list, by name, with their label
 */
public record TasklistFilter(
    String key,
    String name,
    String description,
    int priority,
    List<String> groups,
    TaskQuery query,
    Map<String, String> variables) {}

package vn.mohinh.evaluation;

/**
 * What the decision table {@code Decision_CommendationLevel} proposed for a model.
 *
 * @param label what people read (the table's {@code levelLabel})
 * @param showcase worth spreading ("nhân rộng"): published on the bloc's website once approved
 * @param note why (the table's {@code note})
 */
public record Proposal(CommendationLevel level, String label, boolean showcase, String note) {}

package vn.mohinh.report;

/**
 * A model of the year as the registration left it: accepted by the bloc, so it owes a result report.
 *
 * @param continuesId last year's model this one continues (đang triển khai), if known
 */
public record AcceptedModel(
    String initiativeId,
    int year,
    String unitCode,
    String baseUnitCode,
    String name,
    String groupCode,
    String groupName,
    Boolean continuing,
    String period,
    String continuesId) {}

package vn.mohinh.registration;

/**
 * A group of models (nhóm mô hình) of the plan's section II; configured in
 * {@code mohinh.registration.initiative-groups}.
 *
 * @param code stable key stored with each model
 * @param name what people read in the form and the tables
 */
public record InitiativeGroup(String code, String name) {}

package vn.mohinh.security;

/**
 * Why a submission was refused: the field (its key, or path inside a nested field such as
 * {@code members[1].name}; null when the request as a whole is at fault) and a Vietnamese message
 * that names the field by its label, as Tasklist shows it.
 */
public record InvalidSubmission(String field, String message) {}

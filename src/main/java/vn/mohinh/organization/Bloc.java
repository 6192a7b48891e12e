package vn.mohinh.organization;

/**
 * The bloc itself, as the organisation file names it. Every name is configuration: the 2025
 * reorganisation renamed blocs and offices.
 *
 * @param code short code of the bloc
 * @param name full name ("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Trà Vinh")
 * @param headerName the superior body as printed top left of a unit's documents
 * @param shortName short form used in texts ("Đảng bộ Khối")
 * @param place the place name of the date line ("Trà Vinh, ngày …")
 * @param reviewingOffice the reviewing office ("Ban Tuyên giáo Đảng ủy Khối")
 * @param approvingCommittee the approving committee ("Ban Thường vụ Đảng ủy Khối")
 */
public record Bloc(
    String code,
    String name,
    String headerName,
    String shortName,
    String place,
    String reviewingOffice,
    String approvingCommittee) {}

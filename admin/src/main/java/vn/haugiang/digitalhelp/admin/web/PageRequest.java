package vn.haugiang.digitalhelp.admin.web;

import vn.haugiang.digitalhelp.admin.AdminProperties;

/** Which page of a list was asked for, checked: a zero-based page number and a size of 1 to 100. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    /**
     * @param size null for the configured page size
     * @throws BadInputException for a negative page or a size out of range
     */
    public static PageRequest of(int page, Integer size, AdminProperties properties) {
        int chosen = size == null ? properties.pageSize() : size;
        if (page < 0) {
            throw new BadInputException("Số trang (page) phải từ 0 trở lên.");
        }
        if (chosen < 1 || chosen > MAX_SIZE) {
            throw new BadInputException("Số dòng mỗi trang (size) phải từ 1 đến " + MAX_SIZE + ".");
        }
        return new PageRequest(page, chosen);
    }

    public int offset() {
        return page * size;
    }
}

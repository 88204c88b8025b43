package org.homeward.app.common;

/** Something the request names does not exist: the REST API answers 404, pages their "no such page". */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("There is no " + what + " " + id);
    }
}

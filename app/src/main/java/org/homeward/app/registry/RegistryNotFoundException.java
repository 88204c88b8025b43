package org.homeward.app.registry;

/** There is no such missing person, family, relative or sample in the registry. */
public class RegistryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistryNotFoundException(String what, Object id) {
        super("There is no " + what + " " + id + " in the registry");
    }
}

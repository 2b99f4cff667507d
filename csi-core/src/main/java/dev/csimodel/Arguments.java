package dev.csimodel;

/**
 * The one check of the public API's arguments: a {@code null} argument is a specification error
 * naming the parameter, not a bare {@link NullPointerException} thrown from deep inside.
 */
public final class Arguments {

    private Arguments() {
    }

    /**
     * @param value the argument
     * @param name  the parameter's name, as in the method's javadoc
     * @return {@code value}, when it is not null
     * @throws CsiSpecificationException "argument 'name' must not be null"
     * @param <T> the argument's type, returned unchanged
     */
    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new CsiSpecificationException("argument '" + name + "' must not be null");
        }
        return value;
    }
}

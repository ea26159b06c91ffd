package org.evaw.loader.read;

/** A file that cannot be loaded, carrying the {@link LoadFailure} that says where and why. */
public class RdfFileException extends Exception {
    private final LoadFailure failure;

    public RdfFileException(LoadFailure failure, Throwable cause) {
        super(failure.message(), cause);
        this.failure = failure;
    }

    public RdfFileException(LoadFailure failure) {
        this(failure, null);
    }

    public LoadFailure failure() {
        return failure;
    }
}

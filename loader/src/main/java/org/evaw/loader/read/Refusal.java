package org.evaw.loader.read;

/**
 * Thrown by a sink, or by a stream the parser reads, to refuse the file it is fed: triples outside
 * any named graph with no graph to put them in, input that inflates past its limits or stops
 * short. {@link RdfFiles} finds it however deep the parser wrapped it and reports its reason as
 * the file's {@link LoadFailure}.
 */
public final class Refusal extends RuntimeException {
    public Refusal(String reason) {
        super(reason, null, false, false);
    }

    /** The refusal among {@code failure} and its causes, if there is one. */
    static java.util.Optional<Refusal> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refusal r)
                return java.util.Optional.of(r);
        }
        return java.util.Optional.empty();
    }
}

package org.evaw.server;

import java.util.Set;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.MappedLoader;
import org.evaw.server.query.LinearRegex;

/**
 * What a public query may not do, set in the context of the served dataset: call out with
 * {@code SERVICE}, call a function by Java class name ({@code <java:…>}), or call the ARQ
 * functions that act outside the data: {@code afn:wait} (holds a server thread for as long as the
 * caller asks, deaf to the query timeout), {@code afn:print} (writes to the server's log) and
 * {@code afn:context} (reads the server's settings). Script functions stay off because Jena runs
 * them only when the {@code jena:scripting} system property is set; the sandbox refuses their
 * namespace too, so setting it elsewhere in the JVM does not open them here. A refused function is
 * unknown to the query: its call is an evaluation error, so the expression is unbound.
 * Regular expressions by function ({@code fn:matches}, {@code fn:replace} and their SPARQL
 * namespace twins) run on {@link LinearRegex}, as {@code REGEX} and {@code REPLACE} do; the
 * property function {@code apf:strSplit}, which splits on a Java regular expression, is refused.
 */
final class QuerySandbox {
    private static final String JAVA_SCHEME = "java:";
    private static final String SCRIPT_NAMESPACE = "http://jena.apache.org/ARQ/jsFunction#";
    private static final String LIBRARY = "java:org.apache.jena.sparql.function.library.";
    private static final Set<String> REFUSED = Set.of(LIBRARY + "wait", LIBRARY + "print", LIBRARY + "context",
            "java:org.apache.jena.sparql.pfunction.library.strSplit");
    private static final String XPATH = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL = "http://www.w3.org/ns/sparql#";
    private static final Set<String> REGEX = Set.of(LinearRegex.REGEX, XPATH + "matches", SPARQL + "regex");
    private static final Set<String> REPLACE = Set.of(LinearRegex.REPLACE, XPATH + "replace", SPARQL + "replace");

    private QuerySandbox() {}

    static void applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        FunctionRegistry.set(context, new Functions(FunctionRegistry.get()));
        PropertyFunctionRegistry.set(context, new PropertyFunctions(PropertyFunctionRegistry.get()));
    }

    /** Whether a function IRI names code the sandbox does not run. */
    static boolean refused(String iri) {
        if (iri.startsWith(JAVA_SCHEME) || iri.startsWith(SCRIPT_NAMESPACE))
            return true;
        String mapped = MappedLoader.mapDynamicURI(iri);
        return mapped != null && (mapped.startsWith(JAVA_SCHEME) && REFUSED.contains(mapped));
    }

    private static final class Functions extends FunctionRegistry {
        private final FunctionRegistry standard;

        Functions(FunctionRegistry standard) {
            this.standard = standard;
        }

        // Jena 6 looks every function up here (get and getFunction come to it).
        @Override
        public FunctionFactory getFunctionFactory(String uri) {
            if (REGEX.contains(uri))
                return LinearRegex.regex();
            if (REPLACE.contains(uri))
                return LinearRegex.replace();
            return refused(uri) ? null : standard.getFunctionFactory(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return REGEX.contains(uri) || REPLACE.contains(uri) || !refused(uri) && standard.isRegistered(uri);
        }
    }

    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        private final PropertyFunctionRegistry standard;

        PropertyFunctions(PropertyFunctionRegistry standard) {
            this.standard = standard;
        }

        @Override
        public boolean manages(String uri) {
            return !refused(uri) && standard.manages(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return refused(uri) ? null : standard.get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return !refused(uri) && standard.isRegistered(uri);
        }
    }
}

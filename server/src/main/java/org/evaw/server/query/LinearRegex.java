package org.evaw.server.query;

import java.util.concurrent.atomic.AtomicBoolean;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.util.Context;

/**
 * {@code REGEX} and {@code REPLACE} on RE2/J, whose matching time grows linearly with the text
 * whatever the pattern: {@code (.*a){25}$} cannot backtrack for ever as it does in
 * {@code java.util.regex}. The text is read through a sequence that checks the query's cancel
 * signal, so a long match still stops at the query timeout or when the query is aborted.
 * Patterns RE2 cannot run in linear time (back-references, look-around) are evaluation errors:
 * the expression is unbound, as for any other bad pattern.
 */
public final class LinearRegex {
    /** The function that {@code REGEX(text, pattern[, flags])} becomes. */
    public static final String REGEX = "urn:evaw:function:regex";
    /** The function that {@code REPLACE(text, pattern, replacement[, flags])} becomes. */
    public static final String REPLACE = "urn:evaw:function:replace";

    private LinearRegex() {}

    public static FunctionFactory regex() {
        return uri -> new RegexFunction(false);
    }

    public static FunctionFactory replace() {
        return uri -> new RegexFunction(true);
    }

    /**
     * Compiles a SPARQL (XPath) pattern with its flags: {@code i}, {@code s}, {@code m}, {@code x}
     * (whitespace outside character classes removed) and {@code q} (the pattern is literal).
     */
    public static Pattern compile(String pattern, String flags) {
        int mask = 0;
        if (flags != null) {
            for (char f : flags.toCharArray()) {
                switch (f) {
                    case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                    case 's' -> mask |= Pattern.DOTALL;
                    case 'm' -> mask |= Pattern.MULTILINE;
                    case 'x' -> pattern = withoutWhitespace(pattern);
                    case 'q' -> { }
                    default -> throw new ExprEvalException("Unsupported regular expression flag: " + f);
                }
            }
            if (flags.indexOf('q') >= 0)
                pattern = Pattern.quote(pattern);
        }
        try {
            return Pattern.compile(pattern, mask);
        } catch (PatternSyntaxException | IllegalArgumentException | StackOverflowError e) {
            throw new ExprEvalException("Regular expression not supported (RE2 syntax, no back-references or look-around): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static String withoutWhitespace(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
                continue;
            }
            if (c == '[')
                inClass = true;
            else if (c == ']')
                inClass = false;
            if (!inClass && (c == ' ' || c == '\t' || c == '\n' || c == '\r'))
                continue;
            out.append(c);
        }
        return out.toString();
    }

    /** A CharSequence over a string that stops the match once the query is cancelled. */
    static final class CancellableText implements CharSequence {
        private static final int CHECK_EVERY = 4096;
        private final String text;
        private final AtomicBoolean cancelled;
        private int reads;

        CancellableText(String text, AtomicBoolean cancelled) {
            this.text = text;
            this.cancelled = cancelled;
        }

        @Override
        public char charAt(int index) {
            if (cancelled != null && ++reads >= CHECK_EVERY) {
                reads = 0;
                if (cancelled.get())
                    throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() { return text.length(); }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CancellableText(text.substring(start, end), cancelled);
        }

        @Override
        public String toString() { return text; }
    }

    private static final class RegexFunction implements Function {
        private final boolean replace;
        private Pattern constant;

        RegexFunction(boolean replace) {
            this.replace = replace;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            int min = replace ? 3 : 2;
            if (args.size() < min || args.size() > min + 1)
                throw new org.apache.jena.query.QueryBuildException((replace ? "REPLACE" : "REGEX") + ": wrong number of arguments");
            Expr pattern = args.get(1);
            Expr flags = args.size() > min ? args.get(min) : null;
            if (pattern.isConstant() && (flags == null || flags.isConstant())) {
                try {
                    constant = compile(pattern.getConstant().getString(), flags == null ? null : flags.getConstant().getString());
                } catch (ExprEvalException | NullPointerException notConstantString) {
                    constant = null;
                }
            }
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            NodeValue text = args.get(0).eval(binding, env);
            int min = replace ? 3 : 2;
            Pattern pattern = constant;
            if (pattern == null) {
                NodeValue p = args.get(1).eval(binding, env);
                NodeValue f = args.size() > min ? args.get(min).eval(binding, env) : null;
                pattern = compile(string(p), f == null ? null : string(f));
            }
            AtomicBoolean cancelled = env == null ? null : Context.getCancelSignal(env.getContext());
            if (!replace) {
                return NodeValue.booleanReturn(pattern.matcher(new CancellableText(lexical(text), cancelled)).find());
            }
            String replacement = string(args.get(2).eval(binding, env));
            String lexical = lexical(text);
            Matcher m = pattern.matcher(new CancellableText(lexical, cancelled));
            String result;
            try {
                result = m.replaceAll(replacement);
            } catch (IndexOutOfBoundsException | IllegalArgumentException badReplacement) {
                throw new ExprEvalException("REPLACE: bad replacement: " + badReplacement.getMessage());
            }
            String lang = text.asNode().getLiteralLanguage();
            if (lang != null && !lang.isEmpty())
                return NodeValue.makeLangString(result, lang);
            return NodeValue.makeString(result);
        }

        private static String lexical(NodeValue nv) {
            if (!nv.isLiteral() || !(nv.isString() || nv.isLangString()))
                throw new ExprEvalException("Not a string literal: " + nv);
            return nv.asNode().getLiteralLexicalForm();
        }

        private static String string(NodeValue nv) {
            if (!nv.isString())
                throw new ExprEvalException("Not a string: " + nv);
            return nv.getString();
        }
    }
}

package org.evaw.queries;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The formats query results are written in, each with its Jena result-set language where it has one. */
public enum ResultFormat {
    TABLE(null, "text/plain"),
    CSV(ResultSetLang.RS_CSV, "text/csv"),
    TSV(ResultSetLang.RS_TSV, "text/tab-separated-values"),
    JSON(ResultSetLang.RS_JSON, "application/sparql-results+json"),
    XML(ResultSetLang.RS_XML, "application/sparql-results+xml");

    private final Lang lang;
    private final String contentType;

    ResultFormat(Lang lang, String contentType) {
        this.lang = lang;
        this.contentType = contentType;
    }

    public Lang lang() { return lang; }

    public String contentType() { return contentType; }

    public static ResultFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': use table, csv, tsv, json or xml");
        }
    }
}

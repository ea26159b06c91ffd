package org.evaw.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.evaw.mapping.learn.GoldConsistency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code check-gold}: where a set's gold disagrees with itself on partners and programmes, read from
 * the documents and their gold alone, for an annotator to judge against eval/README.md (see
 * {@link GoldConsistency}). Lists, never changes: many findings are right as they stand.
 */
@Command(name = "check-gold",
        description = "List where gold annotations disagree with each other, without running the mapper: a partner or "
                + "programme name that one document's gold lists, written in another document whose gold covers none "
                + "of its occurrences, and names listed as a partner in one document and as a programme in another.")
final class CheckGoldCommand implements Callable<Integer> {
    @Mixin
    AnnotatedDocumentsOption annotated;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GoldConsistency check = GoldConsistency.of(annotated.read());
        List<GoldConsistency.TwoLists> twoLists = check.twoLists();
        List<GoldConsistency.Uncovered> uncovered = check.uncovered();
        PrintWriter out = spec.commandLine().getOut();
        out.println("# listed as a partner in some documents and as a programme in others (documents under each): "
                + twoLists.size());
        twoLists.forEach(out::println);
        out.println("# written where the document's gold covers none of its occurrences (document, name, "
                + "documents listing it, context): " + uncovered.size());
        uncovered.forEach(out::println);
        out.flush();
        return 0;
    }
}

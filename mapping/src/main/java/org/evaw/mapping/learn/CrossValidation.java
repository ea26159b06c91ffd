package org.evaw.mapping.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.extract.ExtractReport;
import org.evaw.mapping.extract.GoldComparison;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.Block;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.mapping.page.PageParser;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;
import org.evaw.ontology.OntologyFiles;

/**
 * Whether the learnt names help on text the model was not trained on: the documents are dealt into
 * {@code folds} folds by a shuffle with a fixed seed; for each fold a model is trained on the other
 * folds, and the whole mapper, rules alone and rules with that model, reads the fold's documents.
 * Both are scored as {@code eval} scores, on the same held-out documents, and added up over the
 * folds, so every document is scored once, by a model that never saw it.
 * <pre>
 *   CrossValidation.Result r = new CrossValidation(5, 1).run(TrainingSet.read(corpus, gold), step -> { });
 *   System.out.print(r.table());
 * </pre>
 */
public record CrossValidation(int folds, long seed) {
    public CrossValidation {
        if (folds < 2)
            throw new IllegalArgumentException("cross-validation needs two folds or more, not " + folds);
    }

    /**
     * The scores over all held-out documents: rules alone, rules with the learnt names, and the learnt
     * names alone (only its partners and programmes lines mean anything), and the folds' documents.
     */
    public record Result(GoldComparison rules, GoldComparison learnt, GoldComparison alone, List<List<String>> folds) {
        /** One line per entity type, overall and per classification: precision, recall and F1 of both, and the gold count. */
        public String table() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-13s %27s   %27s %6s%n", "",
                    "rules", "rules+learnt", ""));
            sb.append(String.format(Locale.ROOT, "%-13s %9s %8s %8s   %9s %8s %8s %6s%n", "type",
                    "precision", "recall", "F1", "precision", "recall", "F1", "gold"));
            rules.byType().forEach((type, s) -> sb.append(line(type, s, learnt.byType().get(type))));
            sb.append(line("overall", rules.overall(), learnt.overall()));
            rules.byClassification().forEach((type, s) -> sb.append(line(type, s, learnt.byClassification().get(type))));
            sb.append(String.format(Locale.ROOT, "%nthe learnt name finder alone (no rules), on the same held-out documents:%n"));
            sb.append(String.format(Locale.ROOT, "%-13s %9s %8s %8s %6s%n", "type", "precision", "recall", "F1", "gold"));
            for (String[] list : GoldNames.LISTS) {
                GoldComparison.Score s = alone.byType().get(list[0]);
                sb.append(String.format(Locale.ROOT, "%-13s %9.3f %8.3f %8.3f %6d%n", list[0], s.precision(), s.recall(), s.f1(),
                        s.truePositives() + s.misses().size()));
            }
            return sb.toString();
        }

        private static String line(String name, GoldComparison.Score a, GoldComparison.Score b) {
            return String.format(Locale.ROOT, "%-13s %9.3f %8.3f %8.3f   %9.3f %8.3f %8.3f %6d%n", name,
                    a.precision(), a.recall(), a.f1(), b.precision(), b.recall(), b.f1(), a.truePositives() + a.misses().size());
        }
    }

    /** How many steps {@link #run(TrainingSet, Consumer)} reports: each fold's training, then its scoring. */
    public int steps() {
        return 2 * folds;
    }

    /**
     * Runs the folds over {@code set}, telling {@code stepDone} when a fold's model is trained and when
     * its documents are scored (a fold takes minutes on the dev set), so a command can show progress.
     */
    public Result run(TrainingSet set, Consumer<String> stepDone) {
        int n = set.documents().size();
        if (n < folds)
            throw new IllegalArgumentException(n + " documents cannot be dealt into " + folds + " folds");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++)
            order.add(i);
        Collections.shuffle(order, new Random(seed));
        IriMinter iris = IriMinter.defaultBase();
        var schemes = OntologyFiles.conceptSchemes();
        Mapper rules = new Mapper(iris, List.of(), schemes, null);
        GoldComparison rulesScore = new GoldComparison(), learntScore = new GoldComparison(), aloneScore = new GoldComparison();
        List<List<String>> foldNames = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<Integer> heldOut = new ArrayList<>(), training = new ArrayList<>();
            for (int i = 0; i < n; i++)
                (i % folds == f ? heldOut : training).add(order.get(i));
            Collections.sort(heldOut);
            Collections.sort(training);
            TrainingSet test = set.subset(heldOut);
            foldNames.add(test.documents().stream().map(TrainingSet.Document::name).toList());
            var model = NameModelTrainer.train(set.subset(training).samples());
            stepDone.accept("fold " + (f + 1) + " trained on " + training.size() + " documents");
            LearntNameRecogniser learnt = new LearntNameRecogniser(model, iris);
            Mapper withLearnt = new Mapper(iris, List.of(), schemes, learnt);
            for (TrainingSet.Document d : test.documents()) {
                JsonObject gold = d.goldJson();
                rulesScore.add(d.name(), extract(rules, d), gold);
                learntScore.add(d.name(), extract(withLearnt, d), gold);
                aloneScore.add(d.name(), alone(learnt, d), gold);
            }
            stepDone.accept("fold " + (f + 1) + " scored on " + heldOut.size() + " documents");
        }
        return new Result(rulesScore, learntScore, aloneScore, foldNames);
    }

    /** What eval reads from a document: the extract JSON with mentions; nothing from a page that is not text. */
    static JsonObject extract(Mapper mapper, TrainingSet.Document d) {
        try {
            return ExtractReport.of(mapper.analyser().analyse(d.source()), mapper.recognisers(), true);
        } catch (PageFormatException e) {
            return new JsonObject();
        }
    }

    /** The partners and programmes the learnt recogniser alone finds in the blocks the analyser reads, by label. */
    static JsonObject alone(LearntNameRecogniser learnt, TrainingSet.Document d) {
        Map<String, java.util.Set<String>> labels = new java.util.LinkedHashMap<>();
        labels.put("partners", new java.util.LinkedHashSet<>());
        labels.put("programmes", new java.util.LinkedHashSet<>());
        try {
            SourcePage page = d.source();
            for (Block block : PageParser.parse(page).blocks()) {
                if (!block.kind().carriesFacts())
                    continue;
                for (Mention m : learnt.find(page.text(), block.start(), block.end()))
                    labels.get(m.entity().type() == EntityType.PARTNER ? "partners" : "programmes").add(m.entity().label());
            }
        } catch (PageFormatException e) {
            // Not text: nothing found.
        }
        JsonObject json = new JsonObject();
        labels.forEach((type, names) -> {
            JsonArray array = new JsonArray();
            names.forEach(n -> {
                JsonObject o = new JsonObject();
                o.put("label", n);
                array.add(o);
            });
            json.put(type, array);
        });
        return json;
    }

    /** Each type's F1, rules alone then with learnt names: {@code type → {rules, learnt}}. */
    public static Map<String, double[]> f1s(Result r) {
        Map<String, double[]> out = new java.util.LinkedHashMap<>();
        r.rules().byType().forEach((t, s) -> out.put(t, new double[] {s.f1(), r.learnt().byType().get(t).f1()}));
        out.put("overall", new double[] {r.rules().overall().f1(), r.learnt().overall().f1()});
        return out;
    }
}

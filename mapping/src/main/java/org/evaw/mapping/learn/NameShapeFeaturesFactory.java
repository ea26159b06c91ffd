package org.evaw.mapping.learn;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes {@link NameShapeFeatures} from the feature descriptor ({@code name-features.xml}), whose
 * {@code str} parameters list the head nouns and joining words: they travel inside the model with
 * the descriptor, so a model reads text as it was trained to. OpenNLP instantiates it by its class
 * name when it loads a model, hence public.
 */
public final class NameShapeFeaturesFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    static {
        allow();
    }

    public NameShapeFeaturesFactory() {}

    /**
     * Lets OpenNLP load this factory by name, as it does when it reads a model's feature descriptor:
     * it loads classes of the packages it is told of only. Called before any model is trained or read.
     */
    static void allow() {
        ExtensionLoader.registerAllowedPackage(NameShapeFeaturesFactory.class.getPackageName());
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new NameShapeFeatures(words("organisationHeads"), words("programmeHeads"), words("joiners"));
    }

    private Set<String> words(String parameter) throws InvalidFormatException {
        return Arrays.stream(getStr(parameter).strip().split("\\s+")).map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}

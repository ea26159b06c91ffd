package org.evaw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evaw.mapping.Mapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.learn.NameRecognition;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.iri.UriSpace;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The options shared by the commands that map pages, a mixin: the base IRI and extra reference data. */
final class BaseOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--base", paramLabel = "IRI", converter = BaseIri.class,
            description = "Base IRI every entity IRI is minted under (default: ${DEFAULT-VALUE}).")
    String base = UriSpace.DEFAULT_BASE;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "A directory of extra reference data (.ttl: agencies, programmes, partners, places, names), "
                    + "read after the bundled data. Repeatable.")
    List<Path> reference = new ArrayList<>();

    @Option(names = "--recogniser", paramLabel = "KIND", converter = Recognition.class,
            description = "How partners and programmes are found: rules (reference data and patterns) or rules+learnt "
                    + "(the rules, and the learnt name finder where they found no name). Default: ${DEFAULT-VALUE}.")
    NameRecognition recognition = NameRecognition.DEFAULT;

    IriMinter minter() {
        return new IriMinter(base);
    }

    /** The mapping's parts for the base IRI and the reference data the options name. */
    Mapper mapper() {
        for (Path dir : reference) {
            if (!Files.isDirectory(dir))
                throw new ParameterException(mixee.commandLine(), "--reference " + dir + ": not a directory");
        }
        IriMinter iris = minter();
        return new Mapper(iris, reference, OntologyFiles.conceptSchemes(), recognition.learnt(iris));
    }

    /** A recogniser by the name the option gives it ({@code rules}, {@code rules+learnt}). */
    static final class Recognition implements ITypeConverter<NameRecognition> {
        @Override
        public NameRecognition convert(String value) {
            try {
                return NameRecognition.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A base IRI as the URI space accepts it; any other is a usage error that says why. */
    static final class BaseIri implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return new UriSpace(value).base();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}

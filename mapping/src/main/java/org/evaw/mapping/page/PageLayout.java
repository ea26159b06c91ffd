package org.evaw.mapping.page;

import java.util.List;
import java.util.Optional;

/** A page cut into blocks, in page order, with the form it was read in and its title block if it has one. */
public record PageLayout(SourcePage page, List<Block> blocks, PageForm form) {
    public Optional<Block> title() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.TITLE).findFirst();
    }

    /** The value of a labelled field such as "Item ID", if the page gives one. */
    public Optional<String> field(Section field) {
        return blocks.stream()
                .filter(b -> b.kind() == BlockKind.FIELD_VALUE && field.heading().equals(b.section()))
                .map(b -> b.text(page))
                .findFirst();
    }
}

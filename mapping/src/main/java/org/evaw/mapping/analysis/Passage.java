package org.evaw.mapping.analysis;

import java.util.List;

import org.evaw.mapping.page.Block;
import org.evaw.mapping.recognise.Mention;

/** A block of a page that carries facts, with the mentions found in it. */
public record Passage(Block block, String text, List<Mention> mentions) {
    public int start() { return block.start(); }

    public int end() { return block.end(); }
}

package org.evaw.mapping.analysis;

import java.util.ArrayList;
import java.util.List;

import org.evaw.mapping.page.Block;
import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.Mention;

/**
 * Cuts a paragraph of prose into {@link SentenceGroup}s: a sentence joins the group before it
 * unless it names another actor ("UNDP trained … . UN Women supported …") or gives another date
 * ("In 2019, … . In 2021, …") than the group already has; a sentence that dates two parts of its work is
 * read as its clauses ({@link DatedClauses}). A group never splits a mention. One
 * pass over the sentences and the mentions (sorted by start), whatever their number.
 */
final class SentenceGroups {
    private SentenceGroups() {}

    static List<SentenceGroup> of(Block paragraph, String text, List<Mention> mentions) {
        List<SentenceGroup> groups = new ArrayList<>();
        int groupStart = -1;
        int groupFirstMention = 0;
        Entity actor = null;
        Period period = null;
        int cursor = 0;
        int furthestEnd = -1;
        int previousEnd = -1;
        List<int[]> clauses = new ArrayList<>();
        for (int[] sentence : Sentences.split(text, paragraph.start(), paragraph.end()))
            clauses.addAll(DatedClauses.of(text, sentence));
        for (int[] s : clauses) {
            boolean crossed = furthestEnd > s[0];
            int first = cursor;
            while (cursor < mentions.size() && mentions.get(cursor).start() < s[1]) {
                furthestEnd = Math.max(furthestEnd, mentions.get(cursor).end());
                cursor++;
            }
            List<Mention> inSentence = mentions.subList(first, cursor);
            Entity sActor = Actors.lead(text, inSentence, s[0], s[1]).orElse(null);
            List<Period> dates = DatePhrases.find(text, s[0], s[1]);
            Period sPeriod = dates.isEmpty() ? null : dates.get(0);
            boolean splits = groupStart >= 0 && !crossed
                    && ((sActor != null && actor != null && !sActor.equals(actor))
                        || (sPeriod != null && period != null && !sPeriod.sameSpan(period)));
            if (splits) {
                groups.add(group(paragraph, text, mentions.subList(groupFirstMention, first), groupStart, previousEnd, actor, period));
                groupStart = -1;
                actor = null;
                period = null;
            }
            if (groupStart < 0) {
                groupStart = s[0];
                groupFirstMention = first;
            }
            previousEnd = s[1];
            if (actor == null)
                actor = sActor;
            if (period == null)
                period = sPeriod;
        }
        if (groupStart >= 0)
            groups.add(group(paragraph, text, mentions.subList(groupFirstMention, mentions.size()), groupStart,
                    paragraph.end(), actor, period));
        return groups;
    }

    private static SentenceGroup group(Block paragraph, String text, List<Mention> mentions, int start, int end,
                                       Entity actor, Period period) {
        List<Mention> in = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end)
                in.add(m);
        }
        Block block = new Block(paragraph.kind(), paragraph.section(), start, end, null);
        return new SentenceGroup(new Passage(block, text.substring(start, end), List.copyOf(in)), actor, period);
    }
}

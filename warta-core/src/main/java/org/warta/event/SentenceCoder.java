package org.warta.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.TimeExpression;

/**
 * Codes the events of one sentence, in steps that each read what the one before made:
 * <ol>
 *   <li>{@link TriggerFinder}: the event patterns of the sentence;</li>
 *   <li>{@link ActorFinder}: the actor pieces (entities, actor words, {@link CapitalisedNames}), which
 *       {@link GroupBuilder} gathers into phrases and lists, and the {@link Attribution} ("Menurut Kremlin,");</li>
 *   <li>{@link ArgumentFinder}: each trigger's source and target by word order ({@link Voice}, {@link ActorSearch},
 *       {@link ActorResolver} for collectives and pronouns);</li>
 *   <li>{@link Modality}: the status and the code as stated (negation, intent, appeal, refusal...);</li>
 *   <li>{@link ContextFinder}: date, place and reported source;</li>
 *   <li>{@link EventAssembler}: the events, with their confidence.</li>
 * </ol>
 * There is no parser: the rules are about word order, and the words are language data.
 */
final class SentenceCoder {
    private final EventLexicon lexicon;
    private final ActorFinder actors;

    SentenceCoder(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.actors = new ActorFinder(lexicon);
    }

    /** An entity with its index in the article's entity layer; offsets are in the text being coded. */
    record IndexedEntity(int index, Entity entity) {
    }

    /**
     * One sentence to code.
     *
     * @param text         the text the offsets index into (the article text, or a caption)
     * @param from         start of the sentence
     * @param to           end of the sentence
     * @param fallbackDate the article's publication date, else the configured reference date (ISO), or null: the date
     *                     of events whose sentence states none, and what "past" and "future" are measured from
     * @param caption      caption index for events coded from a caption, else -1
     */
    record Input(String text, int from, int to, List<IndexedEntity> entities, List<TimeExpression> times,
                 String fallbackDate, int caption) {
    }

    /** The sentence as analysed, kept for quotes and for explaining what the coder saw. */
    record Analysis(SentenceView view, List<ActorGroup> groups, List<PhraseIndex.Match<TriggerRule>> triggers,
                    Attribution attribution, List<Event> events) {
        int attributionFrom() {
            return attribution.from();
        }

        int attributionTo() {
            return attribution.to();
        }

        ActorGroup speaker() {
            return attribution.speaker();
        }
    }

    /** Codes a sentence cut into tokens now (a caption's sentence, or a text without a token layer). */
    Analysis code(Input in, Discourse discourse) {
        return code(in, new SentenceView(in.text(), in.from(), in.to(), lexicon), discourse);
    }

    /** Codes a sentence whose tokens were cut before, such as a sentence of the article's token layer. */
    Analysis code(Input in, SentenceView view, Discourse discourse) {
        SentenceLayout layout = layout(in, view);
        ActorResolver resolver = new ActorResolver(layout, discourse);
        ArgumentFinder arguments = new ArgumentFinder(layout, resolver, lexicon);
        EventAssembler assembler = new EventAssembler(layout,
                new Modality(layout, lexicon, in.times(), in.fallbackDate()),
                new ContextFinder(layout, resolver, in.times(), in.fallbackDate()), in);
        List<Event> events = new ArrayList<>();
        List<ActorRef> sources = new ArrayList<>();
        ArgumentFinder.Previous previous = ArgumentFinder.Previous.NONE;
        for (PhraseIndex.Match<TriggerRule> trigger : layout.triggers()) {
            if (layout.attribution().holds(trigger)) {
                continue; // "according to", "said": the act of saying, not the news
            }
            ArgumentFinder.Found found = arguments.find(trigger, previous);
            if (found.arguments() != null) {
                EventAssembler.addNew(events, assembler.assemble(trigger, found.arguments()));
            }
            previous = found.previous();
            sources.addAll(previous.sources());
        }
        events = EventAssembler.dropUnattributedRepeats(events);
        for (ActorGroup g : layout.groups()) {
            if (g.isPronoun() || g.isCollective() || layout.introducedByLocation(g)) {
                continue; // "di Ukraina": a place named in passing is not an actor the text introduces
            }
            resolver.refOf(g).forEach(discourse::introduce);
        }
        discourse.lastSources(sources);
        return new Analysis(layout.view(), layout.groups(), layout.triggers(), layout.attribution(), events);
    }

    /** Tokens and cues, triggers, actor pieces gathered into phrases, and the attribution. */
    private SentenceLayout layout(Input in, SentenceView view) {
        List<PhraseIndex.Match<TriggerRule>> found = TriggerFinder.find(view, lexicon);
        List<ActorPiece> pieces = actors.find(view, in.entities(), TriggerFinder.starts(found),
                TriggerFinder.harmEnds(found));
        List<PhraseIndex.Match<TriggerRule>> triggers = TriggerFinder.acts(view, found, pieces);
        BitSet triggerTokens = TriggerFinder.tokens(triggers);
        List<ActorGroup> groups = GroupBuilder.build(view, pieces, triggerTokens, lexicon);
        return new SentenceLayout(view, triggers, groups, Attribution.find(view, groups, triggerTokens));
    }
}

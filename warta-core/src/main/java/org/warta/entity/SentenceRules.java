package org.warta.entity;

import com.ibm.icu.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.warta.kb.KbEntity;
import org.warta.model.Entity;
import org.warta.token.PhraseTrie;
import org.warta.token.Scripts;

/**
 * The mentions of one sentence: organisation heads with their country first, then knowledge-base names, then
 * names the base does not know (from the statistical model, or from capitalised runs typed by cues), none
 * overlapping another.
 */
final class SentenceRules {
    private final SentenceView v;
    private final NerModel model;
    private final boolean[] taken;
    private final List<Mention> out = new ArrayList<>();

    SentenceRules(SentenceView v, NerModel model) {
        this.v = v;
        this.model = model;
        this.taken = new boolean[v.size()];
    }

    /** A span proposed by the model or the capitalisation rules; {@code type} null for an unresolved single word. */
    record Proposal(int first, int last, Entity.Type type, double confidence) {
    }

    List<Mention> mentions() {
        organisationHeads();
        List<Proposal> proposals = model != null ? modelProposals() : ruleProposals();
        knownNames(proposals);
        for (Proposal p : proposals) {
            addProposal(p);
        }
        if (uncasedScript()) {
            namesBeforeHonorifics();
            if (v.cues.rolesAfterNames) {
                namesBeforeRoles();
            }
            if (v.cues.rolesOnBothSides) {
                namesAfterRolesByPiece();
            } else if (!v.cues.rolesAfterNames) {
                namesAfterRoles();
            }
        }
        out.sort((a, b) -> Integer.compare(a.first, b.first));
        return out;
    }

    private void organisationHeads() {
        for (PhraseTrie.Hit<String> hit : v.orgs) {
            int first = hit.start();
            int last = hit.end();
            SentenceView.KbMatch country = hit.hasSlot() ? v.kbMatchAt(hit.slotStart()) : null;
            if (country == null) {
                int j = last;
                while (j < v.size() && j < last + 2 && isLink(j)) {
                    j++;
                }
                if (j < v.size() && v.countryEnd(j) > 0) {
                    country = v.kbMatchAt(j);
                    last = country.end();
                } else {
                    SentenceView.KbMatch before = first > 0 ? v.kbMatchAt(first - 1) : null;
                    if (before != null && v.countryEnd(before.start()) == first) {
                        country = before;
                        first = before.start();
                    }
                }
            }
            if (anyTaken(first, last)) {
                continue;
            }
            String template = hit.values().get(0);
            Mention m = new Mention(v, first, last, Entity.Type.ORG, country != null ? 0.9 : 0.7);
            if (country != null) {
                KbEntity c = country.name().entity();
                m.country = c.country();
                m.canonical = template + " of " + countryName(c);
                m.kbId = EntityRecognizer.templateId(template, c.country());
            } else {
                m.canonical = template;
            }
            take(m);
        }
    }

    private static String countryName(KbEntity e) {
        return e.canonical();
    }

    /** Knowledge-base names, unless the model proposes a longer name that contains one ("Universitas Indonesia"). */
    private void knownNames(List<Proposal> proposals) {
        for (SentenceView.KbMatch k : v.kb) {
            if (k.name().adjective() || anyTaken(k.start(), k.end())) {
                continue;
            }
            if (containedInLongerProposal(k, proposals)) {
                continue;
            }
            KbEntity e = k.name().entity();
            if (e.type() != Entity.Type.PERSON && e.type() != Entity.Type.ORG && insideFamilyName(k.start())) {
                continue; // "Đức" (Germany) in "Nguyễn Đức Chung"
            }
            Mention m = new Mention(v, k.start(), k.end(), e.type(), k.end() - k.start() > 1 ? 0.95 : 0.9);
            take(m.link(e));
        }
    }

    /** A place name inside a run of capitalised words opened by a family name ("Nguyễn Đức Chung") is part of it. */
    private boolean insideFamilyName(int at) {
        int first = at;
        while (first > 0 && v.token(first - 1).word() && v.token(first - 1).capitalised()) {
            first--;
        }
        return first < at && v.cues.givenNames.contains(v.token(first).norm());
    }

    private boolean containedInLongerProposal(SentenceView.KbMatch k, List<Proposal> proposals) {
        for (Proposal p : proposals) {
            if (p.type() == null || p.first() > k.start() || p.last() < k.end()
                    || p.last() - p.first() <= k.end() - k.start()) {
                continue;
            }
            Entity.Type kbType = k.name().entity().type();
            boolean compatible = p.type() != Entity.Type.PERSON || kbType == Entity.Type.PERSON;
            if (compatible && !anyTaken(p.first(), p.last())) {
                return true;
            }
        }
        return false;
    }

    private void addProposal(Proposal p) {
        int first = p.first();
        int best = -1;
        int bestFirst = -1;
        // The longest piece of the proposal that nothing else took.
        for (int i = p.first(); i <= p.last(); i++) {
            if (i == p.last() || taken[i]) {
                if (i - first > best) {
                    best = i - first;
                    bestFirst = first;
                }
                first = i + 1;
            }
        }
        if (best <= 0) {
            return;
        }
        int a = bestFirst;
        int b = bestFirst + best;
        while (a < b && (!v.token(a).word() || isLink(a))) {
            a++;
        }
        while (b > a && !v.token(b - 1).word()) {
            b--;
        }
        if (a >= b) {
            return;
        }
        boolean cut = a != p.first() || b != p.last();
        Mention m = new Mention(v, a, b, p.type(), cut ? p.confidence() * 0.8 : p.confidence());
        if (m.type == Entity.Type.ORG) {
            m.country = countryInside(a, b);
        }
        take(m);
    }

    private String countryInside(int a, int b) {
        for (int i = a; i < b; i++) {
            SentenceView.KbMatch k = v.kbMatchAt(i);
            if (k != null && SentenceView.isCountryLike(k)) {
                return k.name().entity().country();
            }
        }
        return null;
    }

    private List<Proposal> modelProposals() {
        int[] tags = model.tag(v);
        List<Proposal> proposals = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == 0) {
                i++;
                continue;
            }
            int type = (tags[i] - 1) / 2;
            int j = i + 1;
            while (j < tags.length && tags[j] == 2 + type * 2) {
                j++;
            }
            proposals.add(new Proposal(i, j, placeType(type, i, j), 0.75));
            i = j;
        }
        return proposals;
    }

    private Entity.Type placeType(int modelType, int first, int last) {
        return switch (modelType) {
            case 0 -> Entity.Type.PERSON;
            case 1 -> Entity.Type.ORG;
            default -> isLocation(first, last) ? Entity.Type.LOC : Entity.Type.GPE;
        };
    }

    /** A place that is no country, town or province: a region, an island, a mountain, a sea. */
    private boolean isLocation(int first, int last) {
        if (v.cues.locWords.contains(v.token(first).norm())) {
            return true;
        }
        SentenceView.KbMatch k = v.kbMatchAt(first);
        return k != null && k.start() == first && k.end() == last && k.name().entity().type() == Entity.Type.LOC;
    }

    /** Runs of capitalised words that no other rule took, typed by the cues around them. */
    private List<Proposal> ruleProposals() {
        List<Proposal> proposals = new ArrayList<>();
        if (v.caseless || uncasedScript()) {
            return proposals;
        }
        int i = 0;
        while (i < v.size()) {
            if (!free(i) || v.cues.stops.contains(v.token(i).norm())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < v.size() && (free(j) || (isConnector(j) || joinsWords(j)) && j + 1 < v.size() && free(j + 1))) {
                j++;
            }
            Proposal p = typeRun(i, j);
            if (p != null) {
                proposals.add(p);
            }
            i = j;
        }
        return proposals;
    }

    private boolean free(int i) {
        Token t = v.token(i);
        return t.word() && t.capitalised() && (v.kbAt[i] < 0 || insideFamilyName(i)) && v.roleAt[i] < 0
                && v.orgAt[i] < 0 && !startsTitle(i);
    }

    private boolean startsTitle(int i) {
        return v.titleEnd[i] > i;
    }

    private boolean isConnector(int i) {
        return v.token(i).word() && v.cues.connectors.contains(v.token(i).norm());
    }

    /** A hyphen or apostrophe inside a name, touching the words on both sides ("Vasquez-Tamm", "O'Neill"). */
    private boolean joinsWords(int i) {
        Token t = v.token(i);
        return (t.is('-') || t.is('\'') || t.is('’')) && i > 0 && i + 1 < v.size()
                && v.token(i - 1).end() == t.start() && t.end() == v.token(i + 1).start();
    }

    private boolean isLink(int i) {
        Token t = v.token(i);
        return v.cues.links.contains(t.norm()) || t.is(',');
    }

    private Proposal typeRun(int first, int last) {
        LanguageCues c = v.cues;
        int words = last - first;
        for (int k = first; k < last && !onlyOrgWords(first, last); k++) {
            if (c.orgWords.contains(v.token(k).norm()) && (k == first || k == last - 1 || !c.capitalisedNouns)) {
                return new Proposal(first, last, Entity.Type.ORG, 0.7);
            }
        }
        if (c.orgSuffixes.contains(v.token(last - 1).norm())) {
            return new Proposal(first, last, Entity.Type.ORG, 0.7);
        }
        if (c.locWords.contains(v.token(first).norm()) || c.locWords.contains(v.token(last - 1).norm())) {
            return new Proposal(first, last, Entity.Type.LOC, 0.7);
        }
        if (Roles.personCueBefore(v, first) || words > 1 && c.givenNames.contains(v.token(first).norm())) {
            return new Proposal(first, last, Entity.Type.PERSON, 0.8);
        }
        if (c.capitalisedNouns) {
            return words == 1 && first > 0 ? new Proposal(first, last, null, 0.5) : null;
        }
        if (words == 1) {
            Token t = v.token(first);
            if (t.shape() == Token.UPPER && t.surface().length() >= 3 && t.surface().length() <= 6
                    && !isCurrencyCode(t.surface())) {
                return new Proposal(first, last, Entity.Type.ORG, 0.5);
            }
            if (first > 0 && c.placePreps.contains(v.token(first - 1).norm())) {
                return new Proposal(first, last, Entity.Type.GPE, 0.5);
            }
            // Left for the article-wide pass: a short mention of a person named in full elsewhere.
            return first == 0 ? null : new Proposal(first, last, null, 0.5);
        }
        // Capitalised words with nothing saying what they are: product names, titles of works, headline words.
        // Kept only as candidates for the article-wide pass, which makes them persons when they repeat a name.
        return new Proposal(first, last, null, 0.5);
    }

    /** "USD", "EUR", "IDR": an amount's currency in capitals, written alike in every language, is no organisation. */
    private static boolean isCurrencyCode(String word) {
        return word.length() == 3 && CURRENCIES.contains(word);
    }

    /**
     * Words that open organisation names name nothing alone: a capitalised "Bộ" or "Universitas" on its own is the
     * first word of a sentence or a generic noun ("Công việc", work), not an organisation.
     */
    private boolean onlyOrgWords(int first, int last) {
        for (int k = first; k < last; k++) {
            if (!v.cues.orgWords.contains(v.token(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** A script without case (Arabic): the one or two words after a role are the name. */
    private void namesAfterRoles() {
        for (SentenceView.RoleMatch r : v.roles) {
            int j = r.end();
            if (j < v.size() && v.countryEnd(j) > 0) {
                j = v.countryEnd(j);
            }
            int k = j;
            while (k < v.size() && k < j + 2 && v.token(k).word() && !taken[k] && v.kbAt[k] < 0 && v.roleAt[k] < 0
                    && !v.cues.stops.contains(v.token(k).norm()) && !v.cues.links.contains(v.token(k).norm())) {
                k++;
            }
            if (k > j && !Scripts.ideographic(v.token(j).surface().codePointAt(0))) {
                take(new Mention(v, j, k, Entity.Type.PERSON, 0.4));
            }
        }
    }

    /**
     * A script without case whose role words follow the name (이재명 대통령, 石破茂首相, a country between them:
     * 트럼프 미국 대통령): the name is the piece of text right before, and a second piece before that when it
     * opens with a title ("นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี").
     */
    private void namesBeforeRoles() {
        for (SentenceView.RoleMatch r : v.roles) {
            int end = r.start();
            SentenceView.KbMatch country = end > 0 ? v.kbMatchAt(end - 1) : null;
            if (country != null && v.countryEnd(country.start()) == end) {
                end = country.start();
            }
            int start = pieceStart(end);
            if (start < 0) {
                continue;
            }
            int earlier = start > 0 && v.token(start - 1).end() < v.token(start).start() ? pieceStart(start) : -1;
            if (earlier >= 0 && startsTitle(earlier)) {
                start = earlier;
            }
            if (startsTitle(start) && v.titleEnd[start] < end) {
                start = v.titleEnd[start]; // a title written onto the name: นายอนุทิน
            }
            take(new Mention(v, start, end, Entity.Type.PERSON, 0.4));
        }
    }

    /**
     * A language that writes roles on both sides of a name: the piece of text after a role (past a country), and
     * the next piece too (a family name), unless it is a stop word; a title written onto the name is left out
     * ("นายกรัฐมนตรี นางสาวแพทองธาร ชินวัตร").
     */
    private void namesAfterRolesByPiece() {
        for (SentenceView.RoleMatch r : v.roles) {
            int start = r.end();
            if (start < v.size() && v.countryEnd(start) > 0) {
                start = v.countryEnd(start);
            }
            int end = pieceEnd(start);
            if (end < 0) {
                continue;
            }
            int further = end < v.size() && v.token(end - 1).end() < v.token(end).start() ? pieceEnd(end) : -1;
            if (further > 0) {
                end = further;
            }
            if (startsTitle(start) && v.titleEnd[start] < end) {
                start = v.titleEnd[start];
            }
            take(new Mention(v, start, end, Entity.Type.PERSON, 0.4));
        }
    }

    /** The end of the piece of text that starts at token {@code start} (see {@link #pieceStart}), or -1. */
    private int pieceEnd(int start) {
        if (start >= v.size() || !freeWord(start) || !v.token(start).opens()) {
            return -1;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(v.token(start).surface().codePointAt(0));
        int end = start + 1;
        while (end < v.size() && freeWord(end) && v.token(end - 1).end() == v.token(end).start()
                && Character.UnicodeScript.of(v.token(end).surface().codePointAt(0)) == script) {
            end++;
        }
        while (end > start && !v.token(end - 1).closes()) {
            end--;
        }
        return usablePiece(start, end) ? end : -1;
    }

    /** A script without case: the piece of text before an honorific written after a name (김민수 씨, 山田太郎氏). */
    private void namesBeforeHonorifics() {
        for (int at : v.titlesAfter) {
            int start = pieceStart(at);
            if (start >= 0) {
                take(new Mention(v, start, at, Entity.Type.PERSON, 0.5));
            }
        }
    }

    /** Longest name piece a script is read in: a few characters of Han or kana, more of an alphabet. */
    /** ISO 4217 codes, current and historic, as CLDR lists them. */
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    private static final int MAX_IDEOGRAPHIC_PIECE = 4;
    private static final int MAX_PIECE = 16;

    /**
     * Start of the piece of text that ends at token {@code end}: the word tokens of one script touching each other
     * (one word of a spaced script, a run between spaces of Thai, a run of Han or of katakana between particles),
     * free of other names and roles and starting with a letter; -1 when there is none or it is too long or short.
     */
    private int pieceStart(int end) {
        if (end == 0 || !freeWord(end - 1)) {
            return -1;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(v.token(end - 1).surface().codePointAt(0));
        int start = end - 1;
        while (start > 0 && freeWord(start - 1) && v.token(start - 1).end() == v.token(start).start()
                && Character.UnicodeScript.of(v.token(start - 1).surface().codePointAt(0)) == script) {
            start--;
        }
        while (start < end && !v.token(start).opens()) {
            start++;
        }
        return usablePiece(start, end) ? start : -1;
    }

    /** A piece that may be a name: it starts with a letter, is no stop word, and is neither too long nor too short. */
    private boolean usablePiece(int start, int end) {
        if (start >= end) {
            return false;
        }
        StringBuilder piece = new StringBuilder();
        for (int i = start; i < end; i++) {
            piece.append(v.token(i).surface());
        }
        boolean stop = v.cues.stopWords.contains(Normalizer.lower(piece.toString()))
                || end - start == 1 && v.cues.stops.contains(v.token(start).norm());
        int first = piece.codePointAt(0);
        int length = v.token(end - 1).end() - v.token(start).start();
        boolean ideographic = Scripts.ideographic(first);
        return Character.isLetter(first) && !stop
                && length <= (ideographic ? MAX_IDEOGRAPHIC_PIECE : MAX_PIECE) && (!ideographic || length >= 2);
    }

    private boolean freeWord(int i) {
        return v.token(i).word() && !taken[i] && v.kbAt[i] < 0 && v.roleAt[i] < 0 && v.orgAt[i] < 0;
    }

    private boolean uncasedScript() {
        for (Token t : v.tokens) {
            if (t.word() && t.shape() != Token.NONE) {
                return false;
            }
        }
        return true;
    }

    private boolean anyTaken(int first, int last) {
        for (int i = first; i < last; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private void take(Mention m) {
        for (int i = m.first; i < m.last; i++) {
            taken[i] = true;
        }
        out.add(m);
    }
}

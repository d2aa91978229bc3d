package org.warta.entity;

import java.util.ArrayList;
import java.util.List;
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
            namesAfterRoles();
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
        for (int k = first; k < last; k++) {
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
            if (t.shape() == Token.UPPER && t.surface().length() >= 3 && t.surface().length() <= 6) {
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

package org.warta.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warta.token.PhraseTrie;

/**
 * One sentence as the recogniser sees it: its tokens, the knowledge-base names, role phrases and organisation
 * heads found in it, and per-token cues. Built once and read by the rules and by the statistical tagger alike.
 */
final class SentenceView {
    /** A knowledge-base name found at tokens [start, end). */
    record KbMatch(int start, int end, Gazetteer.Name name) {
    }

    /** A role phrase at [start, end), and the country its slot held ({@code countryStart} -1 when none). */
    record RoleMatch(int start, int end, String role, int countryStart, int countryEnd) {
    }

    final List<Token> tokens;
    /** The numbers of the tokens' keys, for the phrase tries. */
    private final int[] ids;
    final boolean caseless;
    final LanguageCues cues;
    final List<KbMatch> kb = new ArrayList<>();
    final int[] kbAt;
    final List<RoleMatch> roles = new ArrayList<>();
    final int[] roleAt;
    final List<PhraseTrie.Hit<String>> orgs = new ArrayList<>();
    final int[] orgAt;
    /** End (exclusive) of a title or counterpart phrase that starts at a token, else -1. */
    final int[] titleEnd;
    final int[] counterpartEnd;
    /** Starts of the honorifics written after a name (씨, 氏), in text order. */
    final List<Integer> titlesAfter = new ArrayList<>();
    /** Country mentions for the slots of role and organisation phrases. */
    private final PhraseTrie.Slots countries = this::countryEnd;

    SentenceView(List<Token> tokens, LanguageCues cues, Gazetteer gazetteer) {
        this.tokens = tokens;
        this.cues = cues;
        int n = tokens.size();
        this.ids = PhraseTrie.ids(tokens);
        this.caseless = isCaseless(tokens);
        this.kbAt = filled(n);
        this.roleAt = filled(n);
        this.orgAt = filled(n);
        this.titleEnd = filled(n);
        this.counterpartEnd = filled(n);
        findNames(gazetteer);
        findRoles();
        findOrgHeads();
        for (int i = 0; i < n; i++) {
            titleEnd[i] = cues.titles.longestEndAt(tokens, ids, i, null);
            counterpartEnd[i] = cues.counterparts.longestEndAt(tokens, ids, i, null);
            if (cues.titlesAfter.longestEndAt(tokens, ids, i, null) > 0 && tokens.get(i).opens()) {
                titlesAfter.add(i);
            }
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /** A sentence in a cased script with no capital letter at all: case says nothing about names there. */
    private static boolean isCaseless(List<Token> tokens) {
        boolean cased = false;
        for (Token t : tokens) {
            if (t.capitalised()) {
                return false;
            }
            cased |= t.shape() == Token.LOWER;
        }
        return cased;
    }

    private void findNames(Gazetteer gazetteer) {
        int i = 0;
        while (i < tokens.size()) {
            KbMatch best = null;
            for (PhraseTrie.Hit<Gazetteer.Name> hit : gazetteer.trie.matchesAt(tokens, ids, i, null)) {
                Gazetteer.Name chosen = choose(hit, caseless);
                if (chosen != null && (best == null || hit.end() > best.end())) {
                    best = new KbMatch(hit.start(), hit.end(), chosen);
                }
            }
            if (best == null) {
                Gazetteer.Name place = tokens.get(i).word() ? gazetteer.inflectedPlace(tokens.get(i)) : null;
                if (place != null && i > 0 && standsAlone(i)) {
                    best = new KbMatch(i, i + 1, place);
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            for (int k = best.start(); k < best.end(); k++) {
                kbAt[k] = kb.size();
            }
            kb.add(best);
            i = best.end();
        }
    }

    /** A capitalised word that is no part of a longer run of them ("Pope Francis"). */
    private boolean standsAlone(int i) {
        return !tokens.get(i - 1).capitalised() && (i + 1 >= tokens.size() || !tokens.get(i + 1).capitalised());
    }

    private Gazetteer.Name choose(PhraseTrie.Hit<Gazetteer.Name> hit, boolean caseless) {
        Gazetteer.Name best = null;
        for (Gazetteer.Name name : hit.values()) {
            if (!name.accepts(tokens, hit.start(), caseless)) {
                continue;
            }
            if (best == null || rank(name) < rank(best)) {
                best = name;
            }
        }
        return best;
    }

    /** Which of several entities sharing a name is meant when nothing else tells: lower is preferred. */
    private static int rank(Gazetteer.Name n) {
        int kind = switch (n.entity().kind() == null ? "" : n.entity().kind()) {
            case "country" -> 0;
            case "capital", "seat" -> 1;
            case "region" -> 2;
            case "org" -> 3;
            case "person" -> 4;
            default -> 5;
        };
        return (n.adjective() ? 100 : 0) + (n.ownLanguage() ? 0 : 10) + kind;
    }

    /** End of a country name or adjective starting at a token, for role and organisation slots. */
    int countryEnd(int start) {
        int k = kbAt[start];
        if (k < 0) {
            return -1;
        }
        KbMatch m = kb.get(k);
        return m.start() == start && m.name().entity().country() != null && isCountryLike(m) ? m.end() : -1;
    }

    static boolean isCountryLike(KbMatch m) {
        String kind = m.name().entity().kind();
        return "country".equals(kind) || "capital".equals(kind) || "seat".equals(kind) || m.name().adjective();
    }

    private void findRoles() {
        int i = 0;
        while (i < tokens.size()) {
            PhraseTrie.Hit<String> best = cues.roles.longestAt(tokens, ids, i, countries);
            if (best == null) {
                i++;
                continue;
            }
            for (int k = best.start(); k < best.end(); k++) {
                roleAt[k] = roles.size();
            }
            roles.add(new RoleMatch(best.start(), best.end(), best.values().get(0), best.slotStart(),
                    best.slotEnd()));
            i = best.end();
        }
    }

    private void findOrgHeads() {
        int i = 0;
        while (i < tokens.size()) {
            PhraseTrie.Hit<String> best = cues.orgs.longestAt(tokens, ids, i, countries);
            if (best == null || !caseless && !tokens.get(i).capitalised() && tokens.get(i).shape() != Token.NONE
                    && !capitalisedAfter(best)) {
                i++;
                continue;
            }
            for (int k = best.start(); k < best.end(); k++) {
                orgAt[k] = orgs.size();
            }
            orgs.add(best);
            i = best.end();
        }
    }

    /** "ministère des Affaires étrangères" is lower case at its head and capitalised inside. */
    private boolean capitalisedAfter(PhraseTrie.Hit<String> hit) {
        for (int k = hit.start() + 1; k < hit.end(); k++) {
            if (tokens.get(k).capitalised()) {
                return true;
            }
        }
        return false;
    }

    KbMatch kbMatchAt(int token) {
        int k = kbAt[token];
        return k < 0 ? null : kb.get(k);
    }

    RoleMatch roleAt(int token) {
        int k = roleAt[token];
        return k < 0 ? null : roles.get(k);
    }

    /** The role phrase that ends exactly before a token, or null. */
    RoleMatch roleEndingAt(int token) {
        return token > 0 ? endingAt(roleAt(token - 1), token) : null;
    }

    private static RoleMatch endingAt(RoleMatch r, int token) {
        return r != null && r.end() == token ? r : null;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }
}
